/**
 * Figures in running text: how many, of what, and how sure the article is about it.
 *
 * The text is tokenised once (tokens.ts); the scan then walks the tokens and, where one can
 * start a figure, reads qualifier, number, unit, range and counted noun by looking at the
 * neighbouring tokens. No regex is built or re-run per figure, so cost is linear in length.
 *
 * The rules, in one place (qualifier-words.ts and units.ts hold the word lists):
 *
 * | written                                                   | qualifier     | value / bounds              |
 * |-----------------------------------------------------------|---------------|-----------------------------|
 * | 128, a total of 128, only 128, exactly 128, precisely 128 | exact         | value                       |
 * | some, about, around, roughly, approximately, approx, circa, (an) estimated, close to, nearly, almost, just under, just over, 200-odd, 200 or so | approximately | value |
 * | more than, over, well over, upwards of, in excess of, above, greater than, 100-plus, 100+ | more-than | value |
 * | at least, no fewer than, no less than, not less than, a minimum of, 500 or more | at-least | value       |
 * | fewer than, less than, under, below, well under            | fewer-than    | value                       |
 * | up to, at most, no more than, not more than, a maximum of, as many as, as much as, 30 or fewer | at-most | value |
 * | between 10 and 20, from 5% to 7%, 10-20, 10–20, 10 to 20, 3-4 million | range | low, high (no value) |
 * | several / a few / quite a few / a handful / a couple of    | vague         | 3..9 / 2..5 / 2..5 / 3..5 / 2..3 |
 * | several hundred, a few thousand ... (count x scale)        | vague         | e.g. 300..900, 2,000..5,000 |
 * | several dozen / a few dozen                                | vague         | 24..100 / 24..60            |
 * | dozens / scores of / tens of                               | vague         | 24..99 / 40..199 / 20..99   |
 * | hundreds / thousands / millions / billions                 | vague         | 200..999 / 2,000..9,999 / 2e6..9,999,999 / 2e9.. |
 * | tens of thousands, hundreds of thousands, hundreds of millions | vague     | 20,000..99,999 / 200,000..999,999 / ... |
 * | a dozen, two dozen, half a dozen, a hundred, half a million | exact        | 12, 24, 6, 100, 500,000     |
 * | half (of/the), a third, two-thirds, three quarters, one in five, nine out of 10 | exact | 0.5, 0.333, 0.667, 0.75, 0.2, 0.9; unit "fraction" |
 *
 * A qualifier before a vague amount stays in the raw text but the qualifier is "vague".
 * Fractions are kept as fractions (unit "fraction", value 0..1) rather than turned into
 * percentages: "half of the voters" is not a poll figure, and the comparison can scale it.
 *
 * Units: "%", "per cent", "percent", "pct" -> "percent"; "percentage points" ->
 * "percentage points"; $ £ € ¥ ₹, US$ HK$ A$ C$, Rs, USD EUR GBP ..., and "dollars",
 * "euros", "pounds", "roubles" ... -> the ISO 4217 code; "k", "m", "bn", "thousand",
 * "million", "billion", "trillion", "tn", "lakh", "crore" multiply ("m" only glued to digits,
 * and not in "the 100m final"). "66-year-old", "aged 66", "at the age of 66", "66 years old"
 * -> counted "years", unit "age". "26 years", "three months", "a 48-hour strike" -> the time
 * unit ("years", "months", "hours") as unit. "100km", "5kg" -> the measure's symbol.
 * Ordinals ("sixth", "21st", "second") set ordinal and only count with a noun after them
 * ("a sixth term"); "first", "last" and "1st" are sequence words, never figures, and neither
 * is a period or a ranking idiom ("the second half", "third quarter", "second best").
 *
 * The raw text is the figure as written with its qualifier and unit ("more than 120",
 * "$3.2bn", "66-year-old", "3.5 per cent"), never the counted noun as a separate word.
 *
 * Not figures: calendar years ("in 1994", "the 2020 election"; "2000 people" is a figure),
 * days of dates ("Aug. 9", "September 2", "12 September", "9/11", "2020-09-12"), times
 * ("10:30", "10 a.m.", "5pm", "at 5"), decades ("the 1990s"), scores ("won 3-1", "a 5-4
 * vote"), numbers in names and codes ("Group of 20", "G20", "COVID-19", "Boeing 737",
 * "Route 66", "No. 10", "article 23", "F-16", "iPhone 15", "4G"), and "one" unless it counts
 * something ("one person was killed" counts; "one of them", "no one", "one another",
 * "in one show of", "one day" do not). A lone "a" or "an" is never a figure.
 * Not handled: negative numbers, "one and a half", numbers in words above the trillions,
 * and figures whose noun is far from them ("the death toll rose to 30").
 */
import type { Quantity } from "../../../claim-schemas/claim-set.ts";
import type { Qualifier } from "../../../claim-schemas/vocabulary.ts";
import type { Span } from "../text/span.ts";
import { countedAfter, countedBefore } from "./counted-noun.ts";
import { isClockTime, isDayOfDate, isInNameOrCode, isMonthWord, isYear } from "./not-a-figure.ts";
import {
  cardinalWordValue,
  cleanFloat,
  DENOMINATOR_WORDS,
  denominatorValue,
  NUMBER_WORDS,
  ORDINAL_WORDS,
  ordinalWordValue,
  readNumberWords,
} from "./number-words.ts";
import {
  type Phrase,
  QUALIFIERS_AFTER,
  QUALIFIERS_BEFORE,
  SEVERAL_DOZEN,
  VAGUE_COUNTS,
  VAGUE_OF_SCALES,
  VAGUE_PLURALS,
} from "./qualifier-words.ts";
import {
  hasCapital,
  isMark,
  isNumber,
  isWord,
  lower,
  tokenize,
  wordHash,
  tokenText,
  type TokenArrays,
  type Tokens,
  TokenKind,
  touchesNext,
} from "./tokens.ts";
import {
  CURRENCY_CODES,
  CURRENCY_NAMES,
  CURRENCY_SYMBOLS,
  DOLLAR_PREFIXES,
  GLUED_MAGNITUDES,
  GLUED_MEASURES,
  MAGNITUDE_WORDS,
  METRE_EVENTS,
  TIME_UNITS,
} from "./units.ts";

