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
