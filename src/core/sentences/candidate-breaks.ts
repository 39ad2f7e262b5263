/**
 * Candidate sentence breaks: the default sentence boundaries of Unicode UAX #29
 * (https://www.unicode.org/reports/tr29/#Sentence_Boundary_Rules), found by one linear scan.
 *
 * This gives exactly the breaks `new Intl.Segmenter("en", { granularity: "sentence" })` gives
 * on the same text (ICU 78, Unicode 17: tests/unit/core/sentences/candidate-breaks.test.ts
 * checks every code point of planes 0 and 1, a sample of the rest, and random text against
 * it) at a fraction of the cost. The segmenter walks every character through ICU's rule
 * tables, allocates a segment object per sentence and gets quadratically slower on long
 * inputs; here only the characters around sentence punctuation and paragraph separators are
 * classified.
 */

// Sentence_Break classes. Extend and Format are one class: they only ever attach to the
// character before them (rule SB5).
const OTHER = 0;
const SP = 1;
const PARA_SEP = 2; // Sep, CR, LF
const IGNORED = 3; // Extend, Format
const LOWER = 4;
const UPPER = 5;
const OLETTER = 6;
const NUMERIC = 7;
const ATERM = 8;
const STERM = 9;
const CLOSE = 10;
const SCONTINUE = 11;

const ASCII_CLASSES = (() => {
  const classes = new Uint8Array(128);
  for (let code = 0x30; code <= 0x39; code++) classes[code] = NUMERIC;
  for (let code = 0x41; code <= 0x5a; code++) classes[code] = UPPER;
  for (let code = 0x61; code <= 0x7a; code++) classes[code] = LOWER;
  for (const code of [0x09, 0x0b, 0x0c, 0x20]) classes[code] = SP;
  for (const code of [0x0a, 0x0d]) classes[code] = PARA_SEP;
  for (const char of "\"'()[]{}") classes[char.charCodeAt(0)] = CLOSE;
  for (const char of ",-:;") classes[char.charCodeAt(0)] = SCONTINUE;
  classes[0x21] = STERM;
  classes[0x3f] = STERM;
  classes[0x2e] = ATERM;
  return classes;
})();

// Sentence_Break is not a property regular expressions know, so it is derived from the ones
// they do (UAX #29, table 4), plus the code points where ICU's data differs from the
// derivation (Line_Break-based members, and Georgian letters kept as OLetter).
const NUMERIC_EXTRA = /[\u0600-\u0605\u066b\u066c\u06dd\u0890\u0891\u08e2\u19da\u{110bd}\u{110cd}]/u;
const IGNORED_SET = /[\p{Grapheme_Extend}\p{Mc}\p{Cf}\u200b]/u;
const GEORGIAN_OLETTER = /[\u10d0-\u10fa\u10fd-\u10ff\u1c90-\u1cba\u1cbd-\u1cbf]/u;
const ALPHABETIC = /[\p{Alphabetic}\u05f3]/u;
const SCONTINUE_SET =
  /[\u037e\u055d\u060c\u060d\u07f8\u1802\u1808\u2013\u2014\u3001\ufe10\ufe11\ufe13\ufe14\ufe31\ufe32\ufe50\ufe51\ufe54\ufe55\ufe58\ufe63\uff0c\uff0d\uff1a\uff1b\uff64]/u;
const WHITE_SPACE = /\p{White_Space}/u;
const LOWERCASE = /\p{Lowercase}/u;
const UPPERCASE = /[\p{Uppercase}\p{Lt}]/u;
const DIGIT = /\p{Nd}/u;
const SENTENCE_TERMINAL = /\p{Sentence_Terminal}/u;
const CLOSE_SET = /[\p{Ps}\p{Pe}\p{Pi}\p{Pf}\p{Quotation_Mark}\u275b-\u2760\u2e00\u2e01\u2e06-\u2e08\u2e0b\u{1f676}-\u{1f678}]/u;

/** The Sentence_Break class of a code point at or above 0x80. */
function nonAsciiClass(cp: number): number {
  // The typographic characters of English text, without a regular expression.
  if (cp === 0xa0) return SP;
  if (cp >= 0x2018 && cp <= 0x201f) return CLOSE;
  if (cp === 0x2013 || cp === 0x2014) return SCONTINUE;
  if (cp === 0x2026) return OTHER;
  if (cp === 0x85 || cp === 0x2028 || cp === 0x2029) return PARA_SEP;
  const char = String.fromCodePoint(cp);
  if (NUMERIC_EXTRA.test(char)) return NUMERIC;
  if (IGNORED_SET.test(char)) return IGNORED;
  if (WHITE_SPACE.test(char)) return SP;
  if (GEORGIAN_OLETTER.test(char)) return OLETTER;
  if (LOWERCASE.test(char)) return LOWER;
  if (UPPERCASE.test(char)) return UPPER;
  if (ALPHABETIC.test(char)) return OLETTER;
  if (DIGIT.test(char)) return NUMERIC;
  if (cp === 0x2024 || cp === 0xfe52 || cp === 0xff0e) return ATERM;
  if (SCONTINUE_SET.test(char)) return SCONTINUE;
  if (SENTENCE_TERMINAL.test(char)) return STERM;
  if (cp !== 0xff02 && cp !== 0xff07 && CLOSE_SET.test(char)) return CLOSE;
  return OTHER;
}