export { parseNumberWords, parseOrdinal } from "./number-words.ts";

/** A figure before its context is read: the number, its unit and the tokens it spans. */
interface Figure {
  first: number;
  /** Last token, inclusive. */
  last: number;
  kind: "number" | "vague" | "fraction" | "ordinal";
  value: number;
  low?: number;
  high?: number;
  unit?: string;
  /** Set by the figure itself: "66-year-old" counts years. */
  counted?: string;
  /** Set by the figure itself: "200-odd", "100-plus". */
  qualifier?: Qualifier;
  /** The multiplier applied (1 when none), so "3-4 million" can lend it to the 3. */
  magnitude: number;
  /** Bare digits with nothing attached: the only kind that can be a year, a date or a code. */
  plain: boolean;
  words: boolean;
  /** "-strong" in "a 5,000-strong crowd": the noun follows. */
  strong?: boolean;
}

/**
 * Every figure is made by the one object literal in copyFigure, with every field in one order,
 * so all figures share one hidden class. The scan reads figures' fields in its hottest code,
 * and a V8 property read that has seen many shapes (object spreads and optional fields each
 * made new ones) goes megamorphic and slow.
 */
function copyFigure(from: FigureFields): Figure {
  return {
    first: from.first, last: from.last, kind: from.kind, value: from.value, low: from.low, high: from.high, unit: from.unit,
    counted: from.counted, qualifier: from.qualifier, magnitude: from.magnitude, plain: from.plain, words: from.words,
    strong: from.strong,
  };
}

type FigureFields = Pick<Figure, "first" | "last" | "kind" | "value" | "magnitude" | "plain" | "words"> & Partial<Figure>;

/** Field by field rather than Object.assign, which is a generic (and, per figure, costly) copy. */
function newFigure(fields: FigureFields): Figure {
  return copyFigure(fields);
}

/** A copy of `figure` with some fields changed; a change to undefined is no change. */
function figureWith(
  figure: Figure,
  changes: Partial<Pick<Figure, "last" | "kind" | "value" | "unit" | "counted" | "qualifier" | "magnitude" | "plain" | "strong">>,
): Figure {
  const copy = copyFigure(figure);
  if (changes.last !== undefined) copy.last = changes.last;
  if (changes.kind !== undefined) copy.kind = changes.kind;
  if (changes.value !== undefined) copy.value = changes.value;
  if (changes.unit !== undefined) copy.unit = changes.unit;
  if (changes.counted !== undefined) copy.counted = changes.counted;
  if (changes.qualifier !== undefined) copy.qualifier = changes.qualifier;
  if (changes.magnitude !== undefined) copy.magnitude = changes.magnitude;
  if (changes.plain !== undefined) copy.plain = changes.plain;
  if (changes.strong !== undefined) copy.strong = changes.strong;
  return copy;
}

/** Nouns after an ordinal that name a period or a ranking idiom, not things counted. */
const ORDINAL_NOT_COUNTING: ReadonlySet<string> = new Set(["half", "halves", "quarter", "quarters", "best", "worst"]);

/** Marks that may touch the front of a figure: "(128", "“200", "~50". */
const OPENING_MARKS: ReadonlySet<string> = new Set(["(", "[", '"', "“", "‘", "'", "~", "≈", "+", "<", ">", "*"]);

/** Words after "one" that make it a pronoun or an idiom: "one another", "one day". */
const ONE_IDIOMS: ReadonlySet<string> = new Set(
  (
    "of another other day time way thing side hand point occasion moment instance reason or and such more last " +
    "too either way's"
  ).split(" "),
);

/** Words before "one" that make it a pronoun: "no one", "in one show of", "the one". */
const ONE_PRONOUN_BEFORE: ReadonlySet<string> = new Set(
  "no any every each the this that which someone anyone in at on for from such".split(" "),
);

/** Words around a hyphenated pair that make it a score: "won 3-1", "a 5-4 vote". */
const SCORE_WORDS: ReadonlySet<string> = new Set(
  (
    "win wins won victory defeat defeated loss lost lose draw drew drawn lead led leads beat beating trail trailed " +
    "trailing vote votes voted majority scoreline margin decision ruling split thrashing"
  ).split(" "),
);

/** Words after which a small bare number is a clock time: "at 5", "until 11". */
const TIME_BEFORE: ReadonlySet<string> = new Set(["at", "until", "till"]);

/** Determiners that may follow a fraction instead of "of": "half the country". */
const FRACTION_DETERMINERS: ReadonlySet<string> = new Set([
  "of", "the", "their", "his", "her", "its", "our", "your", "my", "all", "those", "these",
]);

const PERCENT = "percent";

/**
 * The token arrays of the previous call, filled again by the next: making five typed arrays
 * per sentence cost more than tokenising it. Sharing them is safe because findQuantities runs
 * to completion without calling out, and nothing it returns refers to a token.
 */
let spareArrays: TokenArrays | undefined;
/** A whole article's arrays are not worth keeping: sentences are what calls this often. */
const MAX_SPARE_TOKENS = 4096;

/** Every figure in text[range) (the whole text when no range), with absolute spans. */
export function findQuantities(text: string, range?: Span): Quantity[] {
  const start = range?.start ?? 0;
  const end = range?.end ?? text.length;
  if (!mayHoldFigure(text, start, end)) return [];
  return scanQuantities(text, start, end);
}

