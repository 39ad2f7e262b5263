/**
 * Text as search compares it: lower case, accents folded ("Lukashénko" finds "Lukashenko").
 */

/**
 * Characters that may carry an accent to fold: letters past Latin-1's punctuation, combining
 * marks. ASCII, Latin-1 punctuation and the general punctuation block (curly quotes, dashes:
 * most of news text) decompose to themselves, so text of only those skips the decomposition.
 */
// A range, not a combined character: U+20D0 starts the block of combining marks for symbols.
// Without the u flag, \ud800-\udfff in the range covers every astral character too.
// eslint-disable-next-line no-misleading-character-class
const MAY_DECOMPOSE = /[\u00c0-\u2001\u20d0-\uffff]/;

/** Lower case, accents folded; white space left as it is. */
export function foldForSearch(text: string): string {
  return (MAY_DECOMPOSE.test(text) ? text.normalize("NFD").replace(/\p{M}+/gu, "") : text).toLowerCase();
}

/** Lower case, accents folded, white space collapsed to single spaces. */
export function normaliseForSearch(text: string): string {
  return foldForSearch(text).replace(/\s+/g, " ");
}
