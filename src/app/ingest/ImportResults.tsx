/**
 * What became of each file of the recent imports, newest import first: added (with its
 * claim count and a link to the article), already in the workspace, or the problem that
 * kept it out. Titles and file names are untrusted text and are only rendered as text.
 */
import { updateUrl } from "../workspace/url-state.ts";
import type { ImportBatch } from "./import-store.ts";
import type { ImportResult } from "./run-import.ts";
import { plural, summarise } from "./use-import.ts";

const STATUS_LABELS = { added: "Added", duplicate: "Duplicate", problem: "Not imported" } as const;

export function ImportResults({ batches, onClear }: { batches: readonly ImportBatch[]; onClear: () => void }) {
  if (batches.length === 0) return null;
  return (
    <section className="import-results" aria-labelledby="import-results-title">
      <div className="import-results-header">
        <h2 id="import-results-title">Results</h2>
        <button type="button" className="button quiet" onClick={onClear}>
          Clear
        </button>
      </div>
      {batches.map((batch) => (
        <BatchResults key={batch.id} batch={batch} />
      ))}
    </section>
  );
}

function BatchResults({ batch }: { batch: ImportBatch }) {
  const time = batch.finishedAt.toLocaleTimeString([], { hour: "2-digit", minute: "2-digit" });
  return (
    <article className="import-batch" aria-label={`Import of ${batch.source} at ${time}`}>
      <header className="import-batch-header">
        <span className="import-batch-source">{batch.source}</span>
        <span className="import-batch-time">{time}</span>
        <span className="import-batch-summary">{summarise(batch)}</span>
      </header>
      {batch.results.length > 0 && !batch.cancelled && (
        <ul className="import-result-list">
          {batch.results.map((result, index) => (
            <ResultRow key={index} result={result} />
          ))}
        </ul>
      )}
    </article>
  );
}

function ResultRow({ result }: { result: ImportResult }) {
  return (
    <li className={`import-result import-result-${result.status}`}>
      <span className={`import-status import-status-${result.status}`}>{STATUS_LABELS[result.status]}</span>
      <span className="import-result-main">
        <span className="import-result-name mono">{result.label}</span>
        {result.status !== "problem" && <span className="import-result-title">{result.title}</span>}
      </span>
      <span className="import-result-detail">
        {result.status === "added" && <span className="claim-count-label">{plural(result.claimCount, "claim")}</span>}
        {result.status === "duplicate" && result.detail}
        {result.status === "problem" && capitalise(result.detail)}
      </span>
      <span className="import-result-action">
        {result.status !== "problem" && (
          <a
            className="import-open"
            href={`?view=articles&article=${encodeURIComponent(result.articleId)}`}
            onClick={(event) => {
              event.preventDefault();
              updateUrl({ view: "articles", article: result.articleId, claim: null }, { push: true });
            }}
          >
            Open
          </a>
        )}
      </span>
    </li>
  );
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