/**
 * The words without which no figure can be read, shortest prefixes only ("six" stands for
 * "sixty" and "sixteenth" too): every reader below needs a digit or one of these at the start
 * of a word. Qualifiers, "a" and "an", currency codes and signs need a number next to them.
 */
const FIGURE_CORE_WORDS: readonly string[] = (() => {
  const words = [
    ...NUMBER_WORDS,
    ...ORDINAL_WORDS,
    ...DENOMINATOR_WORDS,
    ...VAGUE_PLURALS.keys(),
    // Every word of "a few", "quite a few", "a handful" is needed; the last one is the telling one.
    ...VAGUE_COUNTS.map((count) => count.words[count.words.length - 1]!),
  ];
  return [...new Set(words)].filter((word) => !words.some((other) => other !== word && word.startsWith(other)));
})();

/**
 * A digit, or a core word at the start of a word. `\b` fails after a digit (but then the digit
 * matches) and after "_", which the tokens treat as a mark, so "_" gets its own branch. Only
 * ASCII letters need matching: no other letter lower-cases to one found in these words.
 */
const FIGURE_CORE_WORD = new RegExp(`\\b(?:${FIGURE_CORE_WORDS.join("|")})|_(?:${FIGURE_CORE_WORDS.join("|")})`, "i");
const DIGIT = /[0-9]/;

/**
 * Whether text[start, end) may hold a figure. Most sentences have no digit and no number
 * word; native regex tests turn them away for a fraction of what tokenising them and walking
 * the tokens costs. The digit is looked for first and alone: a lone class scans several
 * times faster than the words, and most sentences that pass have one.
 */
export function mayHoldFigure(text: string, start: number, end: number): boolean {
  const part = start === 0 && end === text.length ? text : text.slice(start, end);
  return DIGIT.test(part) || FIGURE_CORE_WORD.test(part);
}

/** findQuantities without the first look: every token of text[start, end) is read. */
export function scanQuantities(text: string, start: number, end: number): Quantity[] {
  const tokens = tokenize(text, start, end, spareArrays);
  // Keep the (possibly grown) arrays, not the Tokens, which would hold on to the text.
  const { starts, ends, kinds, hashes, headHashes } = tokens;
  if (starts.length <= MAX_SPARE_TOKENS) spareArrays = { starts, ends, kinds, hashes, headHashes };
  const found: Quantity[] = [];
  for (let i = 0; i < tokens.count; ) {
    if (!canStartFigure(tokens, i)) {
      i++;
      continue;
    }
    const read = readQuantityAt(tokens, i);
    if (read === undefined) {
      i++;
      continue;
    }
    if (read.quantity) found.push(read.quantity);
    i = read.last + 1;
  }
  return found;
}

/** Hashes of the words that open a figure only through what follows them: "more than", "in excess of", "between", "from". */
const LEAD_IN_HASHES: ReadonlySet<number> = new Set([...QUALIFIERS_BEFORE.keys(), "between", "from"].map(wordHash));

/** How far past a lead-in word a figure may begin: the rest of its longest phrase, "between" or "from", the figure. */
const LEAD_IN_REACH = Math.max(...[...QUALIFIERS_BEFORE.values()].flat().map((phrase) => phrase.words.length)) + 1;

/** Hashes of the words that can open a hyphenated figure: "six-year-old", "two-thirds", "twenty-first". */
const HEAD_HASHES: ReadonlySet<number> = new Set(NUMBER_WORDS.filter((word) => cardinalWordValue(word) !== undefined).map(wordHash));

const CURRENCY_SYMBOL_CODES: ReadonlySet<number> = new Set([...CURRENCY_SYMBOLS.keys()].map((symbol) => symbol.charCodeAt(0)));

/**
 * A cheap first look, so the full reading runs only where a figure can begin. Lead-in words
 * are common ("in", "over", "as", "from") and rarely lead to a figure; one is passed over
 * when no token within its reach could open one, which is exactly when readQuantityAt
 * would read the phrase and find nothing.
 */
function canStartFigure(tokens: Tokens, i: number): boolean {
  if (mayOpenFigure(tokens, i)) return true;
  if (tokens.kinds[i] !== TokenKind.Word || !LEAD_IN_HASHES.has(tokens.hashes[i]!)) return false;
  const reach = Math.min(tokens.count - 1, i + LEAD_IN_REACH);
  for (let next = i + 1; next <= reach; next++) {
    if (mayOpenFigure(tokens, next)) return true;
  }
  return false;
}

/** False where readFigure is sure to find nothing: not digits, a currency sign or a word a figure begins with. */
function mayOpenFigure(tokens: Tokens, i: number): boolean {
  const kind = tokens.kinds[i];
  if (kind === TokenKind.Number) return true;
  if (kind === TokenKind.Mark) return CURRENCY_SYMBOL_CODES.has(tokens.text.charCodeAt(tokens.starts[i]!));
  return mayBeFigureWord(tokens, i);
}

interface Read {
  quantity?: Quantity;
  /** The last token consumed; the scan resumes after it. */
  last: number;
}

