/**
 * Benchmarks that run in Node: comparison grouping over 10k, 50k and 100k quantity claims,
 * and export of 100,000 claims to JSON and CSV. Each is measured beside a floor in the same
 * run — the grouping beside one pass that only reads each figure's interval, the export
 * beside a bare JSON.stringify of the same claim set — so the ratio holds on a noisy machine.
 * Memory: the heap the result keeps (after a collection, when Node runs with --expose-gc)
 * and the process's peak resident size so far.
 */
import { performance } from "node:perf_hooks";
import type { Claim, ClaimSet } from "../claim-schemas/claim-set.ts";
import { toInterval } from "../src/core/compare/figure-interval.ts";
import { proposeGroups } from "../src/core/compare/propose-groups.ts";
import { buildClaimSet, extractArticle, type ExtractedArticle } from "../src/core/extract/extract-claim-set.ts";
import { exportClaimSet } from "../src/io/export/export-claim-set.ts";
import { generateArticle } from "./corpus/generate-articles.ts";

const MB = 1024 * 1024;

function collect(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

function heapMB(): number {
  return process.memoryUsage().heapUsed / MB;
}

function peakRssMB(): number {
  return process.resourceUsage().maxRSS / 1024;
}

/** Extracted articles from the generator until `claims` claims (or quantity claims) are reached. */
export function extractUntil(claims: number, onlyQuantities = false): ExtractedArticle[] {
  const parts: ExtractedArticle[] = [];
  let count = 0;
  for (let index = 0; count < claims; index++) {
    const part = extractArticle(generateArticle(index, 7));
    parts.push(part);
    count += onlyQuantities ? part.claims.filter((claim) => claim.quantities.length > 0).length : part.claims.length;
  }
  return parts;
}

export interface CompareResult {
  claims: number;
  groups: number;
  seconds: number;
  floorSeconds: number;
  retainedMB: number;
  peakRssMB: number;
}

export function benchCompare(counts: readonly number[] = [10_000, 50_000, 100_000]): CompareResult[] {
  const all = extractUntil(Math.max(...counts), true)
    .flatMap((part) => part.claims)
    .filter((claim) => claim.quantities.length > 0);
  return counts.map((count) => {
    const claims: Claim[] = all.slice(0, count);
    proposeGroups(claims.slice(0, 1000)); // warm
    const floorStart = performance.now();
    let intervals = 0;
    for (const claim of claims) for (const quantity of claim.quantities) if (toInterval(quantity)) intervals++;
    const floorSeconds = (performance.now() - floorStart) / 1000;
    collect();
    const before = heapMB();
    const start = performance.now();
    const groups = proposeGroups(claims);
    const seconds = (performance.now() - start) / 1000;
    collect();
    const retainedMB = heapMB() - before;
    if (intervals === 0) throw new Error("no figures to group");
    return { claims: claims.length, groups: groups.length, seconds, floorSeconds, retainedMB, peakRssMB: peakRssMB() };
  });
}

export interface ExportResult {
  claims: number;
  format: string;
  megabytes: number;
  seconds: number;
  floorSeconds: number;
  peakRssMB: number;
  floorMegabytes: number;
}

export function benchExport(claims = 100_000): ExportResult[] {
  const parts = extractUntil(claims);
  const set: ClaimSet = buildClaimSet(parts, { exportedAt: "2026-01-01T00:00:00.000Z" });
  set.claims = set.claims.slice(0, claims);
  const floorStart = performance.now();
  const bare = JSON.stringify(set).length;
  const floorSeconds = (performance.now() - floorStart) / 1000;
  return (["json", "csv"] as const).map((format) => {
    collect();
    const start = performance.now();
    const file = exportClaimSet(set, format);
    const seconds = (performance.now() - start) / 1000;
    return { claims: set.claims.length, format, megabytes: file.text.length / MB, seconds, floorSeconds, peakRssMB: peakRssMB(), floorMegabytes: bare / MB };
  });
}

if (process.argv[1]?.endsWith("node-scenarios.ts")) {
  console.log(benchCompare());
  console.log(benchExport());
}
