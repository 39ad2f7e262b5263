import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Quantity } from "../../../../claim-schemas/claim-set.ts";
import { overlaps, relateFigures, scaleOf, toInterval, type FigureInterval } from "../../../../src/core/compare/figure-interval.ts";

function q(fields: Partial<Quantity>): Quantity {
  return { raw: "x", span: { start: 0, end: 1 }, qualifier: "exact", ...fields };
}

describe("figures as intervals", () => {
  it.each([
    [{ qualifier: "exact", value: 128 }, [128, 128, false, false]],
    [{ qualifier: "approximately", value: 200 }, [180, 220, false, false]],
    [{ qualifier: "more-than", value: 120 }, [120, Infinity, true, true]],
    [{ qualifier: "at-least", value: 8 }, [8, Infinity, false, true]],
    [{ qualifier: "fewer-than", value: 50 }, [0, 50, false, true]],
    [{ qualifier: "at-most", value: 1500 }, [0, 1500, false, false]],
    [{ qualifier: "range", low: 10, high: 20 }, [10, 20, false, false]],
    [{ qualifier: "vague", low: 24, high: 100 }, [24, 100, false, false]],
    [{ qualifier: "vague", low: 200_000, high: 999_999 }, [200_000, 999_999, false, false]],
  ] as const)("%o -> %o", (fields, [low, high, lowOpen, highOpen]) => {
    const interval = toInterval(q(fields as Partial<Quantity>))!;
    expect(interval).toMatchObject({ lowOpen, highOpen });
    expect(interval.low).toBeCloseTo(low, 6);
    if (Number.isFinite(high)) expect(interval.high).toBeCloseTo(high, 6);
    else expect(interval.high).toBe(Infinity);
  });

  it("gives no interval for a vague amount without bounds", () => {
    expect(toInterval(q({ qualifier: "vague" }))).toBeUndefined();
  });

  it("keeps unlike figures on their own scales", () => {
    expect(scaleOf(q({ value: 5 }))).toBe("count");
    expect(scaleOf(q({ value: 5, unit: "percent" }))).toBe("percent");
    expect(scaleOf(q({ value: 66, unit: "age", counted: "years" }))).toBe("age:years");
    expect(scaleOf(q({ value: 3, unit: "GBP" }))).toBe("money:GBP");
    expect(scaleOf(q({ value: 3, unit: "USD" }))).not.toBe(scaleOf(q({ value: 3, unit: "GBP" })));
    expect(scaleOf(q({ value: 26, unit: "years", counted: "years" }))).toBe("duration:years");
    expect(scaleOf(q({ value: 6, ordinal: true, counted: "term" }))).toBe("ordinal");
    expect(relateFigures(toInterval(q({ value: 5, unit: "percent" }))!, toInterval(q({ value: 5 }))!)).toBeUndefined();
  });
});

describe("relating two figures", () => {
  const of = (fields: Partial<Quantity>) => toInterval(q(fields))!;
  it("calls overlapping figures consistent, disjoint ones conflicting, and a tighter one inside refining", () => {
    expect(relateFigures(of({ value: 128 }), of({ qualifier: "more-than", value: 120 }))).toBe("refines");
    expect(relateFigures(of({ value: 128 }), of({ qualifier: "more-than", value: 7000 }))).toBe("conflicting");
    expect(relateFigures(of({ qualifier: "approximately", value: 200 }), of({ qualifier: "range", low: 150, high: 190 }))).toBe("consistent");
    // An open end does not touch: "more than 120" excludes 120.
    expect(relateFigures(of({ value: 120 }), of({ qualifier: "more-than", value: 120 }))).toBe("conflicting");
    expect(relateFigures(of({ value: 120 }), of({ qualifier: "at-least", value: 120 }))).toBe("refines");
  });

  const interval = fc
    .tuple(fc.integer({ min: 0, max: 1000 }), fc.integer({ min: 0, max: 1000 }), fc.boolean(), fc.boolean(), fc.boolean())
    .map(([a, b, lowOpen, highOpen, unbounded]): FigureInterval => {
      const low = Math.min(a, b);
      const high = unbounded ? Infinity : Math.max(a, b);
      // A point is closed; an open end needs room.
      return low === high ? { low, high, lowOpen: false, highOpen: false, scale: "count" } : { low, high, lowOpen, highOpen: highOpen || unbounded, scale: "count" };
    });

  it("is symmetric in overlap, and every figure is consistent with itself", () => {
    fc.assert(
      fc.property(interval, interval, (a, b) => {
        expect(overlaps(a, b)).toBe(overlaps(b, a));
        expect(relateFigures(a, a)).toBe("consistent");
        expect(relateFigures(a, b) === "conflicting").toBe(relateFigures(b, a) === "conflicting");
      }),
    );
  });
});