function readQuantityAt(tokens: Tokens, start: number): Read | undefined {
  const before = matchPhrase(tokens, start, PHRASES_BEFORE);
  const at = before ? start + before.words.length : start;
  if (isWord(tokens, at, "between")) return readOpenRange(tokens, start, at, "and");
  if (isWord(tokens, at, "from")) return readOpenRange(tokens, start, at, "to");
  let figure = readFigure(tokens, at) ?? (before ? readQualifiedHalf(tokens, at) : undefined);
  if (!figure) return undefined;

  figure = readOneIn(tokens, figure) ?? figure;
  const range = figure.kind === "number" ? readRangeEnd(tokens, figure) : undefined;
  if (range === "skip") return { last: skipTo(tokens, figure) };
  if (range) return finish(tokens, start, range.last, { qualifier: "range", low: range.low, high: range.high, unit: range.unit }, figure);

  let qualifier: Qualifier = before?.qualifier ?? figure.qualifier ?? "exact";
  let last = figure.last;
  if (!before && !figure.qualifier && figure.kind === "number") {
    const after = matchPhrase(tokens, last + 1, PHRASES_AFTER);
    if (after) {
      qualifier = after.qualifier;
      last += after.words.length;
    } else if (isMark(tokens, last + 1, "+") && touchesNext(tokens, last)) {
      qualifier = "more-than";
      last++;
    }
  }

  if (figure.plain || figure.kind === "ordinal" || (figure.words && figure.kind === "number")) {
    if (notAFigure(tokens, start, figure, before !== undefined)) return { last: figure.last };
  }
  if (figure.kind === "vague") {
    return finish(tokens, start, last, { qualifier: "vague", low: figure.low!, high: figure.high!, unit: figure.unit }, figure);
  }
  return finish(tokens, start, last, { qualifier, value: figure.value, unit: figure.unit }, figure, before !== undefined);
}

/** After a rejected pair ("won 3-1", "2019-20") resume past both numbers. */
function skipTo(tokens: Tokens, figure: Figure): number {
  let last = figure.last;
  while (last + 1 < tokens.count && touchesNext(tokens, last) && tokens.kinds[last + 1] !== TokenKind.Word) last++;
  if (isWord(tokens, last + 1, "to") && isNumber(tokens, last + 2)) last += 2;
  return last;
}

/** A phrase table keyed by the hash of each phrase's first word, so a lookup makes no lower-case string. */
function byFirstWordHash(table: ReadonlyMap<string, readonly Phrase[]>): ReadonlyMap<number, readonly Phrase[]> {
  const byHash = new Map<number, Phrase[]>();
  for (const [first, phrases] of table) byHash.set(wordHash(first), [...(byHash.get(wordHash(first)) ?? []), ...phrases]);
  return byHash;
}

const PHRASES_BEFORE = byFirstWordHash(QUALIFIERS_BEFORE);
const PHRASES_AFTER = byFirstWordHash(QUALIFIERS_AFTER);

function matchPhrase(tokens: Tokens, at: number, table: ReadonlyMap<number, readonly Phrase[]>): Phrase | undefined {
  if (!isWord(tokens, at)) return undefined;
  const phrases = table.get(tokens.hashes[at]!);
  if (!phrases) return undefined;
  // Every word is compared, the first too: the hash only chose the candidates.
  for (const phrase of phrases) {
    let matches = true;
    for (let k = 0; k < phrase.words.length && matches; k++) matches = isWord(tokens, at + k, phrase.words[k]);
    if (matches) return phrase;
  }
  return undefined;
}

function notAFigure(tokens: Tokens, start: number, figure: Figure, qualified: boolean): boolean {
  const first = figure.first;
  if (!figure.words) {
    if (isDayOfDate(tokens, first, figure.last, figure.value)) return true;
    if (figure.kind === "number" && isYear(tokens, first, start, figure.last)) return true;
    if (isClockTime(tokens, figure.last)) return true;
    // "0800 123 456": digit groups in a row are a phone number or a code.
    if (figure.plain && (isNumber(tokens, first - 1) || (isNumber(tokens, figure.last + 1) && !touchesNext(tokens, figure.last)))) {
      return true;
    }
  }
  return !qualified && isInNameOrCode(tokens, first, figure.words);
}

interface Fields {
  qualifier: Qualifier;
  value?: number;
  low?: number;
  high?: number;
  unit?: string | undefined;
}

/** Reads the counted noun and the age or time unit, then builds the quantity. */
function finish(
  tokens: Tokens,
  start: number,
  last: number,
  fields: Fields,
  figure: Figure,
  qualified = false,
): Read | undefined {
  let unit = fields.unit;
  let counted = figure.counted;
  if (counted === undefined) {
    const singular = figure.kind === "ordinal" || figure.kind === "fraction" || figure.value === 1 || figure.strong === true ||
      unit === PERCENT || unit === "percentage points";
    const after = countedAfter(tokens, last, singular);
    if (after) {
      counted = after.word;
      // "one show of defiance": a noun of a noun is an idiom, not one thing counted.
      if (figure.value === 1 && figure.words && !qualified && isWord(tokens, after.index + 1, "of")) return { last };
      if (isWord(tokens, after.index + 1, "old") && TIME_UNITS.has(counted)) unit = "age";
      if (isWord(tokens, after.index + 1, "of") && isWord(tokens, after.index + 2, "age")) unit = "age";
    } else if (figure.kind !== "ordinal" && !(figure.value === 1 && figure.words)) {
      counted = countedBefore(tokens, start)?.word;
    }
  }
  if (counted !== undefined && CURRENCY_NAMES.has(counted) && unit === undefined) {
    unit = CURRENCY_NAMES.get(counted);
    counted = undefined;
  }
  if (figure.kind === "ordinal" && (counted === undefined || isWord(tokens, last + 1, "of") || ORDINAL_NOT_COUNTING.has(counted))) {
    return { last };
  }
  if (figure.value === 1 && figure.words && fields.qualifier === "exact" && !qualified && figure.kind === "number") {
    if (!isCountingOne(tokens, figure, counted)) return { last };
  }
  if (isAgeCue(tokens, start)) {
    unit = "age";
    // "aged 66" is in years; "aged between five and 17 months" keeps its months.
    counted = counted !== undefined && TIME_UNITS.has(counted) ? counted : "years";
  }
  if (unit === undefined && counted !== undefined && figure.kind !== "ordinal") unit = TIME_UNITS.get(counted);
  if (unit === "age") counted ??= "years";
  // "at 5": a small bare number after "at" with nothing counted is a clock time.
  if (figure.plain && counted === undefined && !qualified && TIME_BEFORE.has(lower(tokens, start - 1)) &&
    isWord(tokens, start - 1) && isClockReading(lower(tokens, figure.first))) {
    return { last };
  }

  const quantity: Quantity = {
    raw: tokens.text.slice(tokens.starts[start], tokens.ends[last]),
    span: { start: tokens.starts[start]!, end: tokens.ends[last]! },
    qualifier: fields.qualifier,
  };
  if (fields.value !== undefined) quantity.value = fields.value;
  if (fields.low !== undefined) quantity.low = fields.low;
  if (fields.high !== undefined) quantity.high = fields.high;
  if (counted !== undefined) quantity.counted = counted;
  if (unit !== undefined) quantity.unit = unit;
  if (figure.kind === "ordinal") quantity.ordinal = true;
  return { quantity, last };
}

