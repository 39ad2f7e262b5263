/**
 * Sentence and paragraph boundaries for English news text: the spans every later stage
 * (quantities, attribution, claims) works inside.
 *
 * The candidate breaks are UAX #29's (candidate-breaks.ts, the same breaks Intl.Segmenter
 * gives); a repair pass then undoes the breaks it makes after titles and abbreviations
 * ("Maj. Gen. Viktar", "U.S. Sen.", "No. 10") and adds the breaks it misses ("on
 * Sunday.Police said", "rose… Then"). A paragraph longer than MAX_CHUNK characters is read in
 * chunks, each as a text of its own, with a candidate break at every cut: that bounds how far
 * the rules look ahead, and keeps the breaks those of the segmenter this replaced, which had
 * to see short inputs because it got quadratically slower on long ones.
 */
import type { Span } from "../text/span.ts";
import { isWhiteSpace, withoutPossessive } from "../text/words.ts";
import { appendCandidateBreaks } from "./candidate-breaks.ts";
import {
  ALWAYS_CONTINUE,
  BEFORE_NUMBER,
  COMMON_SENTENCE_STARTERS,
  GEO_ACRONYMS,
  NOT_INITIAL_AFTER,
  PLACE_ABBREVIATIONS,
  TIME_ZONES,
  TITLE_CONTINUATIONS,
} from "./abbreviations.ts";

/** The longest text read as a whole for candidate breaks. */
const MAX_CHUNK = 1000;
/**
 * Past this length every candidate break is taken, even a chunk cut with no punctuation
 * before it or one after "Mr.": text that is not prose (a table, a dump, "A. A. A. …") still
 * gets bounded sentences, so later stages never see one giant span.
 */
const MAX_SENTENCE = 3000;

const LINE_BREAK = /[\n\r\u2028\u2029]/g;

/** Non-empty lines, trimmed. A newline always ends a paragraph (and so a sentence). */
export function splitParagraphs(text: string): Span[] {
  const paragraphs: Span[] = [];
  for (let lineStart = 0; lineStart < text.length; ) {
    // test() rather than matching the lines: no match object or line string per line.
    LINE_BREAK.lastIndex = lineStart;
    const lineEnd = LINE_BREAK.test(text) ? LINE_BREAK.lastIndex - 1 : text.length;
    let start = lineStart;
    let end = lineEnd;
    while (start < end && isWhiteSpace(text.charCodeAt(start))) start++;
    while (end > start && isWhiteSpace(text.charCodeAt(end - 1))) end--;
    if (end > start) paragraphs.push({ start, end });
    lineStart = lineEnd + 1;
  }
  return paragraphs;
}

/**
 * Sentence spans in order: absolute offsets, end exclusive, trimmed, non-overlapping, and
 * every non-space character of text inside exactly one of them. `paragraphs`:
 * splitParagraphs(text), when the caller has them.
 */
export function splitSentences(text: string, paragraphs: readonly Span[] = splitParagraphs(text)): Span[] {
  const sentences: Span[] = [];
  const candidates: number[] = [];
  for (const paragraph of paragraphs) {
    candidates.length = 0;
    chunkedCandidateBreaks(text, paragraph.start, paragraph.end, candidates);
    splitParagraph(text, paragraph, candidates, sentences);
  }
  return sentences;
}

/** Appends the candidate breaks in [start, end), chunk by chunk, plus the chunk cuts. */
function chunkedCandidateBreaks(text: string, start: number, end: number, candidates: number[]): void {
  let chunkStart = start;
  while (chunkStart < end) {
    const chunkEnd = end - chunkStart <= MAX_CHUNK ? end : chunkCut(text, chunkStart);
    appendCandidateBreaks(text, chunkStart, chunkEnd, candidates);
    if (chunkEnd < end) candidates.push(chunkEnd);
    chunkStart = chunkEnd;
  }
}

/** Turns one paragraph's candidate breaks into sentences. */
function splitParagraph(text: string, paragraph: Span, candidates: number[], out: Span[]): void {
  const { start, end } = paragraph;
  const forced = missedBreaks(text, start, end);

  let sentenceStart = start;
  const to = candidates.length;
  let ci = 0;
  let fi = 0;
  while (ci < to || fi < forced.length) {
    const takeForced = fi < forced.length && (ci >= to || forced[fi]! <= candidates[ci]!);
    const cut = takeForced ? forced[fi++]! : candidates[ci++]!;
    if (cut <= sentenceStart) continue;
    if (takeForced || isRealBreak(text, sentenceStart, cut, end)) {
      pushTrimmed(text, sentenceStart, cut, out);
      sentenceStart = cut;
    }
  }
  pushTrimmed(text, sentenceStart, end, out);
}

