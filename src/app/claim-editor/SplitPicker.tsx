/**
 * Splitting a claim: its words as buttons; the reviewer picks the word the second claim starts
 * with, sees both halves, and confirms.
 */
import { useMemo, useState } from "react";
import type { Span } from "../../../claim-schemas/claim-set.ts";
import { wordsOfSpan } from "./split-points.ts";

export function SplitPicker({
  articleText,
  span,
  onSplit,
  onCancel,
}: {
  articleText: string;
  span: Span;
  onSplit: (at: number) => void;
  onCancel: () => void;
}) {
  const words = useMemo(() => wordsOfSpan(articleText, span), [articleText, span]);
  const [at, setAt] = useState<number | null>(null);
  if (words.length < 2) {
    return (
      <div className="split-picker">
        <p className="panel-empty">A one-word claim cannot be split.</p>
        <button type="button" className="button" onClick={onCancel}>
          Close
        </button>
      </div>
    );
  }
  return (
    <div className="split-picker">
      <p className="split-help">Pick the word the second claim starts with.</p>
      <p className="split-words">
        {words.map((word, index) =>
          index === 0 ? (
            <span key={word.start} className="split-word is-first">
              {word.text}
            </span>
          ) : (
            <button
              key={word.start}
              type="button"
              className={word.start === at ? "split-word is-chosen" : at !== null && word.start > at ? "split-word is-after" : "split-word"}
              aria-pressed={word.start === at}
              onClick={() => setAt(word.start)}
            >
              {word.text}
            </button>
          ),
        )}
      </p>
      {at !== null && (
        <ol className="split-preview">
          <li>{articleText.slice(span.start, at).trim()}</li>
          <li>{articleText.slice(at, span.end).trim()}</li>
        </ol>
      )}
      <div className="split-actions">
        <button type="button" className="button" onClick={onCancel}>
          Cancel
        </button>
        <button type="button" className="button primary" disabled={at === null} onClick={() => at !== null && onSplit(at)}>
          Split into two claims
        </button>
      </div>
    </div>
  );
}