/** "5", "17", "5.30": what a clock says, hours up to 24 and minutes up to 59. */
function isClockReading(written: string): boolean {
  const dot = written.indexOf(".");
  const hours = Number(dot < 0 ? written : written.slice(0, dot));
  if (!Number.isInteger(hours) || hours > 24) return false;
  if (dot < 0) return true;
  const minutes = written.slice(dot + 1);
  return minutes.length === 2 && Number(minutes) < 60;
}

/** "more than half", "almost half": after a qualifier, "half" needs no "of". */
function readQualifiedHalf(tokens: Tokens, at: number): Figure | undefined {
  if (!isWord(tokens, at, "half")) return undefined;
  return newFigure({ first: at, last: at, kind: "fraction", value: 0.5, unit: "fraction", magnitude: 1, plain: false, words: true });
}

/** "aged 66", "age 66", "at the age of 66", "ages 18 to 25". */
function isAgeCue(tokens: Tokens, start: number): boolean {
  const before = start - 1;
  if (isWord(tokens, before, "aged") || isWord(tokens, before, "age") || isWord(tokens, before, "ages")) return true;
  return isWord(tokens, before, "of") && (isWord(tokens, start - 2, "age") || isWord(tokens, start - 2, "ages"));
}

function isCountingOne(tokens: Tokens, figure: Figure, counted: string | undefined): boolean {
  if (counted === undefined || figure.unit !== undefined) return figure.unit !== undefined;
  const before = figure.first - 1;
  if (isWord(tokens, before) && ONE_PRONOUN_BEFORE.has(lower(tokens, before))) return false;
  const next = figure.last + 1;
  return !(isWord(tokens, next) && ONE_IDIOMS.has(lower(tokens, next)));
}

// ---------------------------------------------------------------------------------------------
// Figures

/**
 * Hashes of every word a figure itself can begin with (the qualifiers before one, like "in
 * excess of" or "as many as", are read elsewhere): a counting word, "a"/"an", "half", a
 * vague amount, a dollar prefix or currency code. Any other word is turned away before the
 * readers below each make its lower-case text.
 */
const FIGURE_WORD_HASHES: ReadonlySet<number> = new Set(
  [
    ...VAGUE_COUNTS.map((count) => count.words[0]!),
    ...VAGUE_PLURALS.keys(),
    "a", "an", "half", "rs",
    ...DOLLAR_PREFIXES.keys(),
    ...[...CURRENCY_CODES].map((code) => code.toLowerCase()),
    ...NUMBER_WORDS,
    ...ORDINAL_WORDS,
  ].map(wordHash),
);

function mayBeFigureWord(tokens: Tokens, at: number): boolean {
  if (FIGURE_WORD_HASHES.has(tokens.hashes[at]!)) return true;
  // "six-year-old", "two-thirds", "twenty-first": a number word before the hyphen.
  const head = tokens.headHashes[at]!;
  return head !== 0 && HEAD_HASHES.has(head);
}

/** `glued`: the figure may touch the token before it, as the 20 in "10-20" does. */
function readFigure(tokens: Tokens, at: number, glued = false): Figure | undefined {
  if (at >= tokens.count) return undefined;
  const kind = tokens.kinds[at];
  if (kind === TokenKind.Number) return readDigits(tokens, glued ? -1 : at, at, undefined);
  if (kind === TokenKind.Word && !mayBeFigureWord(tokens, at)) return undefined;
  const money = readCurrencyBefore(tokens, at);
  if (money) return readDigits(tokens, at, money.next, money.currency);
  if (kind !== TokenKind.Word) return undefined;
  const word = lower(tokens, at);
  return readVague(tokens, at, word) ?? readFraction(tokens, at, word) ?? readWords(tokens, at, word) ??
    readOrdinalWord(tokens, at, word);
}

function readCurrencyBefore(tokens: Tokens, at: number): { currency: string; next: number } | undefined {
  const word = lower(tokens, at);
  let currency: string | undefined;
  let next = at + 1;
  if (tokens.kinds[at] === TokenKind.Mark) currency = CURRENCY_SYMBOLS.get(word);
  else if (DOLLAR_PREFIXES.has(word) && hasCapital(tokens, at) && touchesNext(tokens, at) && isMark(tokens, at + 1, "$")) {
    currency = DOLLAR_PREFIXES.get(word);
    next = at + 2;
  } else if (CURRENCY_CODES.has(tokenText(tokens, at))) currency = tokenText(tokens, at);
  else if (tokenText(tokens, at) === "Rs") {
    currency = "INR";
    if (isMark(tokens, next, ".") && touchesNext(tokens, at)) next++;
  }
  if (currency === undefined || !isNumber(tokens, next)) return undefined;
  // "$ 5" is rare but written; a currency sign far from its digits is not one figure.
  if (tokens.starts[next]! - tokens.ends[next - 1]! > 1) return undefined;
  return { currency, next };
}

