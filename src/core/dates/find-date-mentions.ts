/**
 * Finds the date expressions in a stretch of article text — calendar dates, weekdays,
 * relative days, vague periods — and resolves the ones that name a day.
 *
 * One precompiled global regex does the scanning, so the cost is one linear pass whatever
 * the number of rules; every quantifier that could run long is bounded. Month and weekday
 * names must be capitalised: "may" and "march" in lower case are a verb and a noun. A month
 * with no day counts only after a cue ("in May", "since March"), so "May" opening a
 * sentence or "April" as a first name stay out.
 *
 * Reference days: a calendar date without a year takes the year nearest the article date;
 * relative forms (weekdays, "the previous day", "yesterday", "a week ago") count from
 * `referenceDate` when the caller knows the day of the speech act in the same sentence,
 * else from the article date.
 */
import type { Span } from "../text/span.ts";
import {
  FULL_MONTH_NAME_PATTERN,
  MONTH_NAME_PATTERN,
  MONTHS,
  NUMBER_WORDS,
  WEEKDAY_PATTERN,
  WEEKDAYS,
  monthNumber,
  weekdayNumber,
} from "./calendar-words.ts";
import { isIsoDay } from "./iso-day.ts";
import { resolveMentionDate, type DateAnchor } from "./resolve-mention-date.ts";
import type { Tense } from "./tense.ts";

export interface DateMention {
  /** Absolute offsets into the text; includes a leading "on"/"in" when the text has one. */
  span: Span;
  raw: string;
  /** The ISO day, when the mention names one and it could be resolved. */
  date?: string;
  /** "day" names one day (resolved or not); "vague" is a period or an unanchored time. */
  precision: "day" | "vague";
  /** "modifier" when the date qualifies a noun ("the Aug. 9 vote"), else "adverbial". */
  role: "adverbial" | "modifier";
  /** What the mention says before resolution; pass the mention to resolveMentionDate to redo it. */
  anchor?: DateAnchor;
}

export interface DateContext {
  /** The article's own date: the year for "Dec. 30", the default reference for relative forms. */
  articleDate?: string;
  /** The day relative forms count from, when known better than the article date. */
  referenceDate?: string;
  /** The tense of the clause (see detectTense); decides which way a bare weekday points. Default past. */
  tense?: Tense;
}

// Blanks inside one date: a few spaces or one line break, never a paragraph break.
const S = String.raw`(?:[ \t\u00a0]{1,3}|\r?\n)`;
const MONTH = MONTH_NAME_PATTERN;
const FULL_MONTH = FULL_MONTH_NAME_PATTERN;
const WEEKDAY = WEEKDAY_PATTERN;
const DAY = String.raw`(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?![\w:])`;
const YEAR = String.raw`(?:1[89]\d\d|2[01]\d\d)(?!\w|,\d)`;
// A year followed by a plural noun is more likely a count: "after 2000 people marched".
const LONE_YEAR = String.raw`${YEAR}(?!${S}(?:(?!(?:was|has|is|as|this|its|his|thus|across)\b)[a-z]+s|people|men|women|children|police)\b)`;
// Not followed by a day number, which would make it a calendar date found from the month on.
const NO_DAY = String.raw`(?![\w])(?!${S}\d{1,2}(?!\d))`;
const COUNT = String.raw`[Aa]n?|[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even|[Ee]ight|[Nn]ine|[Tt]en|[Ee]leven|[Tt]welve|\d{1,3}`;
const NOUN_PHRASE = String.raw`(?:(?:the|a|an|his|her|its|their|this|that|last)${S})?(?:[\w'’-]{1,30}(?:ed|al|ic|ary|ive|['’]s)${S})?[\w'’-]{1,30}`;

