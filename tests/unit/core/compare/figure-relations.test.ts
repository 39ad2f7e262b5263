/**
 * How two figures stand, as properties over generated intervals, and the interval rules
 * applied to figures as the extractor reads them from text (so the two tables stay in step).
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Quantity } from "../../../../claim-schemas/claim-set.ts";
import { extractArticle } from "../../../../src/core/extract/extract-claim-set.ts";
import { overlaps, refines, relateFigures, toInterval, type FigureInterval } from "../../../../src/core/compare/figure-interval.ts";

// Ends from a small range, so that generated figures often share an end or are equal.
const interval = fc
  .tuple(fc.integer({ min: 0, max: 12 }), fc.integer({ min: 0, max: 12 }), fc.boolean(), fc.boolean(), fc.boolean())
  .map(([a, b, lowOpen, highOpen, unbounded]): FigureInterval => {
    const low = Math.min(a, b);
    const high = unbounded ? Infinity : Math.max(a, b);
    return low === high ? { low, high, lowOpen: false, highOpen: false, scale: "count" } : { low, high, lowOpen, highOpen: highOpen || unbounded, scale: "count" };
  });

/** Does the interval hold this value? */
function holds(figure: FigureInterval, value: number): boolean {
  const aboveLow = figure.lowOpen ? value > figure.low : value >= figure.low;
  const belowHigh = figure.highOpen ? value < figure.high : value <= figure.high;
  return aboveLow && belowHigh;
}

describe("relating figures: properties", () => {
  it("gives the same relation whichever figure comes first", () => {
    fc.assert(fc.property(interval, interval, (a, b) => relateFigures(a, b) === relateFigures(b, a)));
  });

  it("calls figures conflicting exactly when no value satisfies both", () => {
    // Every end is a whole number, so a shared value, if any, is a whole or a half.
    fc.assert(
      fc.property(interval, interval, (a, b) => {
        let shared = false;
        for (let value = 0; value <= 13 && !shared; value += 0.5) shared = holds(a, value) && holds(b, value);
        return (relateFigures(a, b) === "conflicting") === !shared;
      }),
    );
  });

  it("only says one refines the other when it lies inside it, is tighter, and not the other way round", () => {
    fc.assert(
      fc.property(interval, interval, (a, b) => {
        if (!refines(a, b)) return true;
        return overlaps(a, b) && !refines(b, a) && relateFigures(a, b) === "refines";
      }),
    );
  });

  it("finds a single value inside a wider figure refining it", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100 }), fc.integer({ min: 1, max: 100 }), fc.integer({ min: 1, max: 100 }), (value, below, above) => {
        const point: FigureInterval = { low: value, high: value, lowOpen: false, highOpen: false, scale: "count" };
        const wide: FigureInterval = { low: Math.max(0, value - below), high: value + above, lowOpen: false, highOpen: false, scale: "count" };
        return refines(point, wide) && !refines(wide, point);
      }),
    );
  });

  it("never relates figures on different scales", () => {
    fc.assert(fc.property(interval, interval, (a, b) => relateFigures(a, { ...b, scale: "percent" }) === undefined));
  });
});

/** The figures the extractor reads from one sentence, by their raw text. */
function figuresIn(sentence: string): Map<string, Quantity> {
  const { claims } = extractArticle({ raw: `date 2023-05-02\n${sentence}` });
  return new Map(claims.flatMap((claim) => claim.quantities).map((quantity) => [quantity.raw, quantity]));
}

function intervalOf(sentence: string, raw: string): FigureInterval {
  const quantity = figuresIn(sentence).get(raw);
  expect(quantity, `"${raw}" read from "${sentence}"`).toBeDefined();
  return toInterval(quantity!)!;
}

describe("intervals of figures read from text", () => {
  it.each([
    ["Hundreds of thousands of people marched in Warsaw.", "Hundreds of thousands", 200_000, 999_999],
    ["Several dozen people were injured.", "Several dozen", 24, 100],
    ["Some 200 people were injured.", "Some 200", 180, 220],
    ["Nearly 130 people were arrested.", "Nearly 130", 117, 143],
    ["A total of 128 people were held.", "128", 128, 128],
  ])("%s -> %s", (sentence, raw, low, high) => {
    const figure = intervalOf(sentence, raw);
    expect(figure.low).toBeCloseTo(low, 6);
    expect(figure.high).toBeCloseTo(high, 6);
    expect(figure.scale).toBe("count");
  });

  it("reads 'more than 120' as open above 120 with no upper bound", () => {
    expect(intervalOf("More than 120 people were detained.", "More than 120")).toEqual({ low: 120, high: Infinity, lowOpen: true, highOpen: true, scale: "count" });
  });

  it("finds an exact figure refining an approximate one", () => {
    const approximate = intervalOf("Some 200 people were injured.", "Some 200");
    const exact = intervalOf("Hospitals said 190 people were injured.", "190");
    expect(relateFigures(approximate, exact)).toBe("refines");
    expect(refines(exact, approximate)).toBe(true);
    expect(refines(approximate, exact)).toBe(false);
  });

  it("puts an age, a share, an amount of money and an ordinal each on its own scale", () => {
    expect(intervalOf("The 66-year-old leader spoke.", "66-year-old").scale).toBe("age:years");
    expect(intervalOf("Turnout was 61%.", "61%").scale).toBe("percent");
    expect(intervalOf("Profit fell to £3bn.", "£3bn").scale).toBe("money:GBP");
    expect(intervalOf("Profit fell to $3bn.", "$3bn").scale).toBe("money:USD");
    expect(intervalOf("The election gave him a sixth term in office.", "sixth")).toMatchObject({ low: 6, high: 6, scale: "ordinal" });
  });
});
