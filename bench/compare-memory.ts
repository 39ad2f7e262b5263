/**
 * Memory of comparison grouping (scenario 4): proposeGroups over the same quantity claims
 * benchCompare (node-scenarios.ts) times — the generator's articles with seed 7, in order — at
 * each count, in a fresh heap of its own (peak-memory.ts), so what it reports is the grouping's.
 */
import type { Claim } from "../claim-schemas/claim-set.ts";
import { proposeGroups } from "../src/core/compare/propose-groups.ts";
import { extractUntil } from "./node-scenarios.ts";
import { measureInFreshHeap } from "./peak-memory.ts";

export interface CompareMemory {
  claims: number;
  seconds: number;
  /** The heap's growth while grouping, above the claims themselves. */
  heapGrowthMB: number;
  /** The claims' own size in that heap. */
  inputMB: number;
}

/** The step run in the fresh heap. */
export function groupCount(claims: Claim[]): number {
  return proposeGroups(claims).length;
}

export async function compareMemory(counts: readonly number[]): Promise<CompareMemory[]> {
  const all = extractUntil(Math.max(...counts), true)
    .flatMap((part) => part.claims)
    .filter((claim) => claim.quantities.length > 0);
  const rows: CompareMemory[] = [];
  for (const count of counts) {
    const run = await measureInFreshHeap(import.meta.url, "groupCount", all.slice(0, count));
    rows.push({ claims: count, seconds: run.seconds, heapGrowthMB: run.heapGrowthMB, inputMB: run.inputMB });
  }
  return rows;
}
