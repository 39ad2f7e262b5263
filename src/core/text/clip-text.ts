/**
 * Shortens text for a short field (a table title, ClaimReview's claimReviewed): one line,
 * at most `maxLength` UTF-16 code units including the "…" that marks the cut.
 */

/** Cuts at a word boundary when one is in the second half, and marks the cut with an ellipsis. */
export function clipText(text: string, maxLength: number): string {
  const oneLine = text.replace(/\s+/g, " ").trim();
  if (oneLine.length <= maxLength) return oneLine;
  const hardCut = maxLength - 1;
  const wordCut = oneLine.lastIndexOf(" ", hardCut);
  let cut = wordCut > maxLength / 2 ? wordCut : hardCut;
  // Never split a surrogate pair: half an emoji is not text.
  if (cut > 0 && isHighSurrogate(oneLine.charCodeAt(cut - 1))) cut -= 1;
  return `${oneLine.slice(0, cut).replace(/[\s,;:]+$/, "")}…`;
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}