const ALTERNATIVES = [
  // "Saturday, Sept. 12, 2020", "on September 2", "on 3 March", "the 12th of September 2020".
  String.raw`(?<cOn>[Oo]n${S})?(?:(?<cWd>${WEEKDAY}),?${S})?(?:(?<cM1>${MONTH})${S}(?<cD1>${DAY})|(?<![\d.,])(?:the${S}(?=\d{1,2}(?:st|nd|rd|th)))?(?<cD2>${DAY})${S}(?:of${S})?(?<cM2>${MONTH})(?![\w]))(?:,?${S}(?<cY>${YEAR}))?`,
  String.raw`(?<![\d-])(?<iso>\d{4}-\d\d-\d\d)(?![\d-])`,
  String.raw`(?:(?<wPre>[Oo]n|[Ll]ast|[Nn]ext|[Tt]his|[Ee]arly|[Ll]ate)${S})?(?<wd>${WEEKDAY})(?:${S}(?<wTime>morning|afternoon|evening|night))?(?![\w])`,
  String.raw`(?<deictic>[Yy]esterday|[Tt]oday|[Tt]onight|[Tt]omorrow|[Ll]ast${S}night|[Tt]his${S}(?:morning|afternoon|evening))(?![\w])`,
  String.raw`[Tt]he${S}(?<aDir>previous|preceding|prior|next|following|same)${S}(?:day|night|evening|morning|afternoon)(?![\w])`,
  String.raw`[Tt]he${S}day${S}(?<dba>before|after)(?:${S}(?<dbaRel>yesterday|tomorrow))?(?![\w])`,
  String.raw`(?<![\d.,])(?<kNum>${COUNT})${S}(?<kUnit>days?|weeks?|months?|years?)${S}(?<kDir>earlier|later|ago|before|after|prior|previously|afterwards?|beforehand)(?![\w])`,
  // Vague from here on.
  String.raw`(?<vague>(?:(?:(?:[Aa]${S})?(?:few|couple${S}of)|[Ss]everal|[Mm]any|[Ss]ome)${S})?(?:[Dd]ays|[Ww]eeks|[Mm]onths|[Yy]ears)${S}(?:ago|earlier|later)(?![\w])` +
    String.raw`|(?:(?:[Ee]arlier|[Ll]ater)${S})?(?:[Ll]ast|[Tt]his|[Nn]ext|[Pp]ast|[Pp]revious|[Ff]ollowing|[Cc]oming)${S}(?:week(?:end)?|month|year|spring|summer|autumn|fall|winter)(?![\w])` +
    String.raw`|(?:(?:[Oo]ver|[Ii]n|[Dd]uring|[Ff]or)${S})?the${S}(?:past|last|previous|coming|next)${S}(?:(?:few|two|three|four|five|six|seven|eight|nine|ten|several|\d{1,2})${S})?(?:days|weeks|months|years)(?![\w])` +
    String.raw`|(?:[Ii]n${S})?[Rr]ecent${S}(?:days|weeks|months|years)(?![\w])|[Rr]ecently(?![\w])` +
    String.raw`|[Ii]n${S}the${S}(?:days|weeks|months|hours|run-up)${S}(?:after|before|following|since|preceding|ahead${S}of|(?:leading${S})?up${S}to|to)(?:${S}${NOUN_PHRASE})?` +
    // A month standing alone, after a cue: "in August", "mid-August", "since March 2020".
    String.raw`|(?:[Ii]n|[Ll]ast|[Nn]ext|[Tt]his|[Ee]arly|[Ll]ate|[Mm]id)(?:${S}|-)(?:(?:early|mid|late)(?:${S}|-))?${FULL_MONTH}${NO_DAY}(?:,?${S}${YEAR})?` +
    String.raw`|(?=[A-Z])(?<=\b(?:[Ss]ince|[Uu]ntil|[Tt]ill|[Bb]y|[Dd]uring|[Tt]hrough|[Tt]hroughout|[Ff]rom|[Bb]efore|[Aa]fter|of|to|and|between)${S})${FULL_MONTH}${NO_DAY}(?!${S}[A-Z][a-z])(?:,?${S}${YEAR})?` +
    String.raw`|${MONTH}${S}${YEAR}` +
    // A year alone, after a cue or as a modifier: "in 2020", "since 1994", "the 2020 election".
    String.raw`|[Ii]n${S}${LONE_YEAR}` +
    String.raw`|(?=[12])(?<=\b(?:(?:[Ss]ince|[Uu]ntil|[Tt]ill|[Dd]uring|[Tt]hroughout|[Bb]efore|[Aa]fter|[Ee]arly|[Ll]ate|[Bb]y)${S}|mid-))${LONE_YEAR}` +
    String.raw`|(?=[12])(?<=\b(?:[Tt]he|an?|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[Oo]ur)${S})${LONE_YEAR}(?=${S}[a-z])` +
    String.raw`|${YEAR}(?=['’]s\b))`,
];

