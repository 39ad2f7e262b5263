/**
 * An article's text with every claim highlighted in place, coloured by status, quantities
 * underlined, boilerplate dimmed. Text is segmented once per change of the claims' spans and
 * drawn paragraph by paragraph (each memoised), as React text nodes only.
 *
 * A highlight selects its claim on click or Enter; selecting text with the mouse (or
 * Shift+arrows) offers "Create claim" for that span.
 */
import { memo, useEffect, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent, type MouseEvent } from "react";
import type { Span } from "../../../claim-schemas/claim-set.ts";
import type { Status } from "../../../claim-schemas/vocabulary.ts";
import type { StoredClaim } from "../../db/records.ts";
import { STATUS_LABELS } from "../shared/status-labels.ts";
import { segmentArticle, type Paragraph, type TextRun } from "./segment-article.ts";
import { selectedSpan } from "./text-offsets.ts";

export function ArticleText({
  text,
  claims,
  boilerplate,
  selectedId,
  onSelect,
  onCreate,
}: {
  text: string;
  claims: readonly StoredClaim[];
  boilerplate: readonly Span[];
  selectedId: string | null;
  onSelect: (claimId: string) => void;
  onCreate: (span: Span) => void;
}) {
  const container = useRef<HTMLDivElement>(null);
  const wrapper = useRef<HTMLDivElement>(null);
  const [offer, setOffer] = useState<{ span: Span; top: number; left: number } | null>(null);

  // Segment only when spans change (not on a status change): the key lists every span.
  const spanKey = useMemo(
    () =>
      claims
        .map((claim) => `${claim.id}:${claim.occurrences.map((o) => `${o.start}-${o.end}`).join(",")}:${claim.quantities.map((q) => `${q.span.start}-${q.span.end}`).join(",")}`)
        .join("|"),
    [claims],
  );
  const paragraphs = useMemo(
    () =>
      segmentArticle(
        text,
        claims.map((claim) => ({
          id: claim.id,
          occurrences: claim.occurrences.length > 0 ? claim.occurrences : [claim.span],
          quantities: claim.quantities.map((quantity) => quantity.span),
        })),
        boilerplate,
      ),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- spanKey stands for the claims' spans
    [text, spanKey, boilerplate],
  );

  const statuses = useMemo(() => new Map(claims.map((claim) => [claim.id, claim.review.status])), [claims]);
  const texts = useMemo(() => new Map(claims.map((claim) => [claim.id, claim.text])), [claims]);

  // The first run of each claim is its one tab stop.
  const firstRuns = useMemo(() => {
    const seen = new Set<TextRun>();
    const ids = new Set<string>();
    for (const paragraph of paragraphs) {
      for (const run of paragraph.runs) {
        if (run.claimId !== undefined && !ids.has(run.claimId)) {
          ids.add(run.claimId);
          seen.add(run);
        }
      }
    }
    return seen;
  }, [paragraphs]);

  useLayoutEffect(() => {
    if (selectedId === null) return;
    const element = container.current?.querySelector(`[data-first-of="${CSS.escape(selectedId)}"]`);
    element?.scrollIntoView({ block: "nearest" });
  }, [selectedId, paragraphs]);

  useEffect(() => {
    const onSelectionChange = () => {
      const selection = window.getSelection();
      if (selection === null || selection.isCollapsed) setOffer(null);
    };
    document.addEventListener("selectionchange", onSelectionChange);
    return () => document.removeEventListener("selectionchange", onSelectionChange);
  }, []);

  const offerForSelection = () => {
    const box = container.current;
    const frame = wrapper.current;
    if (box === null || frame === null) return;
    const span = selectedSpan(box, text);
    const selection = window.getSelection();
    if (span === null || selection === null || selection.rangeCount === 0) {
      setOffer(null);
      return;
    }
    const rect = selection.getRangeAt(0).getBoundingClientRect();
    const frameRect = frame.getBoundingClientRect();
    setOffer({
      span,
      top: rect.bottom - frameRect.top + 8,
      left: Math.max(0, Math.min(rect.left + rect.width / 2 - frameRect.left, frameRect.width - 60)),
    });
  };

  const claimAt = (target: EventTarget | null): string | undefined =>
    target instanceof Element ? ((target.closest("[data-claim]") as HTMLElement | null)?.dataset.claim ?? undefined) : undefined;

  const onClick = (event: MouseEvent) => {
    const selection = window.getSelection();
    if (selection !== null && !selection.isCollapsed) return; // the end of a text selection, not a click
    const id = claimAt(event.target);
    if (id !== undefined) onSelect(id);
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== "Enter" && event.key !== " ") return;
    const id = claimAt(event.target);
    if (id === undefined) return;
    event.preventDefault();
    onSelect(id);
  };

  return (
    <div className="article-text-frame" ref={wrapper}>
      <div
        className="article-text"
        ref={container}
        onClick={onClick}
        onKeyDown={onKeyDown}
        onMouseUp={() => window.setTimeout(offerForSelection, 0)}
        onKeyUp={(event) => {
          if (event.shiftKey) offerForSelection();
        }}
      >
        {paragraphs.map((paragraph) => (
          <ParagraphView
            key={paragraph.start}
            paragraph={paragraph}
            text={text}
            statuses={statuses}
            texts={texts}
            statusKey={statusKeyOf(paragraph, statuses)}
            selectedId={paragraphHas(paragraph, selectedId) ? selectedId : null}
            firstRuns={firstRuns}
          />
        ))}
      </div>
      {offer !== null && (
        <button
          type="button"
          className="create-claim-button"
          style={{ top: offer.top, left: offer.left }}
          onMouseDown={(event) => event.preventDefault()}
          onClick={() => {
            const { span } = offer;
            setOffer(null);
            window.getSelection()?.removeAllRanges();
            onCreate(span);
          }}
        >
          + Create claim
        </button>
      )}
    </div>
  );
}

