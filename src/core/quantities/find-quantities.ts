/**
 * Figures in running text: what is counted, how many, and how sure the article is.
 *
 * One precompiled regex finds candidate figures; each is then checked against its
 * neighbourhood (is it a date, a year, a time, part of a name?) and read for its counted noun.
 *
 * The rules, in one place:
 *
 * | written                                   | qualifier      | value / bounds                   |
 * |-------------------------------------------|----------------|----------------------------------|
 * | 128, a total of 128, exactly, only        | exact          | value                            |
 * | some, about, around, roughly, approximately, an estimated, nearly, almost, close to, just under | approximately | value |
 * | more than, over, upwards of, in excess of, above, just over | more-than | value              |
 * | at least, no fewer than, no less than, a minimum of | at-least | value                       |
 * | fewer than, less than, under, below       | fewer-than     | value                            |
 * | up to, at most, no more than, a maximum of | at-most       | value                            |
 * | between 10 and 20, from 5% to 7%, 10-20, 10 to 20 | range  | low, high                        |
 * | a handful                                 | vague          | 3 .. 5                           |
 * | dozens / a few dozen / several dozen      | vague          | 24 .. 99 / 24 .. 60 / 24 .. 100  |
 * | scores                                    | vague          | 40 .. 99                         |
 * | hundreds / a few hundred / several hundred| vague          | 200 .. 999 / 200 .. 500 / 300 .. 900 |
 * | thousands / tens of thousands / hundreds of thousands | vague | 2,000 .. 9,999 / 20,000 .. 99,999 / 200,000 .. 999,999 |
 * | millions                                  | vague          | 2,000,000 .. 999,999,999         |
 * | a dozen, half a dozen                     | exact          | 12, 6                            |
 * | half, a third, two-thirds, a quarter (of) | exact          | 0.5, 0.333, 0.667, 0.25; unit "fraction" |
 *
 * Units: "%", "per cent", "percent" -> percent; $ £ € ¥ ₹ and USD/EUR/GBP... -> the ISO
 * code; "bn", "m", "million" multiply; "66-year-old" and "aged 66" -> counted "years", unit
 * "age"; "26 years", "48 hours" -> the time unit. Ordinals ("sixth", "21st") set ordinal;
 * "first" and "last" are sequence words and never figures.
 *
 * Not figures: calendar years ("in 2020"), dates ("Aug. 9", "12 September"), times
 * ("10:30", "5 pm"), numbers in names and codes ("Group of 20", "COVID-19", "G20",
 * "Boeing 737", "No. 10", "Article 23"), and "one" as a pronoun ("one of them", "no one").
 */
import type { Quantity } from "../../../claim-schemas/claim-set.ts";
import type { Qualifier } from "../../../claim-schemas/vocabulary.ts";
import { MONTHS } from "../dates/calendar-words.ts";
import type { Span } from "../text/span.ts";
import { NUMBER_WORD_PATTERN, ORDINAL_WORD_PATTERN, parseNumberWords, parseOrdinal } from "./number-words.ts";

const QUALIFIERS: ReadonlyArray<readonly [string, Qualifier]> = [
  ["a total of", "exact"], ["exactly", "exact"], ["only", "exact"],
  ["some", "approximately"], ["about", "approximately"], ["around", "approximately"],
  ["roughly", "approximately"], ["approximately", "approximately"], ["an estimated", "approximately"],
  ["nearly", "approximately"], ["almost", "approximately"], ["close to", "approximately"],
  ["just under", "approximately"], ["an approximate", "approximately"], ["approx.", "approximately"],
  ["more than", "more-than"], ["over", "more-than"], ["upwards of", "more-than"], ["in excess of", "more-than"],
  ["above", "more-than"], ["just over", "more-than"], ["well over", "more-than"],
  ["at least", "at-least"], ["no fewer than", "at-least"], ["no less than", "at-least"], ["a minimum of", "at-least"],
  ["fewer than", "fewer-than"], ["less than", "fewer-than"], ["under", "fewer-than"], ["below", "fewer-than"],
  ["up to", "at-most"], ["at most", "at-most"], ["no more than", "at-most"], ["a maximum of", "at-most"],
];
const QUALIFIER_OF = new Map(QUALIFIERS);

