/** Plain-text renderings of claim fields for the seed-claims table. */
import type { Quantity } from "../../../claim-schemas/claim-set.ts";

const numberFormat = new Intl.NumberFormat("en", { maximumFractionDigits: 2 });

const UNIT_LABELS: Record<string, string> = { percent: "%" };

function withUnit(value: string, unit: string | undefined): string {
  if (unit === undefined) return value;
  const label = UNIT_LABELS[unit];
  return label !== undefined ? `${value}${label}` : `${value} ${unit}`;
}

/** The normalised side of a quantity: "128", "120–∞", "100,000–999,999 percent", "?". */
export function quantityValue(quantity: Quantity): string {
  if (quantity.value !== undefined) {
    const value = numberFormat.format(quantity.value);
    return withUnit(quantity.ordinal === true ? `#${value}` : value, quantity.unit);
  }
  if (quantity.low !== undefined || quantity.high !== undefined) {
    const low = quantity.low !== undefined ? numberFormat.format(quantity.low) : "…";
    const high = quantity.high !== undefined ? numberFormat.format(quantity.high) : "…";
    return withUnit(`${low}–${high}`, quantity.unit);
  }
  return withUnit("?", quantity.unit);
}

/** "YYYY-MM-DD" as "2 September 2020", read as a calendar day (no time-zone shift). */
export function formatDay(iso: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return iso;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" }).format(date);
}

export function formatScore(score: number): string {
  return score.toFixed(2);
}
