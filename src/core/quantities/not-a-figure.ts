/**
 * Numbers that are not figures: calendar years ("in 1994"), days of a date ("Aug. 9",
 * "12 September"), clock times ("10 a.m."), and numbers inside names and codes ("Route 66",
 * "No. 10", "Group of 20", "Windows 11"). Each check looks only at the tokens next to the
 * number, so the cost per number is constant.
 */
import { MONTHS } from "../dates/calendar-words.ts";
import { isPluralLooking } from "./counted-noun.ts";
import {
  hasCapital,
  isAllCapitals,
  isMark,
  isWord,
  lower,
  startsCapitalised,
  type Tokens,
  TokenKind,
  touchesNext,
} from "./tokens.ts";

/** Words before a four-digit number that make it a year: "in 2020", "the 2020 elections". */
const YEAR_BEFORE: ReadonlySet<string> = new Set(
  (
    "in since the of by from until till before after during between through circa early late mid spring " +
    "summer autumn fall winter year years season budget election elections census class"
  ).split(" "),
);

/** Words after a clock time. */
const TIME_AFTER: ReadonlySet<string> = new Set([
  "am", "pm", "gmt", "bst", "utc", "cet", "cest", "est", "edt", "pst", "pdt", "msk", "o'clock", "o’clock", "hrs",
]);

/**
 * Lower-case words that introduce a number in a name or code ("article 23", "page 5").
 * Capitalised words before a number are handled generally: "Route 66", "Boeing 737".
 */
const CODE_WORDS: ReadonlySet<string> = new Set(
  (
    "article articles section sections chapter clause paragraph page pages room flight route platform gate terminal " +
    "resolution highway interstate amendment exit pier precinct ward district apartment suite channel " +
    "version model number"
  ).split(" "),
);

/** Abbreviations that, with their dot, introduce a code: "No. 10", "Art. 23". */
const CODE_ABBREVIATIONS: ReadonlySet<string> = new Set([
  "no", "nos", "nr", "art", "sec", "para", "p", "pp", "vol", "ch", "fig", "tel", "ref",
]);

/**
 * Capitalised words that may stand before a figure without naming it: sentence-initial
 * prepositions and determiners ("In 2020", "About 200" is a qualifier and read before this).
 */
const FUNCTION_WORDS: ReadonlySet<string> = new Set(
  (
    "a an the and or but nor of in on at to for from by with about into over under after before during since until " +
    "across against among amid between through around near per via including than as that which who when while if so " +
    "this these those their his her its our your my all some only just another every each both nearly almost " +
    "roughly approximately around some more less fewer least most up down another other then now also still yet " +
    "there here they we he she it you i reportedly allegedly officially only even exactly precisely barely killing " +
    "including total"
  ).split(" "),
);

/** Names that take "of" before their number: "Group of 20", "Club of Rome" has none. */
const NAMES_WITH_OF: ReadonlySet<string> = new Set(["group", "club", "council", "committee", "gang", "band"]);

export function isMonthWord(tokens: Tokens, i: number): boolean {
  if (!isWord(tokens, i) || !startsCapitalised(tokens, i)) return false;
  return MONTHS.has(lower(tokens, i));
}

/** The word before token i, stepping over an abbreviation's dot: "Aug. 9" gives "Aug". */
function wordBefore(tokens: Tokens, i: number): number {
  if (isMark(tokens, i - 1, ".") && touchesNext(tokens, i - 2)) return i - 2;
  return i - 1;
}

/** "Aug. 9", "September 2", "12 September", "12th of September". */
export function isDayOfDate(tokens: Tokens, first: number, last: number, value: number): boolean {
  if (isMonthWord(tokens, wordBefore(tokens, first))) return true;
  if (!Number.isInteger(value) || value < 1 || value > 31) return false;
  if (isMonthWord(tokens, last + 1)) return true;
  return isWord(tokens, last + 1, "of") && isMonthWord(tokens, last + 2);
}

/** A bare four-digit number from 1000 to 2100 is a year unless it plainly counts things: "2000 people". */
export function isYear(tokens: Tokens, numberToken: number, start: number, last: number): boolean {
  const written = lower(tokens, numberToken);
  if (written.length !== 4 || written.charCodeAt(0) === 48) return false;
  const value = Number(written);
  if (!Number.isInteger(value) || value < 1000 || value > 2100) return false;
  const next = last + 1;
  const countsThings = isWord(tokens, next) && !hasCapital(tokens, next) && isPluralLooking(tokens, next);
  if (!countsThings) return true;
  const before = start - 1;
  return (isWord(tokens, before) && YEAR_BEFORE.has(lower(tokens, before))) || isPossessiveWord(tokens, before);
}

function isPossessiveWord(tokens: Tokens, i: number): boolean {
  if (!isWord(tokens, i)) return false;
  const word = lower(tokens, i);
  return word.endsWith("'s") || word.endsWith("’s");
}

/** "10 a.m.", "5pm", "17:30 GMT", "9 o'clock". */
export function isClockTime(tokens: Tokens, last: number): boolean {
  const next = last + 1;
  if (!isWord(tokens, next)) return false;
  const word = lower(tokens, next);
  if (TIME_AFTER.has(word)) return true;
  // "a.m." and "p.m." tokenise as a . m .
  return (word === "a" || word === "p") && touchesNext(tokens, next) && isMark(tokens, next + 1, ".") &&
    isWord(tokens, next + 2, "m");
}

/**
 * Numbers in names and codes: "Route 66", "Boeing 737", "iPhone 15", "No. 10",
 * "article 23", "Group of 20". `first` is the number's own first token.
 */
export function isInNameOrCode(tokens: Tokens, first: number, wordsFigure: boolean): boolean {
  const before = first - 1;
  if (before < 0) return false;
  if (isMark(tokens, before, ".") && touchesNext(tokens, before - 1) && isWord(tokens, before - 1)) {
    return CODE_ABBREVIATIONS.has(lower(tokens, before - 1));
  }
  if (isMark(tokens, before, "#") || isMark(tokens, before, "№")) return true;
  if (isWord(tokens, before, "of") && isWord(tokens, before - 1) && hasCapital(tokens, before - 1)) {
    return NAMES_WITH_OF.has(lower(tokens, before - 1));
  }
  if (tokens.kinds[before] !== TokenKind.Word) return false;
  const word = lower(tokens, before);
  if (!hasCapital(tokens, before)) return !wordsFigure && CODE_WORDS.has(word);
  if (FUNCTION_WORDS.has(word) || MONTHS.has(word) || isPossessiveWord(tokens, before)) return false;
  // Headline capitals ("POLICE HELD 128") are not names; short capitals are codes ("G 20", "MH 17").
  if (isAllCapitals(tokens, before) && word.length > 3) return false;
  // "Formula One", "Catch-22": a number word only belongs to a name when it is capitalised too.
  return !wordsFigure || startsCapitalised(tokens, first);
}
