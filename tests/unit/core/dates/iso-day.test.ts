import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { daysBetween, isIsoDay, isoDay, nearestDayInYear, shiftDays, weekdayOf } from "../../../../src/core/dates/iso-day.ts";

describe("shiftDays", () => {
  it.each([
    ["2020-09-02", -1, "2020-09-01"],
    ["2020-09-01", -1, "2020-08-31"],
    ["2021-01-01", -1, "2020-12-31"],
    ["2020-12-31", 1, "2021-01-01"],
    ["2020-02-28", 1, "2020-02-29"],
    ["2021-02-28", 1, "2021-03-01"],
    ["2020-09-14", -7, "2020-09-07"],
    ["2020-09-14", 0, "2020-09-14"],
    ["2020-03-28", 2, "2020-03-30"],
  ])("%s shifted by %i is %s", (iso, days, expected) => {
    expect(shiftDays(iso, days)).toBe(expected);
  });

  it("does not lose a day across a daylight-saving change in any time zone", () => {
    let day = "2020-01-01";
    for (let i = 0; i < 366; i++) day = shiftDays(day, 1);
    expect(day).toBe("2021-01-01");
  });
});

describe("weekdayOf", () => {
  it.each([
    ["2020-09-14", 1],
    ["2020-09-12", 6],
    ["2020-09-13", 0],
    ["2020-09-02", 3],
    ["2000-01-01", 6],
  ])("%s falls on weekday %i", (iso, weekday) => {
    expect(weekdayOf(iso)).toBe(weekday);
  });
});

describe("isoDay", () => {
  it("pads month and day", () => expect(isoDay(2020, 9, 2)).toBe("2020-09-02"));
  it("rejects 31 June", () => expect(isoDay(2020, 6, 31)).toBeUndefined());
  it("accepts 29 February in a leap year", () => expect(isoDay(2024, 2, 29)).toBe("2024-02-29"));
  it("rejects 29 February in a common year", () => expect(isoDay(2021, 2, 29)).toBeUndefined());
  it("rejects month 13", () => expect(isoDay(2020, 13, 1)).toBeUndefined());
  it("rejects a month or day that is not a whole number", () => {
    expect(isoDay(2020, 2.5, 1)).toBeUndefined();
    expect(isoDay(2020, 2, 1.5)).toBeUndefined();
    expect(isoDay(2020, Number.NaN, 1)).toBeUndefined();
  });
});

describe("isIsoDay", () => {
  it("accepts a real day", () => expect(isIsoDay("2020-09-12")).toBe(true));
  it("rejects a day that does not exist", () => expect(isIsoDay("2020-02-30")).toBe(false));
  it("rejects a malformed string", () => expect(isIsoDay("2020-9-12")).toBe(false));
});

describe("daysBetween", () => {
  it("counts forward as positive", () => expect(daysBetween("2020-08-09", "2020-09-02")).toBe(24));
  it("counts backward as negative", () => expect(daysBetween("2021-01-02", "2020-12-30")).toBe(-3));
});

describe("nearestDayInYear", () => {
  it("puts Dec 30 written on 2021-01-02 in 2020", () => expect(nearestDayInYear(12, 30, "2021-01-02")).toBe("2020-12-30"));
  it("puts Jan 3 written on 2020-12-29 in 2021", () => expect(nearestDayInYear(1, 3, "2020-12-29")).toBe("2021-01-03"));
  it("keeps a date of the same season in the same year", () => expect(nearestDayInYear(8, 9, "2020-09-14")).toBe("2020-08-09"));
  it("finds the nearest leap year for 29 February", () => expect(nearestDayInYear(2, 29, "2021-01-10")).toBe("2020-02-29"));
  it("gives nothing for 29 February when no nearby year has one", () => expect(nearestDayInYear(2, 29, "2022-06-01")).toBeUndefined());
});

describe("day arithmetic against Date (the calendar it replaced)", () => {
  const MS_PER_DAY = 86_400_000;
  const viaDate = (ms: number) => new Date(ms).toISOString().slice(0, 10);
  const msOf = (iso: string) => Date.parse(`${iso}T00:00:00Z`);
  // Any day from the year 210 to 9800, so that a shift of up to 40,000 days (110 years) stays
  // in four-digit years, which toISOString writes without a sign. The years 0 to 99 are left
  // out on purpose: Date.UTC (which the old code used) reads them as 1900 to 1999.
  const anyDay = fc
    .integer({ min: Date.parse("0210-01-01T00:00:00Z") / MS_PER_DAY, max: Date.UTC(9800, 0, 1) / MS_PER_DAY })
    .map((days) => viaDate(days * MS_PER_DAY));

  it("shifts, counts and names weekdays as Date does", () => {
    fc.assert(
      fc.property(anyDay, fc.integer({ min: -40_000, max: 40_000 }), (iso, days) => {
        const shifted = viaDate(msOf(iso) + days * MS_PER_DAY);
        expect(shiftDays(iso, days)).toBe(shifted);
        expect(daysBetween(iso, shifted)).toBe(days);
        expect(weekdayOf(iso)).toBe(new Date(msOf(iso)).getUTCDay());
      }),
      { numRuns: 2000 },
    );
  });

  it("accepts exactly the days Date keeps as written", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1000, max: 9999 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }), (year, month, day) => {
        const date = new Date(Date.UTC(year, month - 1, day));
        const exists = month >= 1 && day >= 1 && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
        expect(isoDay(year, month, day)).toBe(exists ? date.toISOString().slice(0, 10) : undefined);
      }),
      { numRuns: 5000 },
    );
  });
});
