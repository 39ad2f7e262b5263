/**
 * Turns what a date mention says ("Dec. 30", "the previous day", "last Friday") into an ISO
 * day, given the day it is counted from. Kept apart from finding mentions so a caller who
 * learns a better reference later (the date of the speech act in the same sentence: "... the
 * previous day, the ministry said on September 2") can resolve again without re-scanning.
 */
import { isoDay, nearestDayInYear, shiftDays, weekdayOf } from "./iso-day.ts";
import type { Tense } from "./tense.ts";

/** What a mention says about its day, before a reference date is known. */
export type DateAnchor =
  /** A calendar date; without a year it takes the year that puts it nearest the reference. */
  | { kind: "calendar"; month: number; day: number; year?: number }
  /** A number of days from the reference: "the previous day" is -1, "a week ago" -7. */
  | { kind: "offset"; days: number }
  /**
   * A weekday. "last" is strictly before the reference, "next" strictly after; "nearest"
   * is the reference itself when it falls on that weekday, else the tense decides.
   */
  | { kind: "weekday"; weekday: number; direction: "last" | "next" | "nearest" };

/** The day of a weekday (0 Sunday .. 6 Saturday) as seen from `reference`. */
export function resolveWeekday(
  reference: string,
  weekday: number,
  direction: "last" | "next" | "nearest",
  tense: Tense,
): string {
  const today = weekdayOf(reference);
  const back = (today - weekday + 7) % 7;
  const forward = (weekday - today + 7) % 7;
  if (direction === "last") return shiftDays(reference, -(back || 7));
  if (direction === "next") return shiftDays(reference, forward || 7);
  if (back === 0) return reference;
  // News reports the past; the present here is the progressive or scheduled present of an
  // arrangement ("is meeting Putin on Friday", "travels Friday"), which looks forward.
  return tense === "past" ? shiftDays(reference, -back) : shiftDays(reference, forward);
}

/**
 * The ISO day a mention stands for, counted from `reference` (usually the article's date);
 * undefined when the mention has no anchor (vague) or needs a reference that is missing.
 */
export function resolveMentionDate(
  mention: { anchor?: DateAnchor | undefined },
  reference: string | undefined,
  tense: Tense = "past",
): string | undefined {
  const anchor = mention.anchor;
  if (anchor === undefined) return undefined;
  switch (anchor.kind) {
    case "calendar":
      if (anchor.year !== undefined) return isoDay(anchor.year, anchor.month, anchor.day);
      return reference === undefined ? undefined : nearestDayInYear(anchor.month, anchor.day, reference);
    case "offset":
      return reference === undefined ? undefined : shiftDays(reference, anchor.days);
    case "weekday":
      return reference === undefined ? undefined : resolveWeekday(reference, anchor.weekday, anchor.direction, tense);
  }
}