/** `first` is the currency's token, or -1 when the digits may touch what is before them. */
function readDigits(tokens: Tokens, first: number, at: number, currency: string | undefined): Figure | undefined {
  const written = lower(tokens, at);
  if (first === at && at > 0 && touchesNext(tokens, at - 1)) {
    // "G20", "F-16", "9/11", "12.09.2020": glued to something that is not an opening mark.
    if (tokens.kinds[at - 1] !== TokenKind.Mark || !OPENING_MARKS.has(lower(tokens, at - 1))) return undefined;
  }
  // Leading zeros are codes and clock times ("007", "0800"), not counts.
  if (written.length > 1 && written.charCodeAt(0) === 48 && written.charCodeAt(1) !== 46) return undefined;
  const base = Number(written.includes(",") ? written.replaceAll(",", "") : written);
  const figure = newFigure({
    first: first < 0 ? at : first, last: at, kind: "number", value: base, magnitude: 1, plain: currency === undefined,
    words: false,
  });
  if (currency !== undefined) figure.unit = currency;
  const next = at + 1;
  if (touchesNext(tokens, at)) {
    if (tokens.kinds[next] === TokenKind.Mark) {
      const mark = lower(tokens, next);
      // "10:30", "9/11", "1.2.3": one number with another glued on is a time, date or version.
      if ((mark === ":" || mark === "/" || mark === ".") && touchesNext(tokens, next) && isNumber(tokens, next + 1)) {
        return undefined;
      }
      if (mark === "-" && touchesNext(tokens, next) && isWord(tokens, next + 1)) {
        return applyHyphenSuffix(tokens, figure, next + 1, lower(tokens, next + 1));
      }
    } else if (tokens.kinds[next] === TokenKind.Word) {
      const glued = readGluedSuffix(tokens, figure, next, written.includes("."));
      if (!glued) return undefined;
      return readUnitsAfter(tokens, glued);
    }
  }
  return readUnitsAfter(tokens, figure);
}

/** Letters glued to digits: "21st", "3.2bn", "20m", "100km"; anything else ("4G", "1990s", "5pm") is no figure. */
function readGluedSuffix(tokens: Tokens, figure: Figure, at: number, decimal: boolean): Figure | undefined {
  const suffix = lower(tokens, at);
  if (suffix === "st" || suffix === "nd" || suffix === "rd" || suffix === "th") {
    if (figure.unit !== undefined || decimal || figure.value === 1) return undefined;
    return figureWith(figure, { last: at, kind: "ordinal" });
  }
  const magnitude = MAGNITUDE_WORDS.get(suffix) ?? GLUED_MAGNITUDES.get(suffix);
  if (magnitude !== undefined && (suffix !== "b" || figure.unit !== undefined)) {
    if (suffix === "m" && figure.unit === undefined && !decimal && isMetres(tokens, at)) {
      return figureWith(figure, { last: at, unit: "m", plain: false });
    }
    return figureWith(figure, { last: at, value: cleanFloat(figure.value * magnitude), magnitude, plain: false });
  }
  const measure = GLUED_MEASURES.get(suffix);
  if (measure !== undefined && figure.unit === undefined) return figureWith(figure, { last: at, unit: measure, plain: false });
  return undefined;
}

/** "the 100m final", "a 400m runner": "m" after whole digits with no currency is metres unless people follow. */
function isMetres(tokens: Tokens, mAt: number): boolean {
  const next = mAt + 1;
  if (!isWord(tokens, next) || touchesNext(tokens, mAt)) return false;
  const word = lower(tokens, next);
  return METRE_EVENTS.has(word);
}

/** Spaced multipliers, percentages and currency names after a number: "2 billion", "3.5 per cent", "40 dollars". */
function readUnitsAfter(tokens: Tokens, figure: Figure): Figure {
  let result = figure;
  let next = result.last + 1;
  if (result.magnitude === 1 && result.kind === "number" && isWord(tokens, next)) {
    const magnitude = MAGNITUDE_WORDS.get(lower(tokens, next));
    if (magnitude !== undefined) {
      result = figureWith(result, { last: next, value: cleanFloat(result.value * magnitude), magnitude, plain: false });
      next++;
    }
  }
  if (result.kind !== "number" || result.unit !== undefined) return result;
  if (isMark(tokens, next, "%")) return figureWith(result, { last: next, unit: PERCENT, plain: false });
  if (!isWord(tokens, next)) return result;
  const word = lower(tokens, next);
  if (word === "percent" || word === "pct" || word === "per-cent") return figureWith(result, { last: next, unit: PERCENT, plain: false });
  if (word === "per" && isWord(tokens, next + 1, "cent")) return figureWith(result, { last: next + 1, unit: PERCENT, plain: false });
  if (word === "percentage" && (isWord(tokens, next + 1, "points") || isWord(tokens, next + 1, "point"))) {
    return figureWith(result, { last: next + 1, unit: "percentage points", plain: false });
  }
  const written = tokenText(tokens, next);
  if (CURRENCY_CODES.has(written)) return figureWith(result, { last: next, unit: written, plain: false });
  if (written === "US" && isWord(tokens, next + 1, "dollars")) return figureWith(result, { last: next + 1, unit: "USD", plain: false });
  const currency = CURRENCY_NAMES.get(word);
  if (currency !== undefined && !hasCapital(tokens, next)) return figureWith(result, { last: next, unit: currency, plain: false });
  return result;
}

/**
 * What follows a hyphen after a number: "66-year-old" (age), "10-year" and "48-hour"
 * (time), "200-odd", "100-plus", "5,000-strong". Any other suffix ("a 10-point plan")
 * leaves the number alone.
 */
function applyHyphenSuffix(tokens: Tokens, figure: Figure, suffixAt: number, suffix: string): Figure | undefined {
  const parts = suffix.split("-");
  const head = parts[0]!;
  const unit = TIME_UNITS.get(head);
  if (unit !== undefined && (parts.length === 1 || parts[1] === "old" || parts[1] === "olds")) {
    const age = parts.length > 1;
    return figureWith(figure, { last: suffixAt, counted: unit, unit: age ? "age" : unit, plain: false });
  }
  if (parts.length === 1 && head === "odd") return figureWith(figure, { last: suffixAt, qualifier: "approximately", plain: false });
  if (parts.length === 1 && head === "plus") return figureWith(figure, { last: suffixAt, qualifier: "more-than", plain: false });
  if (parts.length === 1 && head === "strong") return figureWith(figure, { last: suffixAt, strong: true, plain: false });
  if (figure.words) return undefined;
  return readUnitsAfter(tokens, figure);
}