/**
 * Where to end a chunk of an over-long paragraph: preferably just after the white space that
 * follows sentence punctuation in the second half of the window, else after any white space,
 * else (a run with no spaces at all) at the window's end.
 */
function chunkCut(text: string, chunkStart: number): number {
  const limit = chunkStart + MAX_CHUNK;
  const floor = chunkStart + MAX_CHUNK / 2;
  let anySpace = -1;
  for (let i = limit - 1; i > floor; i--) {
    if (!isWhiteSpace(text.charCodeAt(i))) continue;
    if (anySpace < 0) anySpace = i + 1;
    let j = i - 1;
    while (j > floor && isCloser(text.charCodeAt(j))) j--;
    if (isTerminal(text.charCodeAt(j))) return i + 1;
  }
  if (anySpace > 0) return anySpace;
  // Never cut a surrogate pair in half.
  const code = text.charCodeAt(limit - 1);
  return code >= 0xd800 && code <= 0xdbff ? limit - 1 : limit;
}

// Sentence punctuation, for the breaks UAX #29 misses. A regular expression finds it faster
// than a loop over every character; each hit is then read by hand.
const PUNCTUATION = /[.!?…]/g;
const GLUED_AFTER = /[\p{Ll}\d%]/u;
const UPPER_CASE_LETTER = /\p{Lu}/u;
const LOWER_CASE_LETTER = /\p{Ll}/u;

/**
 * Breaks to add whatever the candidates say, in ascending order. UAX #29 misses three kinds:
 * sentence punctuation glued to the next sentence's first word ("on Sunday.Police said");
 * a dot before a number followed by a lower-case word ("fell 5%. 2021 was worse"), which it
 * reads as an abbreviation's; and "…" before a capital, which it does not treat as sentence
 * punctuation at all.
 */
export function missedBreaks(text: string, start: number, end: number): number[] {
  // The slice costs no copy, and bounds the search to the paragraph.
  const paragraph = text.slice(start, end);
  const length = paragraph.length;
  const breaks: number[] = [];
  PUNCTUATION.lastIndex = 0;
  while (PUNCTUATION.test(paragraph)) {
    const mark = PUNCTUATION.lastIndex - 1;
    const code = paragraph.charCodeAt(mark);
    let closed = mark + 1;
    while (closed < length && isGlueCloser(paragraph.charCodeAt(closed))) closed++;
    let next = closed;
    while (next < length && isWhiteSpace(paragraph.charCodeAt(next))) next++;

    if (code === ELLIPSIS) {
      // "It rose… Then", "rose… “We"
      if (next > closed && (isUpperCaseAt(paragraph, next) || (isQuoteOrParenOpener(paragraph.charCodeAt(next)) && isUpperCaseAt(paragraph, next + 1)))) {
        breaks.push(start + next);
      }
    } else if (next === closed) {
      if (!isUpperCaseAt(paragraph, closed) || !isLowerCaseAt(paragraph, closed + (paragraph.codePointAt(closed)! > 0xffff ? 2 : 1))) continue;
      // Only after a lower-case word, a digit or "%": look past a run like "!!!" first.
      let dot = mark;
      while (dot > 0 && isTerminal(paragraph.charCodeAt(dot - 1))) dot--;
      if (dot === 0 || !GLUED_AFTER.test(paragraph[dot - 1]!)) continue;
      const word = wordBefore(paragraph, 0, dot);
      if (code === DOT && (isKnownAbbreviation(word) || /[/@:]|www/i.test(word))) continue;
      breaks.push(start + closed);
    } else if (isFigureStart(paragraph.charCodeAt(next))) {
      // "Aug. 9", "No. 10", "vs. 48", "U.S. 10-year yields"; and "3. 5" is no sentence either.
      if (code === DOT && closed === mark + 1) {
        const word = wordBefore(paragraph, 0, mark);
        if (word === "" || isKnownAbbreviation(word) || /^\d{1,2}$/.test(word) || SINGLE_INITIAL.test(word)) continue;
      }
      breaks.push(start + next);
    }
  }
  return breaks;
}

function isUpperCaseAt(text: string, i: number): boolean {
  if (i >= text.length) return false;
  const code = text.charCodeAt(i);
  if (code < 0x80) return code >= 0x41 && code <= 0x5a;
  return UPPER_CASE_LETTER.test(String.fromCodePoint(text.codePointAt(i)!));
}

function isLowerCaseAt(text: string, i: number): boolean {
  if (i >= text.length) return false;
  const code = text.charCodeAt(i);
  if (code < 0x80) return code >= 0x61 && code <= 0x7a;
  return LOWER_CASE_LETTER.test(String.fromCodePoint(text.codePointAt(i)!));
}

