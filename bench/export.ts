/**
 * Scenario 5, export of 100,000 claims in Node: the claim set built from generated articles by
 * the real extractor (src/core/extract), exported with exportClaimSet as JSON and as CSV, each
 * timed with its peak memory (peak-memory.ts), beside the floor: a bare JSON.stringify of the
 * same claim set.
 */
import type { ClaimSet } from "../claim-schemas/claim-set.ts";
import { buildClaimSet } from "../src/core/extract/extract-claim-set.ts";
import { exportClaimSet } from "../src/io/export/export-claim-set.ts";
import { extractUntil } from "./node-scenarios.ts";
import { measurePeak } from "./peak-memory.ts";

export interface ExportBench {
  claims: number;
  /** "JSON.stringify" is the floor. */
  format: "JSON.stringify" | "json" | "csv";
  megabytes: number;
  seconds: number;
  peakMB: number;
}

export function exportClaimSetOf(claims: number): ClaimSet {
  const set = buildClaimSet(extractUntil(claims), { exportedAt: "2026-01-01T00:00:00.000Z" });
  set.claims = set.claims.slice(0, claims);
  return set;
}

export async function benchExport(claims = 100_000): Promise<ExportBench[]> {
  const set = exportClaimSetOf(claims);
  exportClaimSet({ ...set, claims: set.claims.slice(0, 500) }, "json"); // warm
  exportClaimSet({ ...set, claims: set.claims.slice(0, 500) }, "csv");
  const rows: ExportBench[] = [];
  const MB = 1024 * 1024;
  const floor = await measurePeak(() => JSON.stringify(set).length);
  rows.push({ claims: set.claims.length, format: "JSON.stringify", megabytes: floor.result / MB, seconds: floor.seconds, peakMB: floor.peakMB });
  for (const format of ["json", "csv"] as const) {
    const run = await measurePeak(() => exportClaimSet(set, format).text.length);
    rows.push({ claims: set.claims.length, format, megabytes: run.result / MB, seconds: run.seconds, peakMB: run.peakMB });
  }
  return rows;
}
