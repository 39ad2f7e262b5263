import { describe, expect, it } from "vitest";
import { dayOffsetOfConnective } from "../../../../src/core/dates/day-connectives.ts";

describe("dayOffsetOfConnective", () => {
  it.each([
    ["a day after", -1],
    ["one day after", -1],
    ["the day after", -1],
    ["A day after", -1],
    [", a day after", -1],
    ["a day following", -1],
    ["two days after", -2],
    ["3 days after", -3],
    ["a week after", -7],
    ["two weeks after", -14],
    ["a day before", 1],
    ["the day before", 1],
    ["three days before", 3],
    ["one day ahead of", 1],
    ["two days prior to", 2],
    ["the eve of", 1],
    ["on the eve of", 1],
    ["hours after", 0],
    ["just hours after", 0],
    ["a few hours before", 0],
    ["minutes after", 0],
    ["shortly after", 0],
    ["on the same day as", 0],
  ])("%j shifts the linked event by %i days", (phrase, offset) => {
    expect(dayOffsetOfConnective(phrase)).toBe(offset);
  });

  it.each(["after", "before", "days after", "weeks before", "since", "a month after", "the year before"])(
    "%j gives no distance",
    (phrase) => {
      expect(dayOffsetOfConnective(phrase)).toBeUndefined();
    },
  );

  it("tolerates extra blanks and a line break", () => {
    expect(dayOffsetOfConnective("  two\n days   after ")).toBe(-2);
  });
});