/** ) ] " ' ” ’: what may stand between sentence punctuation and a missed break. */
function isGlueCloser(code: number): boolean {
  return code === 0x29 || code === 0x5d || code === 0x22 || code === 0x27 || code === 0x201d || code === 0x2019;
}

/** " “ ‘ ( before the capital that starts a sentence after "…". */
function isQuoteOrParenOpener(code: number): boolean {
  return code === 0x22 || code === 0x201c || code === 0x2018 || code === 0x28;
}

/** A digit or a currency sign: $ £ € ¥. */
function isFigureStart(code: number): boolean {
  return (code >= 0x30 && code <= 0x39) || code === 0x24 || code === 0xa3 || code === 0x20ac || code === 0xa5;
}

/**
 * Decides whether a candidate break at `cut` really ends the sentence that began at
 * `sentenceStart`. Only looks at the few words either side, so the pass stays linear.
 */
function isRealBreak(text: string, sentenceStart: number, cut: number, paragraphEnd: number): boolean {
  let aEnd = cut;
  while (aEnd > sentenceStart && isWhiteSpace(text.charCodeAt(aEnd - 1))) aEnd--;
  if (aEnd === sentenceStart) return false;
  if (cut - sentenceStart >= MAX_SENTENCE) return true;
  let bStart = cut;
  while (bStart < paragraphEnd && isWhiteSpace(text.charCodeAt(bStart))) bStart++;
  if (bStart === paragraphEnd) return false;

  let mark = aEnd - 1;
  while (mark > sentenceStart && isCloser(text.charCodeAt(mark))) mark--;
  const closed = mark < aEnd - 1;
  const terminal = text.charCodeAt(mark);
  // Only chunk cuts land here without punctuation before them.
  if (!isTerminal(terminal)) return false;

  const next = nextWord(text, bStart, paragraphEnd);
  // News sentences start with a capital, a digit or a quote: a lower-case word continues
  // ("Why?" he asked; Acme Inc. said; it rose... and fell).
  if (next.lower) return false;

  if (terminal !== DOT) {
    // "We will win!" Tsikhanouskaya said. — a quote ending in ?/! followed by its speaker.
    return !(closed && terminal !== ELLIPSIS && SPEAKER_AFTER_QUOTE.test(text.slice(bStart, bStart + 80)));
  }
  if (closed || text.charCodeAt(mark - 1) === DOT) return true; // `win."` or an ellipsis "..."

  const word = wordBefore(text, sentenceStart, mark);
  return !continuesAfter(word, next, text, sentenceStart, mark - word.length);
}