/**
 * The words a date can start with, taken alternative by alternative above: a match starts
 * with a digit or with one of these, followed by something other than a letter. Without this
 * guard the engine tries every alternative at every word with a listed first letter ("the",
 * "said", "more"), which was most of the scanning time. Both cases are allowed for every
 * word: a few more tries, never a lost match. A word added at the start of an alternative
 * must be added here too (the test "never loses a match to the start guards" fails otherwise).
 */
const FIRST_WORDS = [
  "on", "in", "over", "during", "for", "the", "mid",
  "last", "next", "this", "early", "late", "earlier", "later", "past", "previous", "following", "coming",
  "yesterday", "today", "tonight", "tomorrow", "recent", "recently",
  ...NUMBER_WORDS.keys(), "few", "couple", "several", "many", "some",
  "days", "weeks", "months", "years",
  ...WEEKDAYS.keys(), ...MONTHS.keys(),
];

/**
 * `(?:[Oo](?:ver|n)|[Tt](?:omorrow|...|he)|...)`: grouped by first letter, so a word that
 * starts with none of them is turned away by one class test instead of one test per word.
 */
function wordsByFirstLetter(words: readonly string[]): string {
  const byLetter = new Map<string, Set<string>>();
  for (const word of words) {
    const rests = byLetter.get(word[0]!) ?? new Set<string>();
    rests.add(word.slice(1));
    byLetter.set(word[0]!, rests);
  }
  const groups = [...byLetter].map(([letter, rests]) => {
    const longestFirst = [...rests].sort((a, b) => b.length - a.length);
    return `[${letter.toUpperCase()}${letter}](?:${longestFirst.join("|")})`;
  });
  return `(?:${groups.join("|")})`;
}

/**
 * The first letters of those words, in both cases, and digits: one class test turns away most
 * word starts before the word guard below is tried at all.
 */
const FIRST_CHARACTER = `(?=[${[...new Set(FIRST_WORDS.map((word) => word[0]!))].map((letter) => letter.toUpperCase() + letter).join("")}0-9])`;

const FIRST_WORD = String.raw`(?=\d|${wordsByFirstLetter(FIRST_WORDS)}(?![A-Za-z]))`;

const ANY_ALTERNATIVE = `(?:${ALTERNATIVES.join("|")})`;
const NAMED_SOURCE = String.raw`\b${FIRST_CHARACTER}${FIRST_WORD}${ANY_ALTERNATIVE}`;

/**
 * The named groups above, in the order they open. The pattern is compiled with them unnamed:
 * with names V8 builds a groups object for every match, which cost more than the matching
 * of most sentences. Checked against the source when the module loads.
 */
const GROUP_NAMES = [
  "cOn", "cWd", "cM1", "cD1", "cD2", "cM2", "cY", "iso", "wPre", "wd", "wTime", "deictic", "aDir", "dba", "dbaRel",
  "kNum", "kUnit", "kDir", "vague",
] as const;
type Groups = Record<(typeof GROUP_NAMES)[number], string | undefined>;

