/**
 * Calendar arithmetic on plain ISO days ("YYYY-MM-DD"), as whole day numbers (days since
 * 1970-01-01) on the proleptic Gregorian calendar, the one Date uses. No Date and no time of
 * day, so the host's time zone can never move a date; and day numbers are integer sums, where
 * a Date was made and read back field by field for every date an article mentions.
 */

function pad(n: number, width: number): string {
  return String(n).padStart(width, "0");
}

/**
 * The day number of a year, month (1..12) and day: Howard Hinnant's days_from_civil, counting
 * in 400-year eras that start on 1 March, so the leap day is the last day of its year.
 */
function dayNumber(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

/** The ISO day of a day number: civil_from_days, the inverse of dayNumber. */
function fromDayNumber(days: number): string {
  const z = days + 719_468;
  const era = Math.floor(z / 146_097);
  const dayOfEra = z - era * 146_097;
  const yearOfEra = Math.floor((dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36_524) - Math.floor(dayOfEra / 146_096)) / 365);
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const shiftedMonth = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * shiftedMonth + 2) / 5) + 1;
  const month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

/**
 * The day number of an ISO day this module wrote or checked. Days and shifts are whole
 * numbers: a fraction of a day, which Date turned into hours, has no meaning here.
 */
function toDayNumber(iso: string): number {
  return dayNumber(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)), Number(iso.slice(8, 10)));
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** The ISO day for a year, month (1..12) and day, or undefined when no such day exists (31 June). */
export function isoDay(year: number, month: number, day: number): string | undefined {
  const days = checkedDayNumber(year, month, day);
  return days === undefined ? undefined : fromDayNumber(days);
}

/** The day number of the day isoDay names, or undefined when it names none. */
function checkedDayNumber(year: number, month: number, day: number): number | undefined {
  if (!Number.isInteger(year) || year < 1000 || year > 9999) return undefined;
  if (!Number.isInteger(month) || !Number.isInteger(day) || month < 1 || month > 12 || day < 1) return undefined;
  const monthLength = month === 2 && isLeapYear(year) ? 29 : DAYS_IN_MONTH[month - 1]!;
  return day <= monthLength ? dayNumber(year, month, day) : undefined;
}

/** The days isIsoDay accepts, as a date input's `min` and `max`, and in words for a refusal. */
export const ISO_DAY_RANGE = { min: "1000-01-01", max: "9999-12-31" } as const;
export const NOT_AN_ISO_DAY = "The date must be a real day from the year 1000 on, written YYYY-MM-DD.";

/** True for a well-formed ISO day that exists on the calendar. */
export function isIsoDay(iso: string): boolean {
  if (!/^\d{4}-\d\d-\d\d$/.test(iso)) return false;
  return isoDay(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)), Number(iso.slice(8, 10))) === iso;
}

export function shiftDays(iso: string, days: number): string {
  return fromDayNumber(toDayNumber(iso) + days);
}

/** 0 (Sunday) .. 6 (Saturday), as Date.getUTCDay. */
export function weekdayOf(iso: string): number {
  // Day 0, 1 January 1970, was a Thursday.
  return (((toDayNumber(iso) + 4) % 7) + 7) % 7;
}

/** Whole days from a to b: positive when b is later. */
export function daysBetween(a: string, b: string): number {
  return toDayNumber(b) - toDayNumber(a);
}

/**
 * A month and day without a year, placed in the year that brings it nearest the reference:
 * "Dec. 30" written on 2021-01-02 is 2020-12-30. A tie (half a year either way) goes to the
 * past, because news mostly reports what has happened.
 */
export function nearestDayInYear(month: number, day: number, reference: string): string | undefined {
  const year = Number(reference.slice(0, 4));
  const referenceDay = toDayNumber(reference);
  // Compared as day numbers, formatted once.
  let best: number | undefined;
  let bestDistance = Infinity;
  for (const candidateYear of [year - 1, year, year + 1]) {
    const candidate = checkedDayNumber(candidateYear, month, day);
    if (candidate === undefined) continue;
    const distance = Math.abs(candidate - referenceDay);
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best === undefined ? undefined : fromDayNumber(best);
}
