/**
 * JSON output: the claim set pretty-printed (two-space indent), and sentence boundaries as
 * an array with one sentence per line — valid JSON that still reads well and greps by line.
 */
import type { ClaimSet } from "../../../claim-schemas/claim-set.ts";

export function claimSetToJson(claimSet: ClaimSet): string {
  return `${JSON.stringify(claimSet, null, 2)}\n`;
}

export function arrayToJsonOnePerLine(items: readonly unknown[]): string {
  if (items.length === 0) return "[]\n";
  return `[\n${items.map((item) => `  ${JSON.stringify(item)}`).join(",\n")}\n]\n`;
}
