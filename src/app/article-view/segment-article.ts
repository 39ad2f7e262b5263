/**
 * Cuts an article's text into the runs the article view draws: every place where a claim,
 * a quantity or boilerplate starts or ends is a cut, so overlapping and nested claims, and
 * claims that touch, each get runs of their own. Paragraphs (text between line breaks) are
 * grouped so the view can render and memoise one paragraph at a time.
 *
 * Pure and linear in the number of cuts (plus a sort): a long article is segmented once per
 * change of its claims' spans, never per render.
 */
import type { Span } from "../../../claim-schemas/claim-set.ts";

export interface HighlightSource {
  id: string;
  /** Every place the claim appears (its span first). */
  occurrences: readonly Span[];
  /** The claim's quantities' spans: underlined wherever they fall inside a claim. */
  quantities: readonly Span[];
}

export interface TextRun {
  start: number;
  end: number;
  /** The innermost (shortest) claim covering the run; clicks and keys select it. */
  claimId?: string;
  /** Every claim covering the run, innermost first. Longer than 1 where claims overlap. */
  claimIds: readonly string[];
  quantity: boolean;
  boilerplate: boolean;
  /** The run begins (ends) a stretch of text that belongs to `claimId`: drawn with a rounded edge. */
  startsClaim: boolean;
  endsClaim: boolean;
}

export interface Paragraph {
  start: number;
  end: number;
  runs: readonly TextRun[];
}

interface Interval {
  start: number;
  end: number;
}

/** Ranges of text between line breaks; blank lines are dropped. */
export function paragraphRanges(text: string): Interval[] {
  const ranges: Interval[] = [];
  let start = 0;
  for (let index = 0; index <= text.length; index++) {
    if (index === text.length || text.charCodeAt(index) === 10 /* \n */) {
      if (text.slice(start, index).trim() !== "") ranges.push({ start, end: index });
      start = index + 1;
    }
  }
  return ranges;
}

/**
 * Runs of `text` for the given claims and boilerplate spans, grouped into paragraphs.
 * Spans outside the text are clipped; empty spans are ignored.
 */
export function segmentArticle(
  text: string,
  claims: readonly HighlightSource[],
  boilerplate: readonly Span[] = [],
): Paragraph[] {
  const length = text.length;
  const clip = (span: Span): Interval | null => {
    const start = Math.max(0, Math.min(span.start, length));
    const end = Math.max(start, Math.min(span.end, length));
    return end > start ? { start, end } : null;
  };

  type Event = { at: number; kind: "claim" | "quantity" | "boilerplate"; delta: 1 | -1; id?: string; size?: number };
  const events: Event[] = [];
  const occurrenceStarts = new Map<string, Set<number>>();
  const occurrenceEnds = new Map<string, Set<number>>();
  for (const claim of claims) {
    const starts = new Set<number>();
    const ends = new Set<number>();
    for (const occurrence of claim.occurrences) {
      const range = clip(occurrence);
      if (range === null) continue;
      const size = range.end - range.start;
      events.push({ at: range.start, kind: "claim", delta: 1, id: claim.id, size });
      events.push({ at: range.end, kind: "claim", delta: -1, id: claim.id, size });
      starts.add(range.start);
      ends.add(range.end);
    }
    occurrenceStarts.set(claim.id, starts);
    occurrenceEnds.set(claim.id, ends);
    for (const quantity of claim.quantities) {
      const range = clip(quantity);
      if (range === null) continue;
      events.push({ at: range.start, kind: "quantity", delta: 1 }, { at: range.end, kind: "quantity", delta: -1 });
    }
  }
  for (const span of boilerplate) {
    const range = clip(span);
    if (range === null) continue;
    events.push({ at: range.start, kind: "boilerplate", delta: 1 }, { at: range.end, kind: "boilerplate", delta: -1 });
  }
  const paragraphs = paragraphRanges(text);
  for (const paragraph of paragraphs) {
    // Cuts only: a paragraph boundary changes no coverage.
    events.push({ at: paragraph.start, kind: "quantity", delta: 1 }, { at: paragraph.start, kind: "quantity", delta: -1 });
    events.push({ at: paragraph.end, kind: "quantity", delta: 1 }, { at: paragraph.end, kind: "quantity", delta: -1 });
  }
  events.sort((a, b) => a.at - b.at);

  // Sweep: between two consecutive cut points coverage is constant.
  const active = new Map<string, { count: number; size: number }>();
  let quantityDepth = 0;
  let boilerplateDepth = 0;
  const flat: TextRun[] = [];
  let cursor = 0;
  let index = 0;
  const emit = (start: number, end: number) => {
    if (end <= start) return;
    const covering = [...active.entries()]
      .filter(([, entry]) => entry.count > 0)
      .sort((a, b) => a[1].size - b[1].size || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
      .map(([id]) => id);
    flat.push({
      start,
      end,
      claimId: covering[0],
      claimIds: covering,
      quantity: quantityDepth > 0 && covering.length > 0,
      boilerplate: boilerplateDepth > 0,
      startsClaim: false,
      endsClaim: false,
    });
  };
  while (index < events.length) {
    const at = events[index]!.at;
    emit(cursor, at);
    cursor = Math.max(cursor, at);
    for (; index < events.length && events[index]!.at === at; index++) {
      const event = events[index]!;
      if (event.kind === "quantity") quantityDepth += event.delta;
      else if (event.kind === "boilerplate") boilerplateDepth += event.delta;
      else {
        const id = event.id!;
        const entry = active.get(id) ?? { count: 0, size: event.size! };
        entry.count += event.delta;
        // Several occurrences may be open at once only if they overlap; keep the smallest size.
        if (event.delta === 1) entry.size = entry.count === 1 ? event.size! : Math.min(entry.size, event.size!);
        if (entry.count <= 0) active.delete(id);
        else active.set(id, entry);
      }
    }
  }
  emit(cursor, length);

  for (let at = 0; at < flat.length; at++) {
    const run = flat[at]!;
    if (run.claimId === undefined) continue;
    const previous = flat[at - 1];
    const next = flat[at + 1];
    run.startsClaim =
      previous === undefined ||
      previous.end !== run.start ||
      previous.claimId !== run.claimId ||
      occurrenceStarts.get(run.claimId)?.has(run.start) === true;
    run.endsClaim =
      next === undefined ||
      next.start !== run.end ||
      next.claimId !== run.claimId ||
      occurrenceEnds.get(run.claimId)?.has(run.end) === true;
  }

  // Group into paragraphs; runs between paragraphs are only line breaks.
  const grouped: Paragraph[] = [];
  let runIndex = 0;
  for (const paragraph of paragraphs) {
    while (runIndex < flat.length && flat[runIndex]!.end <= paragraph.start) runIndex++;
    const runs: TextRun[] = [];
    while (runIndex < flat.length && flat[runIndex]!.start < paragraph.end) runs.push(flat[runIndex++]!);
    grouped.push({ start: paragraph.start, end: paragraph.end, runs });
  }
  return grouped;
}

/** Claim ids in reading order: by first occurrence, then by length (outer first). */
export function readingOrder(claims: readonly { id: string; span: Span }[]): string[] {
  return [...claims]
    .sort((a, b) => a.span.start - b.span.start || b.span.end - a.span.end || (a.id < b.id ? -1 : 1))
    .map((claim) => claim.id);
}