const SPEAKER_AFTER_QUOTE =
  /^(?:\p{Lu}[\p{L}'’.-]*\s+){1,3}(?:said|says|asked|asks|told|tells|added|adds|wrote|writes|tweeted|shouted|replied|insisted|declared|exclaimed|chanted|warned)\b/u;

interface NextWord {
  /** The word as written, without surrounding punctuation except an abbreviation's dot. */
  word: string;
  lower: boolean;
  upper: boolean;
  digit: boolean;
}

function nextWord(text: string, from: number, limit: number): NextWord {
  let i = from;
  while (i < limit && isOpener(text.charCodeAt(i))) i++;
  let j = i;
  const stop = Math.min(limit, i + 40);
  while (j < stop && isWordChar(text.charCodeAt(j))) j++;
  if (j < limit && text.charCodeAt(j) === DOT) j++;
  const word = text.slice(i, j);
  const first = text.charAt(i);
  const lower = first !== "" && first !== first.toUpperCase() && first === first.toLowerCase();
  const upper = first !== "" && first !== first.toLowerCase();
  return { word, lower, upper, digit: first >= "0" && first <= "9" };
}

/** The token that ends at `dot` (the dot excluded), without opening quotes or brackets. */
function wordBefore(text: string, floor: number, dot: number): string {
  let i = dot;
  const stop = Math.max(floor, dot - 40);
  while (i > stop && !isWhiteSpace(text.charCodeAt(i - 1)) && !isOpener(text.charCodeAt(i - 1))) i--;
  return text.slice(i, dot);
}

/** The word before position `before` (skipping one space run), or "" at the sentence start. */
function previousWord(text: string, floor: number, before: number): string {
  let end = before;
  while (end > floor && isWhiteSpace(text.charCodeAt(end - 1))) end--;
  let start = end;
  const stop = Math.max(floor, end - 40);
  while (start > stop && !isWhiteSpace(text.charCodeAt(start - 1))) start--;
  return text.slice(start, end);
}

const SINGLE_INITIAL = /^\p{Lu}$/u;
const DOTTED_INITIALS = /^(?:\p{L}\.)+\p{L}$/u;

/**
 * True when `word` + "." does not end the sentence, given the next word. Ambiguous cases
 * lean towards splitting; the exceptions are words that are never sentence-final (titles,
 * "vs.", "e.g.") and contexts where the next word is clearly a continuation.
 */
function continuesAfter(word: string, next: NextWord, text: string, floor: number, wordStart: number): boolean {
  if (word === "") return false;
  const key = word.toLowerCase();
  // "Maj. Gen. Viktar Khrenin", "Roe v. Wade", "e.g. Minsk" — titles and Latin never end one.
  if (ALWAYS_CONTINUE.has(key) || word === "v") return true;
  // "Aug. 9", "No. 10", "pp. 4-5".
  if (BEFORE_NUMBER.has(key)) return next.digit;
  if (!next.upper) return false;
  const nextKey = withoutPossessive(next.word);

  // "St. Paul's", "in Co. Antrim" continue; "on Downing St. Police said" ends (a street).
  if (PLACE_ABBREVIATIONS.has(key)) {
    const before = previousWord(text, floor, wordStart);
    return before === "" || !/^\p{Lu}/u.test(before);
  }
  // "John F. Kennedy", "J. R. R. Tolkien"; but "Plan B. The…", "World War I. It…".
  // Most words before a full stop are neither one letter nor dotted: the length and the
  // dot turn them away before either pattern is tried.
  if (word.length <= 2 && SINGLE_INITIAL.test(word)) {
    if (word === "I" || word === "V" || word === "X") return false;
    if (COMMON_SENTENCE_STARTERS.has(nextKey)) return false;
    if (SINGLE_INITIAL.test(next.word.slice(0, -1)) && next.word.endsWith(".")) return true;
    const before = previousWord(text, floor, wordStart);
    if (before === "") return true;
    return /^\p{Lu}/u.test(before) && !NOT_INITIAL_AFTER.has(before.replace(/\.$/, "").toLowerCase());
  }
  if (word.includes(".") && DOTTED_INITIALS.test(word)) {
    // "5 p.m. ET"; otherwise "at 5 p.m. Police arrived" ends at p.m.
    if (key === "a.m" || key === "p.m") return TIME_ZONES.has(next.word.replace(/\.$/, ""));
    if (word !== word.toUpperCase()) return false;
    // "U.S. officials" is handled above (lower case); "U.S. President Trump" continues;
    // "…visited the U.S. Officials said…" ends. Only a title or institution after a country
    // abbreviation is taken as a continuation: a missed split is worse than a wrong one here.
    if (GEO_ACRONYMS.has(key)) return TITLE_CONTINUATIONS.has(nextKey);
    // Other dotted capitals are a person's initials: "J.P. Morgan", "W.E.B. Du Bois".
    return word.length <= 5 && !COMMON_SENTENCE_STARTERS.has(nextKey);
  }
  return false;
}

function isKnownAbbreviation(word: string): boolean {
  const key = word.toLowerCase();
  return ALWAYS_CONTINUE.has(key) || BEFORE_NUMBER.has(key) || PLACE_ABBREVIATIONS.has(key) || DOTTED_INITIALS.test(word);
}

function pushTrimmed(text: string, start: number, end: number, out: Span[]): void {
  while (start < end && isWhiteSpace(text.charCodeAt(start))) start++;
  while (end > start && isWhiteSpace(text.charCodeAt(end - 1))) end--;
  if (end > start) out.push({ start, end });
}

const DOT = 0x2e;
const ELLIPSIS = 0x2026;

function isTerminal(code: number): boolean {
  return code === DOT || code === 0x21 || code === 0x3f || code === ELLIPSIS;
}

/** Closing quotes and brackets that stay with the sentence they close. */
function isCloser(code: number): boolean {
  return code === 0x22 || code === 0x27 || code === 0x29 || code === 0x5d || code === 0x201d || code === 0x2019 || code === 0xbb;
}

/** Letters, digits and the joiners of words like "Children's" and "Secretary-General". */
function isWordChar(code: number): boolean {
  if (code < 0x80) {
    return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || (code >= 0x30 && code <= 0x39) || code === 0x26 || code === 0x27 || code === 0x2d;
  }
  return code === 0x2019 || (!isWhiteSpace(code) && code !== 0x201c && code !== 0x201d && code !== 0xab && code !== 0xbb && code !== 0x2026);
}

function isOpener(code: number): boolean {
  return code === 0x22 || code === 0x27 || code === 0x28 || code === 0x5b || code === 0x201c || code === 0x2018 || code === 0xab;
}
