/**
 * Scenario 5, export of 100,000 claims in Node: the claim set built from generated articles by
 * the real extractor (src/core/extract), exported with exportClaimSet as JSON and as CSV, each
 * timed with the memory it took in a fresh heap (peak-memory.ts), beside the floor: a bare
 * JSON.stringify of the same claim set.
 */
import type { ClaimSet } from "../claim-schemas/claim-set.ts";
import { buildClaimSet } from "../src/core/extract/extract-claim-set.ts";
import { exportClaimSet } from "../src/io/export/export-claim-set.ts";
import { extractUntil } from "./node-scenarios.ts";
import { measureInFreshHeap } from "./peak-memory.ts";

export interface ExportBench {
  claims: number;
  /** "JSON.stringify" is the floor. */
  format: "JSON.stringify" | "json" | "csv";
  megabytes: number;
  seconds: number;
  /** The heap's growth during the export, above the claim set itself. */
  heapGrowthMB: number;
  /** The claim set's own size in that heap. */
  inputMB: number;
}

export function exportClaimSetOf(claims: number): ClaimSet {
  const set = buildClaimSet(extractUntil(claims), { exportedAt: "2026-01-01T00:00:00.000Z" });
  set.claims = set.claims.slice(0, claims);
  return set;
}

/** The steps run in the fresh heap; each returns the length of the text it made. */
export function stringifyLength(set: ClaimSet): number {
  return JSON.stringify(set).length;
}

export function jsonExportLength(set: ClaimSet): number {
  exportClaimSet({ ...set, claims: set.claims.slice(0, 500) }, "json"); // warm
  return exportClaimSet(set, "json").text.length;
}

export function csvExportLength(set: ClaimSet): number {
  exportClaimSet({ ...set, claims: set.claims.slice(0, 500) }, "csv"); // warm
  return exportClaimSet(set, "csv").text.length;
}

const STEPS = { "JSON.stringify": "stringifyLength", json: "jsonExportLength", csv: "csvExportLength" } as const;

export async function benchExport(claims = 100_000): Promise<ExportBench[]> {
  const set = exportClaimSetOf(claims);
  const rows: ExportBench[] = [];
  for (const [format, step] of Object.entries(STEPS) as [ExportBench["format"], string][]) {
    const run = await measureInFreshHeap(import.meta.url, step, set);
    rows.push({ claims: set.claims.length, format, megabytes: run.result / 2 ** 20, seconds: run.seconds, heapGrowthMB: run.heapGrowthMB, inputMB: run.inputMB });
  }
  return rows;
}
