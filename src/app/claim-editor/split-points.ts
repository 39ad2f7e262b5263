/** Word boundaries inside a claim's span where it can be split: the offset of each word but the first. */
import type { Span } from "../../../claim-schemas/claim-set.ts";

export interface SplitWord {
  /** Absolute offset of the word in the article text (a split "before this word" cuts here). */
  start: number;
  text: string;
}

export function wordsOfSpan(articleText: string, span: Span): SplitWord[] {
  const words: SplitWord[] = [];
  const pattern = /\S+/gu;
  const slice = articleText.slice(span.start, span.end);
  for (let match = pattern.exec(slice); match !== null; match = pattern.exec(slice)) {
    words.push({ start: span.start + match.index, text: match[0] });
  }
  return words;
}
