/**
 * Comparison grouping over 10k, 50k and 100k quantity claims in Node, beside one pass that
 * only reads each figure's interval, so the ratio holds on a noisy machine (export is in
 * export.ts).
 * Memory: the heap the result keeps (after a collection, when Node runs with --expose-gc)
 * and the process's peak resident size so far.
 */
import { performance } from "node:perf_hooks";
import type { Claim } from "../claim-schemas/claim-set.ts";
import { toInterval } from "../src/core/compare/figure-interval.ts";
import { proposeGroups } from "../src/core/compare/propose-groups.ts";
import { extractArticle, type ExtractedArticle } from "../src/core/extract/extract-claim-set.ts";
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

if (process.argv[1]?.endsWith("node-scenarios.ts")) {
  console.log(benchCompare());
}
