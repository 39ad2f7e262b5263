/**
 * Drop files here, or press the button to pick them: .txt, .md and .html, many at once.
 * While the Import view is open, a file dropped anywhere else on the page is ignored rather
 * than opened by the browser in place of the app.
 */
import { useEffect, useRef, useState, type DragEvent } from "react";
import { ARTICLE_FILE_ACCEPT, formatMegabytes, MAX_ARTICLE_FILE_BYTES } from "../../io/read-article-file.ts";

export function FileDropZone({ busy, onFiles }: { busy: boolean; onFiles: (files: File[]) => void }) {
  const input = useRef<HTMLInputElement>(null);
  const [dragging, setDragging] = useState(false);
  const depth = useRef(0);

  useEffect(() => {
    const ignoreFileDrop = (event: globalThis.DragEvent) => {
      if (event.dataTransfer?.types.includes("Files")) event.preventDefault();
    };
    window.addEventListener("dragover", ignoreFileDrop);
    window.addEventListener("drop", ignoreFileDrop);
    return () => {
      window.removeEventListener("dragover", ignoreFileDrop);
      window.removeEventListener("drop", ignoreFileDrop);
    };
  }, []);

  const hasFiles = (event: DragEvent) => event.dataTransfer.types.includes("Files");

  return (
    <section
      className={`ingest-card drop-zone${dragging ? " dragging" : ""}${busy ? " busy" : ""}`}
      aria-labelledby="drop-zone-title"
      onDragEnter={(event) => {
        if (!hasFiles(event)) return;
        event.preventDefault();
        depth.current++;
        setDragging(true);
      }}
      onDragOver={(event) => {
        if (!hasFiles(event)) return;
        event.preventDefault();
        event.dataTransfer.dropEffect = busy ? "none" : "copy";
      }}
      onDragLeave={() => {
        depth.current = Math.max(0, depth.current - 1);
        if (depth.current === 0) setDragging(false);
      }}
      onDrop={(event) => {
        event.preventDefault();
        depth.current = 0;
        setDragging(false);
        if (!busy) onFiles([...event.dataTransfer.files]);
      }}
    >
      <h2 id="drop-zone-title" className="ingest-card-title">
        Import files
      </h2>
      <div className="drop-target">
        <svg className="drop-icon" viewBox="0 0 24 24" width="28" height="28" aria-hidden="true">
          <path
            d="M12 15V4m0 0L7.5 8.5M12 4l4.5 4.5M5 14v4a2 2 0 0 0 2 2h10a2 2 0 0 0 2-2v-4"
            fill="none"
            stroke="currentColor"
            strokeWidth="1.6"
            strokeLinecap="round"
            strokeLinejoin="round"
          />
        </svg>
        <p className="drop-lead">Drop article files here</p>
        <p className="drop-formats">
          <span className="mono">.txt</span>, <span className="mono">.md</span> or <span className="mono">.html</span> — many at once, up
          to {formatMegabytes(MAX_ARTICLE_FILE_BYTES)} each
        </p>
        <button type="button" className="button" disabled={busy} onClick={() => input.current?.click()}>
          Choose files…
        </button>
        <input
          ref={input}
          type="file"
          multiple
          accept={ARTICLE_FILE_ACCEPT}
          className="visually-hidden"
          tabIndex={-1}
          aria-label="Article files"
          disabled={busy}
          onChange={(event) => {
            const files = [...(event.target.files ?? [])];
            event.target.value = "";
            onFiles(files);
          }}
        />
      </div>
      <p className="drop-note">
        A first line <span className="mono">date YYYY-MM-DD</span> dates an article. HTML is read as text: its scripts never run.
        Articles already in the workspace are recognised and not added twice.
      </p>
    </section>
  );
}