const VAGUE: ReadonlyMap<string, readonly [number, number]> = new Map([
  ["hundreds of thousands", [200_000, 999_999]],
  ["tens of thousands", [20_000, 99_999]],
  ["several dozen", [24, 100]],
  ["a few dozen", [24, 60]],
  ["several hundred", [300, 900]],
  ["a few hundred", [200, 500]],
  ["several thousand", [3_000, 9_000]],
  ["a few thousand", [2_000, 5_000]],
  ["a handful", [3, 5]],
  ["dozens", [24, 99]],
  ["scores", [40, 99]],
  ["hundreds", [200, 999]],
  ["thousands", [2_000, 9_999]],
  ["millions", [2_000_000, 999_999_999]],
]);

const FRACTIONS: ReadonlyMap<string, number> = new Map([
  ["half", 0.5], ["a half", 0.5], ["a third", 1 / 3], ["one third", 1 / 3], ["two-thirds", 2 / 3], ["two thirds", 2 / 3],
  ["a quarter", 0.25], ["one quarter", 0.25], ["three-quarters", 0.75], ["three quarters", 0.75],
]);

const CURRENCY_SYMBOLS: ReadonlyMap<string, string> = new Map([
  ["us$", "USD"], ["$", "USD"], ["c$", "CAD"], ["a$", "AUD"], ["£", "GBP"], ["€", "EUR"], ["¥", "JPY"], ["₹", "INR"],
  ["rs", "INR"], ["rs.", "INR"], ["usd", "USD"], ["eur", "EUR"], ["gbp", "GBP"], ["jpy", "JPY"], ["chf", "CHF"],
  ["cny", "CNY"], ["rub", "RUB"], ["inr", "INR"],
]);
const CURRENCY_WORDS: ReadonlyMap<string, string> = new Map([
  ["dollars", "USD"], ["euros", "EUR"], ["pounds", "GBP"], ["rubles", "RUB"], ["roubles", "RUB"], ["yen", "JPY"],
  ["yuan", "CNY"], ["rupees", "INR"],
]);
const MULTIPLIERS: ReadonlyMap<string, number> = new Map([
  ["trillion", 1e12], ["tn", 1e12], ["billion", 1e9], ["bn", 1e9], ["million", 1e6], ["mn", 1e6], ["m", 1e6],
  ["thousand", 1e3], ["k", 1e3],
]);

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const QUALIFIER_PATTERN = `(?:${[...QUALIFIER_OF.keys()].sort((a, b) => b.length - a.length).map(escape).join("|")})`;
const DIGITS = String.raw`(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?`;
const CURRENCY_PREFIX = String.raw`(?:US\$|C\$|A\$|\$|£|€|¥|₹|Rs\.?\s?|(?:USD|EUR|GBP|JPY|CHF|CNY|RUB|INR)\s?)`;
const MULTIPLIER = String.raw`(?:\s?(?:trillion|billion|million|thousand|bn|tn|mn|m|k)(?![\p{L}\p{N}]))`;
const PERCENT = String.raw`(?:\s?%|\s(?:per\s?cent|percent)(?![\p{L}]))`;
const AMOUNT = String.raw`(?:${CURRENCY_PREFIX}?(?:${DIGITS}(?:st|nd|rd|th)?|${ORDINAL_WORD_PATTERN}|${NUMBER_WORD_PATTERN})${MULTIPLIER}?${PERCENT}?)`;
const VAGUE_PATTERN = `(?:${[...VAGUE.keys()].sort((a, b) => b.length - a.length).join("|")})`;
const FRACTION_PATTERN = `(?:${[...FRACTIONS.keys()].sort((a, b) => b.length - a.length).join("|")})`;

