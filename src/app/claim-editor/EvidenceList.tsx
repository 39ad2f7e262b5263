/**
 * A claim's evidence: links and notes. Only an http(s) URL becomes a link (evidence-url.ts);
 * anything else — `javascript:` included — is shown as plain text.
 */
import { useState } from "react";
import type { Evidence } from "../../../claim-schemas/claim-set.ts";
import { safeLinkHref } from "./evidence-url.ts";

export function EvidenceList({ evidence, onChange }: { evidence: readonly Evidence[]; onChange: (next: Evidence[]) => void }) {
  const [url, setUrl] = useState("");
  const [note, setNote] = useState("");
  const canAdd = url.trim() !== "" || note.trim() !== "";
  const add = () => {
    if (!canAdd) return;
    const item: Evidence = url.trim() === "" ? { note: note.trim() } : { url: url.trim(), note: note.trim() };
    onChange([...evidence, item]);
    setUrl("");
    setNote("");
  };
  return (
    <div className="evidence">
      {evidence.length > 0 && (
        <ul className="evidence-list">
          {evidence.map((item, index) => {
            const href = safeLinkHref(item.url);
            return (
              <li key={`${index}-${item.url ?? ""}`} className="evidence-item">
                <div className="evidence-body">
                  {item.url !== undefined &&
                    (href !== null ? (
                      <a className="evidence-url" href={href} target="_blank" rel="noopener noreferrer">
                        {item.url}
                      </a>
                    ) : (
                      <span className="evidence-url is-unsafe" title="Not an http(s) address: shown as text">
                        {item.url}
                      </span>
                    ))}
                  {item.note !== "" && <span className="evidence-note">{item.note}</span>}
                </div>
                <button
                  type="button"
                  className="icon-button"
                  aria-label={`Remove evidence ${index + 1}`}
                  title="Remove"
                  onClick={() => onChange(evidence.filter((_, at) => at !== index))}
                >
                  ×
                </button>
              </li>
            );
          })}
        </ul>
      )}
      <form
        className="evidence-add"
        onSubmit={(event) => {
          event.preventDefault();
          add();
        }}
      >
        <input aria-label="Evidence URL" placeholder="https://…" value={url} onChange={(event) => setUrl(event.target.value)} />
        <input aria-label="Evidence note" placeholder="What it shows" value={note} onChange={(event) => setNote(event.target.value)} />
        <button type="submit" className="button" disabled={!canAdd}>
          Add
        </button>
      </form>
    </div>
  );
}