function withoutGroupNames(source: string): string {
  const named = [...source.matchAll(/\(\?<([A-Za-z]\w*)>/g)].map((m) => m[1]);
  // Every capturing group must be one of the named ones, or the numbers below would shift.
  const capturing = source.match(/(?<!\\)\((?!\?)/g)?.length ?? 0;
  if (named.join() !== GROUP_NAMES.join() || capturing !== 0) throw new Error("date pattern groups out of step with GROUP_NAMES");
  return source.replace(/\(\?<[A-Za-z]\w*>/g, "(");
}

const DATE_EXPRESSION = new RegExp(withoutGroupNames(NAMED_SOURCE), "g");

/**
 * The scanning pattern with and without its start guards, for the test that the guards only
 * skip places where no alternative could match. Not for scanning: the unguarded one is slow.
 */
export const datePatternSources = {
  guarded: DATE_EXPRESSION.source,
  unguarded: withoutGroupNames(String.raw`\b${ANY_ALTERNATIVE}`),
};

/** A match's groups by name, as `match.groups` would give them (numbered as in GROUP_NAMES). */
function groupsOf(m: RegExpExecArray): Groups {
  return {
    cOn: m[1], cWd: m[2], cM1: m[3], cD1: m[4], cD2: m[5], cM2: m[6], cY: m[7], iso: m[8], wPre: m[9], wd: m[10],
    wTime: m[11], deictic: m[12], aDir: m[13], dba: m[14], dbaRel: m[15], kNum: m[16], kUnit: m[17], kDir: m[18],
    vague: m[19],
  };
}

/**
 * Every alternative above needs one of these: a digit, a month, or a word for a day, a part
 * of one or a period (weekday names end in "day"; "Days later" and "This morning" count).
 * Testing for them first skips most sentences at a fraction of the full pattern's cost. The
 * digit is asked apart: a lone class scans faster, and most sentences that pass have one.
 */
const HOLDS_DIGIT = /\d/;
const HOLDS_DATE_WORD =
  /[Dd]ay|[Nn]ight|[Ww]eek|[Mm]onth|[Yy]ear|[Hh]our|run-up|ago|ecent|orrow|morning|afternoon|evening|spring|summer|autumn|fall|winter|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec/;

/** Whether `part` may hold a date expression at all: false means the full pattern finds none. */
export function mayHoldDate(part: string): boolean {
  return HOLDS_DIGIT.test(part) || HOLDS_DATE_WORD.test(part);
}

// Lower-case words after which a date is not qualifying a noun: prepositions, conjunctions,
// pronouns, auxiliaries, adverbs. "met Saturday with" is adverbial, "Sunday demonstrations" is not.
const NOT_A_NOUN = new Set(
  (
    "in on at with for to from by after before during since until till as amid amidst when while and or nor but " +
    "that which who whom whose where than of through throughout into onto against near outside inside under over " +
    "about across following according around along between among toward towards without within upon per via ahead " +
    "up down off out is was were are will would shall should can could may might must has had have be been being " +
    "do does did said says told it he she they we you i there here this these those then also again alone " +
    "morning afternoon evening night the a an his her its their our my your so if because despite only even just " +
    "still already not never too yet once now later earlier soon ago"
  ).split(" "),
);

const DETERMINERS = new Set(["a", "an", "the", "its", "their", "his", "her", "our", "this", "that"]);

function isLetter(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90);
}

/** The lower-case word right after `end` (one blank between), or "" when something else follows. */
function wordAfter(text: string, end: number): string {
  if (end >= text.length || (text[end] !== " " && text[end] !== "\u00a0")) return "";
  let i = end + 1;
  while (i < text.length && i - end < 40) {
    const code = text.charCodeAt(i);
    if (!(code >= 97 && code <= 122) && !(code === 45 && i > end + 1)) break;
    i++;
  }
  if (i === end + 1 || (i < text.length && isLetter(text.charCodeAt(i)))) return "";
  return text.slice(end + 1, i);
}

/** The word right before `start` (after skipping blanks), lower-cased. */
function wordBefore(text: string, start: number): string {
  let i = start;
  while (i > 0 && (text[i - 1] === " " || text[i - 1] === "\u00a0")) i--;
  const end = i;
  while (i > 0 && end - i < 12 && isLetter(text.charCodeAt(i - 1))) i--;
  return text.slice(i, end).toLowerCase();
}

function isPossessive(text: string, end: number): boolean {
  return (text[end] === "'" || text[end] === "’") && text[end + 1] === "s" && !isLetter(text.charCodeAt(end + 2) || 0);
}

function roleOf(text: string, start: number, end: number): "adverbial" | "modifier" {
  if (isPossessive(text, end)) return "modifier";
  const next = wordAfter(text, end);
  if (next === "" || NOT_A_NOUN.has(next)) return "adverbial";
  // "police Saturday detained ...": a verb, not a noun, follows — unless a determiner shows
  // the date sits inside a noun phrase ("the Aug. 9 disputed vote").
  if (DETERMINERS.has(wordBefore(text, start))) return "modifier";
  return /(?:ed|ly)$/.test(next) ? "adverbial" : "modifier";
}

const CLAUSE_END =
  /^\s*(?:[.,;:!?)\]"'”’—–-]|$)|^\s+(?:in|at|on|with|and|but|amid|during|near|outside|inside|across|as|from|for|to)\b/;

/** A standalone "the day before" or "two days after", not a link to a following clause or noun phrase. */
function endsClause(text: string, end: number): boolean {
  return CLAUSE_END.test(text.slice(end, end + 12));
}

function countOf(word: string): number {
  return NUMBER_WORDS.get(word.toLowerCase()) ?? Number(word);
}

interface Parsed {
  anchor?: DateAnchor;
  precision: "day" | "vague";
  /** Led by "on" or "in": adverbial whatever follows. */
  prepositional: boolean;
  /** Starts with a phrase ("the previous day") that cannot modify a noun except as a possessive. */
  fixedPhrase: boolean;
}

function parseMatch(g: Groups, text: string, end: number): Parsed | undefined {
  const cMonth = g.cM1 ?? g.cM2;
  if (cMonth !== undefined) {
    const month = monthNumber(cMonth)!;
    const day = Number.parseInt((g.cD1 ?? g.cD2)!, 10);
    const year = g.cY === undefined ? undefined : Number(g.cY);
    if (day > 31) return undefined;
    const anchor: DateAnchor = year === undefined ? { kind: "calendar", month, day } : { kind: "calendar", month, day, year };
    return { anchor, precision: "day", prepositional: g.cOn !== undefined, fixedPhrase: false };
  }
  if (g.iso !== undefined) {
    if (!isIsoDay(g.iso)) return undefined;
    const anchor: DateAnchor = {
      kind: "calendar",
      year: Number(g.iso.slice(0, 4)),
      month: Number(g.iso.slice(5, 7)),
      day: Number(g.iso.slice(8, 10)),
    };
    return { anchor, precision: "day", prepositional: false, fixedPhrase: false };
  }
  if (g.wd !== undefined) {
    const weekday = weekdayNumber(g.wd)!;
    const pre = g.wPre?.toLowerCase();
    const direction = pre === "last" ? "last" : pre === "next" ? "next" : "nearest";
    // "Sunday demonstrations have repeatedly brought out crowds": a weekday before a plural
    // noun is a habit, not one day.
    if (pre === undefined && g.wTime === undefined && !isPossessive(text, end)) {
      const next = wordAfter(text, end);
      if (next.length > 3 && next.endsWith("s") && !next.endsWith("ss") && !NOT_A_NOUN.has(next)) {
        return { precision: "vague", prepositional: false, fixedPhrase: false };
      }
    }
    return { anchor: { kind: "weekday", weekday, direction }, precision: "day", prepositional: pre === "on", fixedPhrase: pre === "last" || pre === "next" };
  }
  if (g.deictic !== undefined) {
    const word = g.deictic.toLowerCase();
    const days = word === "yesterday" || word.startsWith("last") ? -1 : word === "tomorrow" ? 1 : 0;
    return { anchor: { kind: "offset", days }, precision: "day", prepositional: false, fixedPhrase: true };
  }
  if (g.aDir !== undefined) {
    const days = g.aDir === "same" ? 0 : g.aDir === "next" || g.aDir === "following" ? 1 : -1;
    return { anchor: { kind: "offset", days }, precision: "day", prepositional: false, fixedPhrase: true };
  }
  if (g.dba !== undefined) {
    let days = g.dba === "before" ? -1 : 1;
    if (g.dbaRel !== undefined) days += g.dbaRel === "yesterday" ? -1 : 1;
    // "the day before the election": a link to an event of unknown date (see dayOffsetOfConnective).
    else if (!endsClause(text, end)) return undefined;
    return { anchor: { kind: "offset", days }, precision: "day", prepositional: false, fixedPhrase: true };
  }
  if (g.kNum !== undefined) {
    const dir = g.kDir!;
    if ((dir === "before" || dir === "after" || dir === "prior") && !endsClause(text, end)) return undefined;
    const unit = g.kUnit!;
    if (unit.startsWith("month") || unit.startsWith("year")) {
      return { precision: "vague", prepositional: false, fixedPhrase: true };
    }
    const back = dir === "earlier" || dir === "ago" || dir === "before" || dir === "prior" || dir === "previously" || dir === "beforehand";
    const days = countOf(g.kNum) * (unit.startsWith("week") ? 7 : 1) * (back ? -1 : 1);
    return { anchor: { kind: "offset", days }, precision: "day", prepositional: false, fixedPhrase: true };
  }
  if (g.vague !== undefined) {
    const first = g.vague.slice(0, 3).toLowerCase();
    return { precision: "vague", prepositional: first === "in " || first === "in\u00a0", fixedPhrase: false };
  }
  return undefined;
}

/**
 * All date expressions in text[range), with absolute spans, in text order. `context.tense`
 * applies to the whole range, so pass a clause when tenses differ within a sentence.
 */
export function findDateMentions(text: string, range: Span, context: DateContext = {}): DateMention[] {
  const mentions: DateMention[] = [];
  // Scanning the slice keeps matches (and lookbehinds) inside the range.
  const part = range.start === 0 && range.end === text.length ? text : text.slice(range.start, range.end);
  if (!mayHoldDate(part)) return mentions;
  const tense = context.tense ?? "past";
  const relativeReference = context.referenceDate ?? context.articleDate;
  const yearReference = context.articleDate ?? context.referenceDate;
  const pattern = DATE_EXPRESSION;
  pattern.lastIndex = 0;
  for (let m = pattern.exec(part); m !== null; m = pattern.exec(part)) {
    const start = m.index;
    const end = start + m[0].length;
    const parsed = parseMatch(groupsOf(m), part, end);
    if (parsed === undefined) {
      pattern.lastIndex = start + 1;
      continue;
    }
    let role: DateMention["role"];
    if (parsed.prepositional) role = "adverbial";
    else if (parsed.fixedPhrase) role = isPossessive(part, end) ? "modifier" : "adverbial";
    else role = roleOf(part, start, end);
    const mention: DateMention = {
      span: { start: range.start + start, end: range.start + end },
      raw: m[0],
      precision: parsed.precision,
      role,
    };
    if (parsed.anchor !== undefined) {
      mention.anchor = parsed.anchor;
      const reference = parsed.anchor.kind === "calendar" ? yearReference : relativeReference;
      const date = resolveMentionDate(parsed, reference, tense);
      if (date !== undefined) mention.date = date;
    }
    mentions.push(mention);
  }
  pattern.lastIndex = 0;
  return mentions;
}