/** The code point at `i`; a surrogate pair cut by the end of `text` is read as a lone surrogate. */
function codePointAt(text: string, i: number): number {
  const code = text.charCodeAt(i);
  if (code < 0xd800 || code > 0xdbff || i + 1 >= text.length) return code;
  const low = text.charCodeAt(i + 1);
  return low >= 0xdc00 && low <= 0xdfff ? (code - 0xd800) * 0x400 + low - 0xdc00 + 0x10000 : code;
}

function classOf(cp: number): number {
  return cp < 0x80 ? ASCII_CLASSES[cp]! : nonAsciiClass(cp);
}

/**
 * Where a terminal or a separator may be: exactly, in ASCII and general punctuation (the
 * non-ASCII block English text uses most); any other character from U+0589 on, where the
 * first terminals of other scripts are, is classified to decide. A regular expression finds
 * these about three times faster than a loop over the characters.
 */
const MAY_END_SENTENCE = /[.!?\n\r\u0085\u2024\u2028\u2029\u203c\u203d\u2047-\u2049\u0589-\u1fff\u2070-\uffff]/g;

/**
 * Appends to `out` the sentence breaks UAX #29 finds in text[start, end), read as a whole
 * text of its own: positions after `start` where a segment starts, in ascending order.
 */
export function appendCandidateBreaks(text: string, start: number, end: number, out: number[]): void {
  // A slice costs no copy in V8, and keeps the search inside the chunk.
  const chunk = start === 0 && end === text.length ? text : text.slice(start, end);
  const length = chunk.length;
  let i = 0;
  while (i < length) {
    MAY_END_SENTENCE.lastIndex = i;
    if (!MAY_END_SENTENCE.test(chunk)) return;
    i = MAY_END_SENTENCE.lastIndex - 1;
    const cp = codePointAt(chunk, i);
    const cls = classOf(cp);
    const after = i + (cp > 0xffff ? 2 : 1);
    if (cls === PARA_SEP) {
      // SB3, SB4: break after a separator, but never inside CR LF.
      const breakAt = cp === 0x0d && after < length && chunk.charCodeAt(after) === 0x0a ? after + 1 : after;
      if (breakAt < length) out.push(start + breakAt);
      i = breakAt;
    } else if (cls === ATERM || cls === STERM) {
      i = afterTerminal(chunk, i, after, cls === ATERM, start, out);
    } else {
      i = after;
    }
  }
}

/**
 * Applies SB6–SB11 to the terminal at text[at, after): appends the break that follows it, if
 * any, plus `offset` to `out`, and returns where scanning goes on.
 */
function afterTerminal(text: string, at: number, after: number, isATerm: boolean, offset: number, out: number[]): number {
  const end = text.length;
  let j = skipIgnored(text, after);
  if (j >= end) return end;
  let cp = codePointAt(text, j);
  let cls = classOf(cp);
  // SB6 "5.5", SB7 "U.S.A": no break straight after the dot.
  if (isATerm && (cls === NUMERIC || (cls === UPPER && isCased(classBefore(text, at))))) return j;
  // SB9, SB10: closing punctuation, then spaces, stay with the sentence.
  while (cls === CLOSE) {
    j = skipIgnored(text, j + (cp > 0xffff ? 2 : 1));
    if (j >= end) return end;
    cp = codePointAt(text, j);
    cls = classOf(cp);
  }
  while (cls === SP) {
    j = skipIgnored(text, j + (cp > 0xffff ? 2 : 1));
    if (j >= end) return end;
    cp = codePointAt(text, j);
    cls = classOf(cp);
  }
  // SB11 breaks after a separator (the caller's SB4 break); SB8a: no break before a comma,
  // dash or another terminal, which the caller then reads in turn.
  if (cls === PARA_SEP || cls === SCONTINUE || cls === ATERM || cls === STERM) return j;
  // SB8: after a dot, no break if a lower-case letter comes before any other letter.
  if (!(isATerm && lowerCaseAhead(text, j))) out.push(offset + j);
  return j;
}

function skipIgnored(text: string, i: number): number {
  while (i < text.length) {
    const code = text.charCodeAt(i);
    // Extend and Format characters are all at or above U+0300 (U+00AD excepted).
    if (code < 0x300 && code !== 0xad) return i;
    const cp = codePointAt(text, i);
    if (classOf(cp) !== IGNORED) return i;
    i += cp > 0xffff ? 2 : 1;
  }
  return i;
}

/** The class of the character before `at`, Extend and Format skipped; OTHER at the start. */
function classBefore(text: string, at: number): number {
  let i = at;
  while (i > 0) {
    i--;
    let cp = text.charCodeAt(i);
    if (cp >= 0xdc00 && cp <= 0xdfff && i > 0) {
      const high = text.charCodeAt(i - 1);
      if (high >= 0xd800 && high <= 0xdbff) {
        cp = (high - 0xd800) * 0x400 + cp - 0xdc00 + 0x10000;
        i--;
      }
    }
    const cls = classOf(cp);
    if (cls !== IGNORED) return cls;
  }
  return OTHER;
}

function isCased(cls: number): boolean {
  return cls === LOWER || cls === UPPER;
}

/** SB8's look-ahead: the first letter, separator or terminal from `i` is a lower-case letter. */
function lowerCaseAhead(text: string, i: number): boolean {
  while (i < text.length) {
    const cp = codePointAt(text, i);
    const cls = classOf(cp);
    if (cls === LOWER) return true;
    if (cls === UPPER || cls === OLETTER || cls === PARA_SEP || cls === ATERM || cls === STERM) return false;
    i += cp > 0xffff ? 2 : 1;
  }
  return false;
}
