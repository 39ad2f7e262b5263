/**
 * Month and weekday names as English news writes them ("Sept.", "Aug", "September"), shared
 * by date resolution and by quantity detection (which must not count "Aug. 9" or "2020").
 */

/** Month name or abbreviation (lower case, no dot) -> month number 1..12. */
export const MONTHS: ReadonlyMap<string, number> = new Map([
  ["january", 1], ["jan", 1],
  ["february", 2], ["feb", 2],
  ["march", 3], ["mar", 3],
  ["april", 4], ["apr", 4],
  ["may", 5],
  ["june", 6], ["jun", 6],
  ["july", 7], ["jul", 7],
  ["august", 8], ["aug", 8],
  ["september", 9], ["sept", 9], ["sep", 9],
  ["october", 10], ["oct", 10],
  ["november", 11], ["nov", 11],
  ["december", 12], ["dec", 12],
]);

/** Weekday name or abbreviation (lower case, no dot) -> 0 (Sunday) .. 6 (Saturday), as Date.getUTCDay. */
export const WEEKDAYS: ReadonlyMap<string, number> = new Map([
  ["sunday", 0], ["sun", 0],
  ["monday", 1], ["mon", 1],
  ["tuesday", 2], ["tue", 2], ["tues", 2],
  ["wednesday", 3], ["wed", 3],
  ["thursday", 4], ["thu", 4], ["thur", 4], ["thurs", 4],
  ["friday", 5], ["fri", 5],
  ["saturday", 6], ["sat", 6],
]);

/** A regex source matching any month name or abbreviation (with optional dot), longest first. */
export const MONTH_PATTERN = `(?:${[...MONTHS.keys()]
  .sort((a, b) => b.length - a.length)
  .map((name) => (name.length <= 4 && name !== "may" && name !== "june" && name !== "july" ? `${name}\\.?` : name))
  .join("|")})`;

/** Full weekday names only: abbreviations like "Sat" are too ambiguous in running text. */
export const WEEKDAY_PATTERN = "(?:Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)";

export function monthNumber(word: string): number | undefined {
  return MONTHS.get(word.toLowerCase().replace(/\.$/, ""));
}

export function weekdayNumber(word: string): number | undefined {
  return WEEKDAYS.get(word.toLowerCase().replace(/\.$/, ""));
}

/**
 * Case-sensitive month names for running text: capitalised, because lower-case "may" and
 * "march" are verbs and nouns. Abbreviations take an optional dot ("Sept.", "Aug").
 * Longest first so "September" is tried before "Sept" and "Sep".
 */
export const MONTH_NAME_PATTERN = `(?:${[...MONTHS.keys()]
  .sort((a, b) => b.length - a.length)
  .map((name) => {
    const capitalised = name[0]!.toUpperCase() + name.slice(1);
    return name.length <= 4 && name !== "may" && name !== "june" && name !== "july" ? `${capitalised}\\.?` : capitalised;
  })
  .join("|")})`;

/** Full month names only, for a month standing without a day, where "Jan" or "Mar" would be too weak a cue. */
export const FULL_MONTH_NAME_PATTERN =
  "(?:January|February|March|April|May|June|July|August|September|October|November|December)";

/** Small counts written as words, as in "two days earlier" or "three weeks ago". */
export const NUMBER_WORDS: ReadonlyMap<string, number> = new Map([
  ["a", 1], ["an", 1], ["one", 1], ["two", 2], ["three", 3], ["four", 4], ["five", 5],
  ["six", 6], ["seven", 7], ["eight", 8], ["nine", 9], ["ten", 10], ["eleven", 11], ["twelve", 12],
]);
