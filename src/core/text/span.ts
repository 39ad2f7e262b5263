/** Spans: half-open ranges of UTF-16 offsets into an article's text. */
import type { Span } from "../../../claim-schemas/claim-set.ts";
import { isWhiteSpace } from "./words.ts";

export type { Span };

export function span(start: number, end: number): Span {
  return { start, end };
}

export function spanText(text: string, range: Span): string {
  return text.slice(range.start, range.end);
}

export function spansOverlap(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

export function spanContains(outer: Span, inner: Span): boolean {
  return outer.start <= inner.start && inner.end <= outer.end;
}

/**
 * Shrinks a span so it neither starts nor ends with white space (as `\s` defines it). By
 * character code: a regex test per character would make a one-character string for each.
 */
export function trimSpan(text: string, range: Span): Span {
  let { start, end } = range;
  while (start < end && isWhiteSpace(text.charCodeAt(start))) start++;
  while (end > start && isWhiteSpace(text.charCodeAt(end - 1))) end--;
  return { start, end };
}
