/**
 * What became of each file of the recent imports, newest import first: added (with its
 * claim count and a link to the article), already in the workspace, or the problem that
 * kept it out; each import's list draws only the rows in view. Titles and file names are
 * untrusted text and are only rendered as text.
 */
import { useVirtualizer } from "@tanstack/react-virtual";
import { memo, useRef } from "react";
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

/** Rows a batch shows before its list scrolls inside its own box; also the rows drawn at first. */
const VISIBLE_ROWS = 7;
/** A row with a file name and a one-line title; rows are measured once drawn. */
const ESTIMATED_ROW_HEIGHT = 76;

/**
 * One import's results. Only the rows in view are drawn (a thousand files are a thousand
 * rows: drawing them all at once held the page for a third of a second); the list scrolls
 * inside a box of VISIBLE_ROWS rows. Memoised: a running import re-renders the view at every
 * file, and the batches before it do not change.
 */
const BatchResults = memo(function BatchResults({ batch }: { batch: ImportBatch }) {
  const time = batch.finishedAt.toLocaleTimeString([], { hour: "2-digit", minute: "2-digit" });
  const results = batch.cancelled ? [] : batch.results;
  const scroller = useRef<HTMLDivElement>(null);
  // This build does not use the React Compiler, which is what the rule guards.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: results.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ESTIMATED_ROW_HEIGHT,
    overscan: 6,
    // Drawn before the box is measured: the first rows show in the first frame.
    initialRect: { width: 0, height: VISIBLE_ROWS * ESTIMATED_ROW_HEIGHT },
  });
  return (
    <article className="import-batch" aria-label={`Import of ${batch.source} at ${time}`}>
      <header className="import-batch-header">
        <span className="import-batch-source">{batch.source}</span>
        <span className="import-batch-time">{time}</span>
        <span className="import-batch-summary">{summarise(batch)}</span>
      </header>
      {results.length > 0 && (
        <div
          ref={scroller}
          className="import-result-scroller"
          style={{ maxHeight: VISIBLE_ROWS * ESTIMATED_ROW_HEIGHT }}
          // Focusable so the list scrolls from the keyboard.
          tabIndex={results.length > VISIBLE_ROWS ? 0 : undefined}
        >
          <ul className="import-result-list" style={{ height: virtualizer.getTotalSize() }}>
            {virtualizer.getVirtualItems().map((item) => (
              <ResultRow
                key={item.key}
                result={results[item.index]!}
                index={item.index}
                total={results.length}
                start={item.start}
                measure={virtualizer.measureElement}
              />
            ))}
          </ul>
        </div>
      )}
    </article>
  );
});

function ResultRow({ result, index, total, start, measure }: {
  result: ImportResult;
  index: number;
  total: number;
  start: number;
  measure: (element: Element | null) => void;
}) {
  return (
    <li
      ref={measure}
      data-index={index}
      aria-posinset={index + 1}
      aria-setsize={total}
      className={`import-result import-result-${result.status}${index === total - 1 ? " import-result-last" : ""}`}
      style={{ transform: `translateY(${start}px)` }}
    >
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
