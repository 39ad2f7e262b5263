/**
 * Boilerplate: the parts of an article that are not claims — photo credits, bylines,
 * "contributed to this report", wire-service sign-offs, copyright lines and calls to action —
 * and the caption paragraphs that carry photo credits.
 *
 * A credit is only ever reported as a whole sentence or as the trailing run of one, so the
 * caption text before "(AP Photo) Credit: Uncredited" stays available as a claim. A sentence
 * that merely names an agency ("Reuters reported that…") is never boilerplate.
 */
import type { Span } from "../text/span.ts";
import { splitParagraphs } from "../sentences/split-sentences.ts";
import { isWhiteSpace } from "../text/words.ts";

const AGENCIES = "AP|Reuters|REUTERS|AFP|EPA(?:-EFE)?|Getty Images|Pool|Shutterstock|Bloomberg|Sipa(?: USA)?|Alamy|BelTA|TASS|Xinhua|dpa|ANP|PA Images|PA Wire|NurPhoto|SOPA Images|LightRocket|Anadolu(?: Agency)?";

/** Where a photo credit may begin; each hit is then checked by parseCreditRun. */
const CREDIT_START = new RegExp(
  [
    "\\((?=[^()\\n]{1,160}\\))", // "(AP Photo/…)", "(Tut.by via AP)"
    "\\b(?:Photo credit|Photo Credit|Photograph|Photo|Picture|Image|Credit|CREDIT)s?:", // "Credit: Misha Friedman"
    "\\b(?:Getty Images|File [Pp]hoto|AP Photo)\\b",
    "\\b(?:REUTERS|AFP|EPA(?:-EFE)?)\\/",
    `\\/(?:${AGENCIES})\\b`, // "Jane Doe/Getty Images": the name before it is found by nameStart
  ].join("|"),
  "gu",
);

/** What is inside a parenthesised photo credit. */
const CREDIT_INSIDE =
  /\bAP Photo\b|\bvia (?:AP|Reuters|REUTERS|AFP|Getty Images|EPA|Pool|Shutterstock)\b|^(?:Photo|Photograph|Picture|Image|Credit)s?:|\bPool Photo\b|^(?:Getty Images|File [Pp]hoto|REUTERS|AFP)$|^(?:REUTERS|AFP|EPA(?:-EFE)?)\/|\/(?:AP|Reuters|REUTERS|AFP|EPA|Getty Images|Pool|Shutterstock|Bloomberg|BelTA|TASS|Xinhua|Sipa USA)\b/u;