function paragraphHas(paragraph: Paragraph, claimId: string | null): boolean {
  return claimId !== null && paragraph.runs.some((run) => run.claimIds.includes(claimId));
}

function statusKeyOf(paragraph: Paragraph, statuses: ReadonlyMap<string, Status>): string {
  let key = "";
  for (const run of paragraph.runs) if (run.startsClaim && run.claimId !== undefined) key += `${statuses.get(run.claimId)},`;
  return key;
}

interface ParagraphProps {
  paragraph: Paragraph;
  text: string;
  statuses: ReadonlyMap<string, Status>;
  texts: ReadonlyMap<string, string>;
  /** Changes when a status in this paragraph changes; the maps themselves are ignored by memo. */
  statusKey: string;
  selectedId: string | null;
  firstRuns: ReadonlySet<TextRun>;
}

const ParagraphView = memo(
  function ParagraphView({ paragraph, text, statuses, texts, selectedId, firstRuns }: ParagraphProps) {
    return (
      <p className="article-paragraph">
        {paragraph.runs.map((run) => {
          const content = text.slice(run.start, run.end);
          if (run.claimId === undefined) {
            return (
              <span key={run.start} data-start={run.start} className={run.boilerplate ? "boilerplate" : undefined}>
                {content}
              </span>
            );
          }
          const status = statuses.get(run.claimId) ?? "unreviewed";
          const first = firstRuns.has(run);
          const classes = [
            "hl",
            `status-${status}`,
            run.quantity ? "hl-quantity" : "",
            run.startsClaim ? "hl-start" : "",
            run.endsClaim ? "hl-end" : "",
            run.claimIds.length > 1 ? "hl-nested" : "",
            run.boilerplate ? "boilerplate" : "",
            selectedId !== null && run.claimIds.includes(selectedId) ? (run.claimId === selectedId ? "is-selected" : "is-selected-outer") : "",
          ]
            .filter(Boolean)
            .join(" ");
          return (
            <mark
              key={run.start}
              data-start={run.start}
              data-claim={run.claimId}
              data-first-of={first ? run.claimId : undefined}
              className={classes}
              tabIndex={first ? 0 : -1}
              role="button"
              aria-pressed={run.claimId === selectedId}
              title={`${STATUS_LABELS[status]}${run.claimIds.length > 1 ? ` · inside ${run.claimIds.length - 1} other claim(s)` : ""}: ${texts.get(run.claimId) ?? ""}`}
            >
              {content}
            </mark>
          );
        })}
      </p>
    );
  },
  (before, after) =>
    before.paragraph === after.paragraph &&
    before.text === after.text &&
    before.statusKey === after.statusKey &&
    before.selectedId === after.selectedId &&
    // Claim text shows in the tooltip only; a text edit re-renders with the next status or selection change.
    before.firstRuns === after.firstRuns,
);
