/**
 * The Import view: paste an article or drop/pick files; a progress bar with Cancel while a
 * many-file import runs; then, per file, what happened to it. Reading and HTML reduction
 * happen here (src/io), extraction in the worker, saving in one transaction (src/db).
 */
import { ClaimSetImport } from "../exchange/ClaimSetImport.tsx";
import { FileDropZone } from "./FileDropZone.tsx";
import { ImportProgressBar } from "./ImportProgressBar.tsx";
import { ImportResults } from "./ImportResults.tsx";
import { PasteForm } from "./PasteForm.tsx";
import { useImport } from "./use-import.ts";
import "./ingest.css";

export function IngestPanel() {
  const { state, importFiles, importPasted, cancel, clearResults } = useImport();
  const busy = state.running !== null;
  return (
    <div className="ingest">
      <header className="ingest-header">
        <h1>Import articles</h1>
        <p className="ingest-lead">
          Claims are extracted on this computer. Nothing is uploaded: articles stay in this browser&apos;s storage.
        </p>
      </header>
      <div className="ingest-grid">
        <PasteForm busy={busy} onImport={importPasted} />
        <FileDropZone busy={busy} onFiles={(files) => void importFiles(files)} />
      </div>
      {state.running !== null && <ImportProgressBar progress={state.running} onCancel={cancel} />}
      <ImportResults batches={state.batches} onClear={clearResults} />
      <ClaimSetImport />
    </div>
  );
}