const PARENTHESISED = /\(([^()\n]{1,160})\)/y;
const LABEL = /(?:Photo credit|Photo Credit|Photograph|Photo|Picture|Image|Credit|CREDIT)s?:[ \t]*/y;
const AGENCY_SLASH = /(?:REUTERS|AFP|EPA(?:-EFE)?)\/[^\s/]+(?:[ \t]+\p{Lu}[\p{L}.'’-]*(?![\p{L}:/]))*/uy;
const NAME_SLASH = new RegExp(
  `(?:\\p{Lu}[\\p{L}.'’-]*[ \\t]+){0,4}\\p{Lu}[\\p{L}.'’-]*\\/(?:${AGENCIES})(?: via (?:${AGENCIES}))?(?![\\p{L}])`,
  "uy",
);
const BARE_CREDIT = /(?:Getty Images|File [Pp]hoto|AP Photo)(?![\p{L}])/uy;
const UNLABELLED_ITEMS = [AGENCY_SLASH, NAME_SLASH, BARE_CREDIT];
const SEPARATORS = /[\s,;|.–—-]*/y;
const TOKEN = /[^\s]+/y;

/** A label's value ("Credit: Andrei Stasevich") is a short name, not a sentence. */
const MAX_LABEL_WORDS = 8;

/**
 * Whole sentences that are bylines, sign-offs and other furniture: one pattern for those
 * whose case matters and one for those whose case does not, as each is tried on every
 * sentence and most sentences match none (two calls where there were five).
 */
const FURNITURE_SENTENCE = new RegExp(
  [
    // "Copyright 2020 The Associated Press.", "© 2020 Reuters"; not "Copyright law says…"
    String.raw`^(?:Copyright|©|\([cC]\))\s*(?:©\s*)?(?:\d{4}|\p{Lu})`,
    // Calls to action: "Read more: …", "Follow us on …", "Sign up for …"
    String.raw`^(?:Read more|Read More|READ MORE|More from|See also|Related|RELATED)\s*:`,
    String.raw`^(?:Follow (?:us|\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*){0,2}) on\b|Sign up (?:for|to|here)\b|Subscribe to\b|Click here\b|Download (?:our|the) \p{L}+ app\b)`,
  ].join("|"),
  "u",
);
const FURNITURE_SENTENCE_ANY_CASE = /^All rights reserved\.?$|^This material may not be published, broadcast, rewritten,? or redistributed/i;

/** Sign-offs: sentences with the word "contributed", checked for only where it occurs. */
const CONTRIBUTED_PATTERNS: readonly RegExp[] = [
  // "Jim Heintz in Moscow contributed to this report.", "Jane Doe contributed reporting."
  /\bcontributed (?:to (?:this|the) (?:report|story|article)|(?:additional )?reporting)(?: (?:from|in) \p{Lu}[^.]*)?\.?["”]?$/u,
  // "Associated Press writer Jim Heintz contributed."
  /^(?:\p{Lu}[\p{L}]*\s+){0,4}(?:writers?|reporters?|correspondents?|journalists?)\b.{0,120}\bcontributed\.?$/u,
];

/** "By Jane Smith", "By JANE SMITH and John Doe, Associated Press", "By Jane Smith | Reuters". */
const BYLINE =
  /^By\s+(?:\p{Lu}[\p{L}.'’-]*\s+){0,3}\p{Lu}[\p{L}.'’-]*(?:\s*(?:,|and|&)\s+(?:\p{Lu}[\p{L}.'’-]*\s+){0,3}\p{Lu}[\p{L}.'’-]*)*(?:\s*[,|–—-]\s*(?:The\s+)?\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3})?\.?$/u;

/** Capitalised words after "By" that begin an ordinary sentence: "By Sunday, police had…". */
const NOT_A_BYLINE = /^By\s+(?:Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|January|February|March|April|May|June|July|August|September|October|November|December|Then|Now|Contrast|Comparison|Law|Night|Noon|Midnight|Christmas|Easter|Friday)\b/u;

/** Sentences longer than this are prose, whatever words they start with. */
const MAX_FURNITURE_LENGTH = 400;

/**
 * Spans of `text` that are not claims, in order and non-overlapping: whole sentences (bylines,
 * sign-offs) or the trailing credit run of a caption sentence.
 */
export function findBoilerplate(text: string, sentences: Span[], starts: readonly number[] = findCreditStarts(text)): Span[] {
  const found: Span[] = [];
  let next = 0;
  for (const sentence of sentences) {
    while (next < starts.length && starts[next]! < sentence.start) next++;
    if (sentence.end - sentence.start <= MAX_FURNITURE_LENGTH && isFurniture(text, sentence)) {
      found.push({ start: sentence.start, end: sentence.end });
      continue;
    }
    // Credit starts inside this sentence; a failed parse tells how far later ones can skip.
    let failedUpTo = -1;
    for (; next < starts.length && starts[next]! < sentence.end; next++) {
      const start = starts[next]!;
      if (start < failedUpTo) continue;
      const reached = parseCreditRun(text, start, sentence.end);
      if (reached >= sentence.end) {
        found.push({ start, end: sentence.end });
        break;
      }
      failedUpTo = reached;
    }
  }
  return found;
}

/**
 * Paragraphs that carry a photo credit anywhere: captions, which later stages mark as such.
 * `starts` are findCreditStarts(text), when the caller has them from findBoilerplate, and
 * `paragraphs` splitParagraphs(text), when it has them from splitting the sentences.
 */
export function findCaptionParagraphs(
  text: string,
  starts: readonly number[] = findCreditStarts(text),
  paragraphs: readonly Span[] = splitParagraphs(text),
): Span[] {
  const captions: Span[] = [];
  let next = 0;
  for (const paragraph of paragraphs) {
    for (; next < starts.length && starts[next]! < paragraph.end; next++) {
      const start = starts[next]!;
      if (start < paragraph.start) continue;
      // A parenthesised credit anywhere, or any credit run that ends the paragraph.
      const isCaption =
        text[start] === "(" ? parseCreditItem(text, start, paragraph.end) > start : parseCreditRun(text, start, paragraph.end) >= paragraph.end;
      if (isCaption) {
        captions.push(paragraph);
        break;
      }
    }
    while (next < starts.length && starts[next]! < paragraph.end) next++;
  }
  return captions;
}

/** "With reporting by Reuters, AP, dpa…", "(Reporting by X; Editing by Y)". */
const REPORTING_CREDIT =
  /^[([]?(?:With (?:additional )?reporting|Additional reporting|Reporting|Writing|Editing|Compiled|Edited|Written|Produced|Translated) (?:by|from)\s/i;

/**
 * Words a reporting credit is made of besides names. "Reporting by the Guardian found that…"
 * has "found" and so stays a claim.
 */
const CREDIT_WORDS = /^(?:by|and|in|from|with|additional|reporting|writing|editing|the|of|staff|for|at|compiled|edited|written|produced|translated|dpa|afp|\p{Lu}.*)$/u;

function isFurniture(text: string, sentence: Span): boolean {
  const body = text.slice(sentence.start, sentence.end);
  // A byline starts with "By": the pattern is tried only then.
  if (body.startsWith("By") && BYLINE.test(body)) return !NOT_A_BYLINE.test(body);
  if (REPORTING_CREDIT.test(body)) return body.split(/[\s,;:()[\]&.]+/).every((word) => word === "" || CREDIT_WORDS.test(word));
  if (FURNITURE_SENTENCE.test(body) || FURNITURE_SENTENCE_ANY_CASE.test(body)) return true;
  // One substring search spares most sentences the two unanchored patterns.
  if (!body.includes("contributed")) return false;
  for (const pattern of CONTRIBUTED_PATTERNS) if (pattern.test(body)) return true;
  return false;
}

/** Where photo credits may start in `text`, in ascending order; each is checked where it is used. */
export function findCreditStarts(text: string): number[] {
  const starts: number[] = [];
  CREDIT_START.lastIndex = 0;
  for (let m = CREDIT_START.exec(text); m; m = CREDIT_START.exec(text)) {
    starts.push(m[0].startsWith("/") ? nameStart(text, m.index) : m.index);
  }
  // nameStart moves some starts backwards, past earlier hits.
  for (let i = 1; i < starts.length; i++) {
    if (starts[i]! < starts[i - 1]!) return starts.sort((a, b) => a - b);
  }
  return starts;
}

/** The start of up to five capitalised name words before "/Getty Images". */
function nameStart(text: string, slash: number): number {
  let start = slash;
  for (let words = 0; words < 5; words++) {
    let i = start;
    while (i > 0 && !isWhiteSpace(text.charCodeAt(i - 1)) && text[i - 1] !== "(") i--;
    const word = text.slice(i, start).trim();
    if (!/^\p{Lu}[\p{L}.'’-]*$/u.test(word) || (words > 0 && /[.,;:]$/.test(word))) break;
    start = i;
    // Step over the single space to the previous word.
    if (start > 0 && text[start - 1] === " ") start--;
    else break;
  }
  while (isWhiteSpace(text.charCodeAt(start))) start++;
  return start;
}

/**
 * Reads photo-credit items from `from`; returns where the run stops. The run is a credit
 * tail when that is the sentence end (only separators may remain).
 */
function parseCreditRun(text: string, from: number, end: number): number {
  let at = from;
  for (;;) {
    const after = parseCreditItem(text, at, end);
    if (after === at) return at;
    SEPARATORS.lastIndex = after;
    SEPARATORS.exec(text);
    at = Math.min(SEPARATORS.lastIndex, end);
    if (at >= end) return end;
  }
}

function startsLabelOrParenthesis(text: string, at: number, end: number): boolean {
  if (text[at] === "(") return parseCreditItem(text, at, end) > at;
  LABEL.lastIndex = at;
  return LABEL.test(text);
}

/** One credit item at `at`; returns its end, or `at` when there is none. */
function parseCreditItem(text: string, at: number, end: number): number {
  PARENTHESISED.lastIndex = at;
  const paren = PARENTHESISED.exec(text);
  if (paren) return CREDIT_INSIDE.test(paren[1]!.trim()) && PARENTHESISED.lastIndex <= end ? PARENTHESISED.lastIndex : at;

  LABEL.lastIndex = at;
  if (LABEL.exec(text)) return labelValueEnd(text, LABEL.lastIndex, end) ?? at;

  for (const item of UNLABELLED_ITEMS) {
    item.lastIndex = at;
    if (item.exec(text) && item.lastIndex <= end) return item.lastIndex;
  }
  return at;
}

/**
 * A label's value runs to the next label or parenthesised credit ("Credit: Misha Friedman
 * Credit: Misha Friedman"), or to the end, if that is at most a few words.
 */
function labelValueEnd(text: string, from: number, end: number): number | undefined {
  let at = from;
  let valueEnd = from;
  for (let words = 0; at < end; words++) {
    if (words > 0 && startsLabelOrParenthesis(text, at, end)) return valueEnd;
    if (words === MAX_LABEL_WORDS) return undefined;
    TOKEN.lastIndex = at;
    if (!TOKEN.exec(text)) break;
    valueEnd = Math.min(TOKEN.lastIndex, end);
    at = valueEnd;
    while (at < end && isWhiteSpace(text.charCodeAt(at))) at++;
  }
  return valueEnd;
}
