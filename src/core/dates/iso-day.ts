/**
 * Calendar arithmetic on plain ISO days ("YYYY-MM-DD"). Everything goes through Date.UTC so
 * the host's time zone can never move a date by a day.
 */

const MS_PER_DAY = 86_400_000;

function pad(n: number, width: number): string {
  return String(n).padStart(width, "0");
}

function fromMs(ms: number): string {
  const d = new Date(ms);
  return `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1, 2)}-${pad(d.getUTCDate(), 2)}`;
}

function toMs(iso: string): number {
  return Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10)));
}

/** The ISO day for a year, month (1..12) and day, or undefined when no such day exists (31 June). */
export function isoDay(year: number, month: number, day: number): string | undefined {
  const ms = dayMs(year, month, day);
  return ms === undefined ? undefined : fromMs(ms);
}

/** The UTC midnight of the day isoDay names, or undefined when it names none. */
function dayMs(year: number, month: number, day: number): number | undefined {
  if (!Number.isInteger(year) || year < 1000 || year > 9999) return undefined;
  if (month < 1 || month > 12 || day < 1 || day > 31) return undefined;
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCMonth() === month - 1 && d.getUTCDate() === day ? d.getTime() : undefined;
}

/** True for a well-formed ISO day that exists on the calendar. */
export function isIsoDay(iso: string): boolean {
  if (!/^\d{4}-\d\d-\d\d$/.test(iso)) return false;
  return isoDay(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)), Number(iso.slice(8, 10))) === iso;
}

export function shiftDays(iso: string, days: number): string {
  return fromMs(toMs(iso) + days * MS_PER_DAY);
}

/** 0 (Sunday) .. 6 (Saturday), as Date.getUTCDay. */
export function weekdayOf(iso: string): number {
  return new Date(toMs(iso)).getUTCDay();
}

/** Whole days from a to b: positive when b is later. */
export function daysBetween(a: string, b: string): number {
  return Math.round((toMs(b) - toMs(a)) / MS_PER_DAY);
}

/**
 * A month and day without a year, placed in the year that brings it nearest the reference:
 * "Dec. 30" written on 2021-01-02 is 2020-12-30. A tie (half a year either way) goes to the
 * past, because news mostly reports what has happened.
 */
export function nearestDayInYear(month: number, day: number, reference: string): string | undefined {
  const year = Number(reference.slice(0, 4));
  const referenceMs = toMs(reference);
  // Compared as times, formatted once: the same as comparing isoDay strings by daysBetween.
  let best: number | undefined;
  let bestDistance = Infinity;
  for (const candidateYear of [year - 1, year, year + 1]) {
    const candidate = dayMs(candidateYear, month, day);
    if (candidate === undefined) continue;
    const distance = Math.abs(Math.round((candidate - referenceMs) / MS_PER_DAY));
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best === undefined ? undefined : fromMs(best);
}