/** Number words: "six", "twenty-one", "three million", "a dozen", "six-year-old", "two-thirds" (as a fraction elsewhere). */
function readWords(tokens: Tokens, at: number, word: string): Figure | undefined {
  if (at > 0 && touchesNext(tokens, at - 1) && tokens.kinds[at - 1] === TokenKind.Word) return undefined;
  const hyphen = word.indexOf("-");
  if (hyphen > 0 && cardinalWordValue(word) === undefined) return readHyphenatedWord(tokens, at, word);
  const words: string[] = [];
  // Only number words can continue a number, so only they are lower-cased.
  for (let k = at; k < tokens.count && words.length < 10 && isWord(tokens, k); k++) {
    if (k > at && !NUMBER_PHRASE_HASHES.has(tokens.hashes[k]!)) break;
    words.push(k === at ? word : lower(tokens, k));
    if (touchesNext(tokens, k)) break;
  }
  const match = readNumberWords(words);
  if (!match) return undefined;
  const last = at + match.length - 1;
  const figure = newFigure({ first: at, last, kind: "number", value: match.value, magnitude: 1, plain: false, words: true });
  // "six-year-old" is one token; "three million" stays several.
  if (touchesNext(tokens, last) && isMark(tokens, last + 1, "-") && isWord(tokens, last + 2) && touchesNext(tokens, last + 1)) {
    return applyHyphenSuffix(tokens, figure, last + 2, lower(tokens, last + 2));
  }
  return readUnitsAfter(tokens, figure);
}

const NUMBER_PHRASE_HASHES: ReadonlySet<number> = new Set(
  [...NUMBER_WORDS, "and", "a", "an", "half"].map(wordHash),
);

/** "six-year-old", "twenty-one-year-old", "three-month", "200-odd" spelt out. */
function readHyphenatedWord(tokens: Tokens, at: number, lower: string): Figure | undefined {
  const parts = lower.split("-");
  for (let n = Math.min(2, parts.length - 1); n >= 1; n--) {
    const value = cardinalWordValue(parts.slice(0, n).join("-"));
    if (value === undefined) continue;
    const figure = newFigure({ first: at, last: at, kind: "number", value, magnitude: 1, plain: false, words: true });
    return applyHyphenSuffix(tokens, figure, at, parts.slice(n).join("-"));
  }
  return undefined;
}

function readOrdinalWord(tokens: Tokens, at: number, word: string): Figure | undefined {
  const value = ordinalWordValue(word);
  if (value === undefined) return undefined;
  return newFigure({ first: at, last: at, kind: "ordinal", value, magnitude: 1, plain: false, words: true });
}

/** "half of", "a third of", "two-thirds of", "three quarters of the". */
function readFraction(tokens: Tokens, at: number, word: string): Figure | undefined {
  let numerator: number | undefined;
  let denominator: number | undefined;
  let last = at;
  if (word === "half") {
    numerator = 1;
    denominator = 2;
  } else {
    const hyphen = word.indexOf("-");
    if (hyphen > 0) {
      numerator = cardinalWordValue(word.slice(0, hyphen));
      denominator = denominatorValue(word.slice(hyphen + 1));
    } else if (isWord(tokens, at + 1) && DENOMINATOR_HASHES.has(tokens.hashes[at + 1]!)) {
      numerator = word === "a" || word === "an" ? 1 : cardinalWordValue(word);
      denominator = denominatorValue(lower(tokens, at + 1));
      last = at + 1;
    }
  }
  if (numerator === undefined || denominator === undefined || numerator >= denominator) return undefined;
  if (!isWord(tokens, last + 1) || !FRACTION_DETERMINERS.has(lower(tokens, last + 1))) return undefined;
  return newFigure({
    first: at, last, kind: "fraction", value: roundFraction(numerator / denominator), unit: "fraction",
    magnitude: 1, plain: false, words: true,
  });
}

const DENOMINATOR_HASHES: ReadonlySet<number> = new Set(DENOMINATOR_WORDS.map(wordHash));

function roundFraction(value: number): number {
  return Math.round(value * 1000) / 1000;
}

/** "one in five adults", "nine out of 10 doctors": a fraction built from two numbers. */
function readOneIn(tokens: Tokens, figure: Figure): Figure | undefined {
  if (figure.kind !== "number" || figure.unit !== undefined || figure.magnitude !== 1) return undefined;
  let at = figure.last + 1;
  if (isWord(tokens, at, "in")) at++;
  else if (isWord(tokens, at, "out") && isWord(tokens, at + 1, "of")) at += 2;
  else return undefined;
  const of = isNumber(tokens, at) ? readDigits(tokens, at, at, undefined) : isWord(tokens, at) ? readWords(tokens, at, lower(tokens, at)) : undefined;
  if (!of || of.kind !== "number" || of.unit !== undefined || of.magnitude !== 1) return undefined;
  const numerator = figure.value;
  const denominator = of.value;
  if (!Number.isInteger(numerator) || !Number.isInteger(denominator) || numerator < 1 || denominator < 2) return undefined;
  if (numerator >= denominator || denominator > 1000) return undefined;
  return newFigure({
    first: figure.first, last: of.last, kind: "fraction", value: roundFraction(numerator / denominator),
    unit: "fraction", magnitude: 1, plain: false, words: true,
  });
}

