import { describe, expect, it } from "vitest";
import { resolveMentionDate, resolveWeekday } from "../../../../src/core/dates/resolve-mention-date.ts";

// 2020-09-14 is a Monday; 0 Sunday .. 6 Saturday.
const MONDAY = "2020-09-14";

describe("resolveWeekday", () => {
  it("'Saturday' in a past clause of Monday 2020-09-14 is 2020-09-12", () => {
    expect(resolveWeekday(MONDAY, 6, "nearest", "past")).toBe("2020-09-12");
  });
  it("'Saturday' in a future clause of Monday 2020-09-14 is 2020-09-19", () => {
    expect(resolveWeekday(MONDAY, 6, "nearest", "future")).toBe("2020-09-19");
  });
  it("'Friday' in a present clause looks forward", () => {
    expect(resolveWeekday(MONDAY, 5, "nearest", "present")).toBe("2020-09-18");
  });
  it.each(["past", "present", "future"] as const)("'Monday' on a Monday is that day in the %s", (tense) => {
    expect(resolveWeekday(MONDAY, 1, "nearest", tense)).toBe(MONDAY);
  });
  it("'last Monday' on a Monday is a week before", () => {
    expect(resolveWeekday(MONDAY, 1, "last", "past")).toBe("2020-09-07");
  });
  it("'last Sunday' on a Monday is the day before, whatever the tense", () => {
    expect(resolveWeekday(MONDAY, 0, "last", "future")).toBe("2020-09-13");
  });
  it("'next Monday' on a Monday is a week after", () => {
    expect(resolveWeekday(MONDAY, 1, "next", "past")).toBe("2020-09-21");
  });
  it("'next Tuesday' on a Monday is the day after", () => {
    expect(resolveWeekday(MONDAY, 2, "next", "past")).toBe("2020-09-15");
  });
  it("crosses a month boundary backwards", () => {
    expect(resolveWeekday("2020-10-01", 6, "nearest", "past")).toBe("2020-09-26");
  });
});

describe("resolveMentionDate", () => {
  it("counts an offset from the reference it is given", () => {
    expect(resolveMentionDate({ anchor: { kind: "offset", days: -1 } }, "2020-09-02")).toBe("2020-09-01");
  });
  it("gives nothing for an offset without a reference", () => {
    expect(resolveMentionDate({ anchor: { kind: "offset", days: -1 } }, undefined)).toBeUndefined();
  });
  it("keeps an explicit year", () => {
    expect(resolveMentionDate({ anchor: { kind: "calendar", month: 3, day: 3, year: 2019 } }, "2020-09-02")).toBe("2019-03-03");
  });
  it("puts a yearless date in the year nearest the reference", () => {
    expect(resolveMentionDate({ anchor: { kind: "calendar", month: 12, day: 30 } }, "2021-01-02")).toBe("2020-12-30");
  });
  it("gives nothing for a yearless date without a reference", () => {
    expect(resolveMentionDate({ anchor: { kind: "calendar", month: 12, day: 30 } }, undefined)).toBeUndefined();
  });
  it("gives nothing for an impossible calendar date", () => {
    expect(resolveMentionDate({ anchor: { kind: "calendar", month: 2, day: 30, year: 2020 } }, undefined)).toBeUndefined();
  });
  it("gives nothing for a mention without an anchor (vague)", () => {
    expect(resolveMentionDate({}, "2020-09-02")).toBeUndefined();
  });
  it("resolves a weekday with the tense it is given", () => {
    const mention = { anchor: { kind: "weekday", weekday: 4, direction: "nearest" } as const };
    expect(resolveMentionDate(mention, "2020-09-14", "past")).toBe("2020-09-10");
    expect(resolveMentionDate(mention, "2020-09-14", "future")).toBe("2020-09-17");
  });
  it("takes the past by default, as news mostly reports it", () => {
    expect(resolveMentionDate({ anchor: { kind: "weekday", weekday: 4, direction: "nearest" } }, "2020-09-14")).toBe("2020-09-10");
  });
});