const FIGURE = new RegExp(
  String.raw`(?<![\p{L}\p{N}\-–/.:])` +
    String.raw`(?<qualifier>${QUALIFIER_PATTERN}\s+)?` +
    String.raw`(?:` +
    String.raw`(?:between\s+(?<between>${AMOUNT})\s+and\s+(?<and>${AMOUNT}))` +
    String.raw`|(?:from\s+(?<from>${AMOUNT})\s+to\s+(?<to>${AMOUNT}))` +
    String.raw`|(?<vague>${VAGUE_PATTERN})(?=\s+(?:of\s+)?\p{Ll})` +
    String.raw`|(?<dozen>half\s+a\s+dozen|a\s+dozen)` +
    String.raw`|(?<fraction>${FRACTION_PATTERN})(?=\s+of\s)` +
    String.raw`|(?<amount>${AMOUNT})(?:\s?(?:-|–|to)\s?(?<upper>${AMOUNT}))?` +
    String.raw`)` +
    String.raw`(?<age>-year-old)?` +
    String.raw`(?![\p{L}\p{N}]|\.\d|:\d)`,
  "giu",
);

const ONE_NOUNS = /^\s+(?:person|man|woman|child|boy|girl|soldier|officer|policeman|protester|student|journalist|patient|death|victim|case|civilian|worker|citizen|member|in\s+(?:\d+|two|three|four|five|six|seven|eight|nine|ten))\b/i;
const NAME_BEFORE = /(?:\b(?:No|Nos|Art|Sec|Vol|Fig|Ch|Pt)\.\s*|\b(?:Article|Section|Route|Flight|Chapter|Room|Platform|Gate|Level|Phase|Stage|Boeing|Airbus|Windows|iPhone|Formula|Apollo|Highway|Interstate|Paragraph|Resolution|Amendment|Rule|Number|Model|Version|Series|Unit|Bus|Line|Channel|Studio|Terminal|Pier|Block|Lot|Squad|Division|Brigade|Battalion|Regiment)\s+)$/u;
/** "Group of 20": a capitalised name, mid-sentence, then "of". */
const NAME_OF_BEFORE = /(\p{Lu}[\p{L}]*)\s+of\s+$/u;
const TIME_AFTER = /^\s*(?:a\.m\.|p\.m\.|am\b|pm\b|GMT\b|UTC\b|BST\b|CET\b|EST\b|EDT\b|o'clock\b|hours?\s+GMT\b|h\b)/i;
const YEAR = /^(?:1[89]\d\d|20\d\d|2100)$/;
const TIME_UNITS = new Set(["years", "year", "months", "month", "weeks", "week", "days", "day", "hours", "hour", "minutes", "minute", "seconds", "decades", "decade", "centuries", "century"]);
const NOT_COUNTED = new Set(
  (
    "the a an and or nor of in on at to for from by with as than that which who whom whose were was is are be been being " +
    "have has had will would could should may might must can do does did said says say per cent percent more less most " +
    "over under after before since until this these those it its their his her our your my during across into onto about " +
    "around between against through if but so when while where also only just still already ago earlier later back up down " +
    "out off last next each every all both such other another same own new not no yes then there here now today yesterday " +
    "tomorrow again including among amid despite toward towards like unlike via per i we you he she they me us him them"
  ).split(" "),
);
const ADJECTIVES = new Set(
  (
    "young old new more other additional further local foreign senior former armed unarmed injured dead wounded detained " +
    "elderly small large big major minor separate different top key leading fellow ordinary registered eligible full part-time " +
    "full-time international national regional domestic public private civilian military political independent opposition " +
    "pro-government anti-government peaceful violent suspected alleged unnamed unidentified masked uniformed plainclothes female " +
    "male migrant refugee student child adult extra straight consecutive successive"
  ).split(" "),
);
const PRONOUNS_COUNTED = new Set(["them", "those", "these", "whom", "us", "which"]);

interface ParsedAmount {
  value: number;
  unit?: string;
  ordinal?: boolean;
  /** A bare four-digit number between 1800 and 2100, with nothing around it. */
  yearLike: boolean;
  isOne: boolean;
}

function parseAmount(raw: string): ParsedAmount | undefined {
  let s = raw.trim();
  let unit: string | undefined;
  const currency = /^(US\$|C\$|A\$|\$|£|€|¥|₹|Rs\.?|USD|EUR|GBP|JPY|CHF|CNY|RUB|INR)\s?/i.exec(s);
  if (currency) {
    unit = CURRENCY_SYMBOLS.get(currency[1]!.toLowerCase());
    s = s.slice(currency[0].length);
  }
  let percent = false;
  const pct = /\s?(?:%|per\s?cent|percent)$/i.exec(s);
  if (pct) {
    percent = true;
    s = s.slice(0, pct.index);
  }
  let multiplier = 1;
  const mult = /\s?(trillion|billion|million|thousand|bn|tn|mn|m|k)$/i.exec(s);
  if (mult && !/^(?:\d|\.)+$/.test(s.slice(mult.index + mult[0].length))) {
    const factor = MULTIPLIERS.get(mult[1]!.toLowerCase())!;
    const head = s.slice(0, mult.index);
    // "three million" is parsed by the word parser; a bare "m" after words is not a multiplier.
    if (/\d$/.test(head) || /^(?:trillion|billion|million|thousand)$/i.test(mult[1]!)) {
      if (/\d$/.test(head)) {
        multiplier = factor;
        s = head;
      }
    }
  }
  let value: number | undefined;
  let ordinal = false;
  if (/^\d/.test(s)) {
    const ordinalDigits = /^(\d+)(st|nd|rd|th)$/i.exec(s);
    if (ordinalDigits) {
      value = Number(ordinalDigits[1]);
      ordinal = true;
    } else value = Number(s.replace(/,/g, ""));
  } else {
    value = parseNumberWords(s);
    if (value === undefined) {
      value = parseOrdinal(s);
      ordinal = value !== undefined;
    }
  }
  if (value === undefined || Number.isNaN(value)) return undefined;
  const amount: ParsedAmount = {
    value: value * multiplier,
    yearLike: !unit && !percent && multiplier === 1 && YEAR.test(s),
    isOne: /^one$/i.test(s),
  };
  if (percent) amount.unit = "percent";
  else if (unit) amount.unit = unit;
  if (ordinal) amount.ordinal = true;
  return amount;
}

/**
 * Where a figure can be: a digit or a number word. The full pattern is tried only there
 * (sticky, from just before the anchor to take in a qualifier or currency), which keeps the
 * scan fast: the full pattern tried at every position costs ten times as much.
 */
const ANCHOR = new RegExp(
  String.raw`\d|(?<![\p{L}])(?:${NUMBER_WORD_PATTERN.replace(/\(\?:\\s\+\(\?:hundred\|thousand\|million\|billion\|trillion\)\)\*$/, "")}|${ORDINAL_WORD_PATTERN}|several|few|handful|scores|dozens?|hundreds|thousands|millions|tens|half|thirds?|quarters?)(?![\p{L}])`,
  "giu",
);
const FIGURE_AT = new RegExp(FIGURE.source, "yiu");
const FIGURE_WHOLE = new RegExp(`^(?:${FIGURE.source})$`, "iu");
const BEFORE_ANCHOR = new RegExp(String.raw`(?:(?:${QUALIFIER_PATTERN}|between|from)\s+)?(?:\ba\s+|${CURRENCY_PREFIX})?$`, "iu");

/** Every figure in text[range) (the whole text when no range), with absolute spans. */
export function findQuantities(text: string, range: Span = { start: 0, end: text.length }): Quantity[] {
  const scope = text.slice(range.start, range.end);
  const found: Quantity[] = [];
  let done = 0;
  ANCHOR.lastIndex = 0;
  for (let anchor = ANCHOR.exec(scope); anchor; anchor = ANCHOR.exec(scope)) {
    if (anchor.index < done) continue;
    // The longest lead is a qualifier and a currency code ("an approximate USD "): 24 characters.
    const lookback = scope.slice(Math.max(done, anchor.index - 24), anchor.index);
    const lead = BEFORE_ANCHOR.exec(lookback)?.[0].length ?? 0;
    let match: RegExpExecArray | null = null;
    for (const start of lead > 0 ? [anchor.index - lead, anchor.index] : [anchor.index]) {
      FIGURE_AT.lastIndex = start;
      match = FIGURE_AT.exec(scope);
      if (match) break;
    }
    if (!match) continue;
    done = match.index + match[0].length;
    if (ANCHOR.lastIndex < done) ANCHOR.lastIndex = done;
    for (const quantity of readMatch(text, scope, range.start, match)) found.push(quantity);
  }
  return found;
}

function readMatch(text: string, scope: string, base: number, match: RegExpExecArray): Quantity[] {
  const upper = match.groups!.upper;
  if (upper && match.groups!.amount && !sameKind(match.groups!.amount, upper)) {
    // "3.5 per cent to $3.2bn": two figures, not a range. Read each alone.
    const firstEnd = match.index + (match.groups!.qualifier?.length ?? 0) + match.groups!.amount.length;
    const quantities: Quantity[] = [];
    const first = FIGURE_WHOLE.exec(scope.slice(match.index, firstEnd));
    if (first) {
      const quantity = readFigure(text, scope, base, Object.assign(first, { index: match.index }));
      if (quantity) quantities.push(quantity);
    }
    const secondStart = match.index + match[0].lastIndexOf(upper);
    FIGURE_AT.lastIndex = secondStart;
    const second = FIGURE_AT.exec(scope);
    if (second) {
      const quantity = readFigure(text, scope, base, second);
      if (quantity) quantities.push(quantity);
    }
    return quantities;
  }
  const quantity = readFigure(text, scope, base, match);
  return quantity ? [quantity] : [];
}

/** Can these two amounts be the ends of one range? Both percentages, both money, or both plain. */
function sameKind(lower: string, upper: string): boolean {
  const kind = (amount: string) => (/%|per\s?cent|percent/i.test(amount) ? "percent" : /^\s*(?:US\$|C\$|A\$|\$|£|€|¥|₹|Rs|USD|EUR|GBP|JPY|CHF|CNY|RUB|INR)/i.test(amount) ? "money" : "plain");
  const a = kind(lower);
  const b = kind(upper);
  return a === b || (a === "plain" && b !== "plain");
}

function readFigure(text: string, scope: string, base: number, match: RegExpExecArray): Quantity | undefined {
  const g = match.groups!;
  const start = base + match.index;
  const end = start + match[0].length;
  const raw = match[0];
  const before = scope.slice(Math.max(0, match.index - 40), match.index);
  const after = scope.slice(match.index + raw.length, match.index + raw.length + 60);
  const written = g.qualifier?.trim().toLowerCase();
  const qualifier: Qualifier = written ? (QUALIFIER_OF.get(written) ?? "exact") : "exact";
  const quantity: Quantity = { raw, span: { start, end }, qualifier };

  if (g.between || g.from) {
    const low = parseAmount((g.between ?? g.from)!);
    const high = parseAmount((g.and ?? g.to)!);
    if (!low || !high || low.yearLike || high.yearLike) return undefined;
    Object.assign(quantity, { qualifier: "range", low: low.value, high: high.value });
    if (high.unit ?? low.unit) quantity.unit = (high.unit ?? low.unit)!;
  } else if (g.vague) {
    const [low, high] = VAGUE.get(g.vague.toLowerCase().replace(/\s+/g, " "))!;
    Object.assign(quantity, { qualifier: "vague", low, high });
  } else if (g.dozen) {
    quantity.value = /half/i.test(g.dozen) ? 6 : 12;
  } else if (g.fraction) {
    quantity.value = Math.round(FRACTIONS.get(g.fraction.toLowerCase().replace(/\s+/g, " "))! * 1000) / 1000;
    quantity.unit = "fraction";
  } else if (g.amount) {
    const amount = parseAmount(g.amount);
    if (!amount) return undefined;
    if (isNotAFigure(amount, g.amount, before, after, match.index === 0 || /^[\s"“(]*$/.test(scope.slice(0, match.index)))) {
      return undefined;
    }
    if (g.upper) {
      const upper = parseAmount(g.upper);
      // "won 3-1" is a score, not a range: a range rises.
      if (!upper || upper.yearLike || upper.value <= amount.value) return undefined;
      Object.assign(quantity, { qualifier: "range", low: amount.value, high: upper.value });
      if (upper.unit ?? amount.unit) quantity.unit = (upper.unit ?? amount.unit)!;
    } else {
      quantity.value = amount.value;
      if (amount.unit) quantity.unit = amount.unit;
      if (amount.ordinal) quantity.ordinal = true;
    }
  } else {
    return undefined;
  }

  if (g.age || /\baged\s+$/i.test(before)) {
    quantity.counted = "years";
    quantity.unit = "age";
    return quantity;
  }
  const currencyAfter = /^\s+(dollars|euros|pounds|rubles|roubles|yen|yuan|rupees)\b/i.exec(after);
  if (currencyAfter && !quantity.unit) quantity.unit = CURRENCY_WORDS.get(currencyAfter[1]!.toLowerCase())!;
  const counted = countedNoun(after, before);
  if (counted) {
    quantity.counted = counted;
    if (!quantity.unit && !quantity.ordinal && TIME_UNITS.has(counted)) quantity.unit = counted.endsWith("s") ? counted : `${counted}s`;
  }
  return quantity;
}

function isNotAFigure(amount: ParsedAmount, written: string, before: string, after: string, sentenceStart: boolean): boolean {
  // Dates: "Aug. 9", "9 August", "Sept. 12, 2020".
  // Each `$`-anchored pattern is tried from every start in its input: give it only the tail it can match.
  const near = before.slice(-24);
  const nearOffset = before.length - near.length;
  const wordBefore = /([\p{L}]+)\.?,?\s+$/u.exec(near)?.[1]?.toLowerCase();
  const wordAfter = /^(?:st|nd|rd|th)?\s+(?:of\s+)?([\p{L}]+)/u.exec(after)?.[1]?.toLowerCase();
  if (/^\d/.test(written) && ((wordBefore && MONTHS.has(wordBefore)) || (wordAfter && MONTHS.has(wordAfter)))) return true;
  if (amount.yearLike && !/^\s+(?:[\p{Ll}]+s|people|men|women|children|police|staff|personnel)\b/u.test(after)) return true;
  if (amount.yearLike && /^\s+(?:years?|elections?|votes?|census|budget|season|games|olympics)\b/i.test(after)) return true;
  if (TIME_AFTER.test(after) || /\d:$/.test(before)) return true;
  if (NAME_BEFORE.test(near)) return true;
  const nameOf = NAME_OF_BEFORE.exec(near);
  if (nameOf && !sentenceStartWord(before, nearOffset + nameOf.index) && /^\d/.test(written)) return true;
  // A capitalised word just before, mid-sentence, names a thing: "Boeing 737", "Route 66".
  const capitalBefore = /(\p{Lu}[\p{L}]*)\s+$/u.exec(near);
  if (capitalBefore && !sentenceStartWord(before, nearOffset + capitalBefore.index) && !MONTHS.has(capitalBefore[1]!.toLowerCase()) && /^\d/.test(written)) {
    return true;
  }
  if (amount.isOne && !ONE_NOUNS.test(after)) return true;
  if (sentenceStart && amount.isOne) return !ONE_NOUNS.test(after);
  return false;
}

function sentenceStartWord(before: string, index: number): boolean {
  return /^[\s"“(]*$/.test(before.slice(0, index)) || /[.!?]["”]?\s+$/.test(before.slice(0, index));
}

/** The noun a figure counts: after it ("128 people", "six of their colleagues"), or before ("crowds of 100,000"). */
function countedNoun(after: string, before: string): string | undefined {
  const words = after.match(/^(?:\s+[\p{L}'’-]+){1,6}/u)?.[0].trim().split(/\s+/) ?? [];
  let i = 0;
  if (words[i]?.toLowerCase() === "of") {
    i++;
    const det = words[i]?.toLowerCase();
    if (det && PRONOUNS_COUNTED.has(det)) return det;
    if (det && /^(?:the|their|his|her|its|our|my|your|these|those)$/.test(det)) i++;
  }
  for (let skipped = 0; i < words.length && skipped < 3; i++, skipped++) {
    const word = words[i]!.toLowerCase().replace(/['’]s?$/, "");
    if (ADJECTIVES.has(word) || /^\p{Lu}/u.test(words[i]!) && /(?:an|ese|ish|ian|i)$/.test(word)) continue;
    if (/-(?:owned|based|run|led|backed|old)$/.test(word)) continue;
    if (NOT_COUNTED.has(word) || !/^\p{Ll}/u.test(words[i]!)) break;
    return word;
  }
  const of = /([\p{Ll}]+)\s+of\s+(?:[\p{L}\s]+\s)?$/u.exec(before);
  if (of && !NOT_COUNTED.has(of[1]!)) return of[1];
  return undefined;
}