/** "several", "a few dozen", "several hundred thousand", "dozens", "tens of thousands". */
function readVague(tokens: Tokens, at: number, word: string): Figure | undefined {
  for (const count of VAGUE_COUNTS) {
    let matches = true;
    for (let k = 0; k < count.words.length && matches; k++) matches = isWord(tokens, at + k, count.words[k]);
    if (!matches) continue;
    let last = at + count.words.length - 1;
    if (count.words.includes("couple") && !isWord(tokens, last + 1, "of")) return undefined;
    let low = count.low;
    let high = count.high;
    if (isWord(tokens, last + 1, "dozen")) {
      last++;
      if (count.words[0] === "several") ({ low, high } = SEVERAL_DOZEN);
      else [low, high] = [Math.max(24, low * 12), high * 12];
    } else {
      let scale = 1;
      for (let k = last + 1; isWord(tokens, k); k++) {
        const next = lower(tokens, k) === "hundred" ? 100 : MAGNITUDE_WORDS.get(lower(tokens, k));
        if (next === undefined || next <= 100 && scale > 1) break;
        scale *= next;
        last = k;
      }
      [low, high] = [low * scale, high * scale];
    }
    return newFigure({ first: at, last, kind: "vague", value: low, low, high, magnitude: 1, plain: false, words: true });
  }
  const plural = VAGUE_PLURALS.get(word);
  if (!plural) return undefined;
  if (plural.needsOf && !isWord(tokens, at + 1, "of")) return undefined;
  let { low, high } = plural;
  let last = at;
  while (isWord(tokens, last + 1, "of") && isWord(tokens, last + 2)) {
    const scale = VAGUE_OF_SCALES.get(lower(tokens, last + 2));
    if (scale === undefined) break;
    low *= scale;
    high = (high + 1) * scale - 1;
    last += 2;
  }
  return newFigure({ first: at, last, kind: "vague", value: low, low, high, magnitude: 1, plain: false, words: true });
}

// ---------------------------------------------------------------------------------------------
// Ranges

interface RangeEnd {
  low: number;
  high: number;
  unit?: string | undefined;
  last: number;
}

/** "10-20", "10–20", "10 to 20", "3-4 million", "5-7%"; "won 3-1" and "2019-20" are skipped. */
function readRangeEnd(tokens: Tokens, figure: Figure): RangeEnd | "skip" | undefined {
  const connector = figure.last + 1;
  let hyphen = false;
  if (isMark(tokens, connector, "-") || isMark(tokens, connector, "–") || isMark(tokens, connector, "—")) {
    if (!touchesNext(tokens, figure.last) || !touchesNext(tokens, connector)) {
      if (!isMark(tokens, connector, "–")) return undefined;
    }
    hyphen = true;
  } else if (!isWord(tokens, connector, "to")) {
    return undefined;
  }
  const second = readFigure(tokens, connector + 1, hyphen);
  if (!second || second.kind !== "number" || second.qualifier !== undefined || second.counted !== undefined) {
    return hyphen && isNumber(tokens, connector + 1) ? "skip" : undefined;
  }
  if (figure.plain && isMonthWord(tokens, figure.first - 1)) return "skip";
  return joinRange(tokens, figure, second, hyphen ? "hyphen" : "to");
}

/** "between 10 and 20", "from 5% to 7%": both ends or nothing. */
function readOpenRange(tokens: Tokens, start: number, opener: number, joiner: "and" | "to"): Read | undefined {
  const first = readFigure(tokens, opener + 1);
  if (!first || first.kind !== "number") return undefined;
  if (!isWord(tokens, first.last + 1, joiner)) return undefined;
  const second = readFigure(tokens, first.last + 2);
  if (!second || second.kind !== "number" || second.counted !== undefined) return undefined;
  const range = joinRange(tokens, first, second, "words");
  if (range === "skip") return { last: second.last };
  if (!range) return undefined;
  return finish(tokens, start, range.last, { qualifier: "range", low: range.low, high: range.high, unit: range.unit }, first);
}

function joinRange(tokens: Tokens, first: Figure, second: Figure, joiner: "hyphen" | "to" | "words"): RangeEnd | "skip" | undefined {
  if (first.unit !== undefined && second.unit !== undefined && first.unit !== second.unit) return undefined;
  // A day range ("5-7 September") and a year range ("2019-20", "from 2010 to 2020") are dates.
  if (second.plain && isDayOfDate(tokens, second.first, second.last, second.value)) return "skip";
  if (first.plain && isYearLike(first.value) && (second.plain && (isYearLike(second.value) || second.value < 100))) {
    return "skip";
  }
  if (isScore(tokens, first, second, joiner)) return "skip";
  // "fell by 30,000 to 1.3 million", "rose 2.5% to 33,000": a change and a new level, not a range.
  if (joiner !== "words") {
    if (first.unit !== undefined && second.unit === undefined) return undefined;
    if (isWord(tokens, first.first - 1, "by")) return undefined;
  }
  let low = first.value;
  // "3-4 million": the 3 borrows the million when it is the smaller number without it.
  if (first.magnitude === 1 && second.magnitude > 1 && low <= second.value / second.magnitude) {
    low = cleanFloat(low * second.magnitude);
  }
  const high = second.value;
  if (low >= high) return joiner === "hyphen" ? "skip" : undefined;
  if (joiner !== "words" && high > 10 * low) return undefined;
  return { low, high, unit: first.unit ?? second.unit, last: second.last };
}

function isYearLike(value: number): boolean {
  return Number.isInteger(value) && value >= 1000 && value <= 2100;
}

function isScore(tokens: Tokens, first: Figure, second: Figure, joiner: string): boolean {
  if (joiner !== "hyphen" || !first.plain || !second.plain) return false;
  const before = first.first - 1;
  const after = second.last + 1;
  return (isWord(tokens, before) && SCORE_WORDS.has(lower(tokens, before))) ||
    (isWord(tokens, after) && SCORE_WORDS.has(lower(tokens, after)));
}
