/**
 * A figure as the set of values it allows, and the scale it is on. The one place the rules
 * live (tests/unit/core/compare/figure-interval.test.ts checks each):
 *
 *   qualifier      example                    interval
 *   exact          "128"                      [128, 128]
 *   approximately  "some 200", "about 200"    [180, 220]         (±10%)
 *   more-than      "more than 120", "over"    (120, ∞)
 *   at-least       "at least eight"           [8, ∞)
 *   fewer-than     "fewer than 50"            [0, 50)
 *   at-most        "up to 1,500"              [0, 1500]
 *   range          "between 10 and 20"        [10, 20]
 *   vague          "several dozen"            the extractor's low and high: [24, 100];
 *                  "hundreds of thousands"    [200,000, 999,999]; no bounds: not comparable
 *
 * Scales keep unlike figures apart — two figures compare only on the same scale: counts of
 * things ("count"), "percent", "percentage points", ages ("age:years", "age:months"), money
 * per currency ("money:GBP"), durations per unit ("duration:years"), other measures per unit
 * ("measure:km"), and ordinals ("ordinal": "a sixth term" is 6 on a scale of its own).
 */
import type { Quantity } from "../../../claim-schemas/claim-set.ts";

export interface FigureInterval {
  low: number;
  /** Infinity when the figure has no upper bound. */
  high: number;
  lowOpen: boolean;
  highOpen: boolean;
  scale: string;
}

export const APPROXIMATE_MARGIN = 0.1;

const DURATIONS = new Set(["seconds", "minutes", "hours", "days", "weeks", "months", "years", "decades", "centuries"]);

export function scaleOf(quantity: Quantity): string {
  if (quantity.ordinal === true) return "ordinal";
  const unit = quantity.unit;
  if (unit === undefined) return "count";
  if (unit === "percent" || unit === "percentage points") return unit;
  if (unit === "age") return `age:${quantity.counted ?? "years"}`;
  if (/^[A-Z]{3}$/.test(unit)) return `money:${unit}`;
  if (DURATIONS.has(unit)) return `duration:${unit}`;
  return `measure:${unit}`;
}

/** The values a figure allows; undefined when it gives no number to compare (a vague amount without bounds). */
export function toInterval(quantity: Quantity): FigureInterval | undefined {
  const scale = scaleOf(quantity);
  const { value, low, high } = quantity;
  const closed = (from: number, to: number): FigureInterval => ({ low: from, high: to, lowOpen: false, highOpen: false, scale });
  switch (quantity.qualifier) {
    case "exact":
      return value === undefined ? undefined : closed(value, value);
    case "approximately":
      return value === undefined ? undefined : closed(value * (1 - APPROXIMATE_MARGIN), value * (1 + APPROXIMATE_MARGIN));
    case "more-than":
      return value === undefined ? undefined : { low: value, high: Infinity, lowOpen: true, highOpen: true, scale };
    case "at-least":
      return value === undefined ? undefined : { low: value, high: Infinity, lowOpen: false, highOpen: true, scale };
    case "fewer-than":
      return value === undefined ? undefined : { low: 0, high: value, lowOpen: false, highOpen: true, scale };
    case "at-most":
      return value === undefined ? undefined : closed(0, value);
    case "range":
    case "vague":
      if (low !== undefined && high !== undefined) return closed(low, high);
      return value === undefined ? undefined : closed(value, value);
  }
}

export type FigureRelation = "consistent" | "conflicting" | "refines";

/** Do two intervals share a value? Open ends do not touch: (120, ∞) and [120, 120] are disjoint. */
export function overlaps(a: FigureInterval, b: FigureInterval): boolean {
  if (a.high < b.low || b.high < a.low) return false;
  if (a.high === b.low) return !a.highOpen && !b.lowOpen;
  if (b.high === a.low) return !b.highOpen && !a.lowOpen;
  return true;
}

/** Is `inner` inside `outer` and strictly tighter? */
export function refines(inner: FigureInterval, outer: FigureInterval): boolean {
  const lowInside = inner.low > outer.low || (inner.low === outer.low && (inner.lowOpen || !outer.lowOpen));
  const highInside = inner.high < outer.high || (inner.high === outer.high && (inner.highOpen || !outer.highOpen));
  const tighter = inner.low !== outer.low || inner.high !== outer.high || inner.lowOpen !== outer.lowOpen || inner.highOpen !== outer.highOpen;
  return lowInside && highInside && tighter;
}

/**
 * How two figures on the same scale stand: one refines the other (it lies inside it and is
 * tighter: "128" refines "more than 120"), they are consistent (they share a value) or they
 * conflict (no value satisfies both). Figures on different scales are not compared: undefined.
 */
export function relateFigures(a: FigureInterval, b: FigureInterval): FigureRelation | undefined {
  if (a.scale !== b.scale) return undefined;
  if (!overlaps(a, b)) return "conflicting";
  return refines(a, b) || refines(b, a) ? "refines" : "consistent";
}
