/**
 * Peak memory of comparison grouping (scenario 4): proposeGroups over the same quantity claims
 * benchCompare (node-scenarios.ts) times — the generator's articles with seed 7, in order — at
 * each count, under the resident-size sampler of peak-memory.ts.
 */
import { proposeGroups } from "../src/core/compare/propose-groups.ts";
import { extractUntil } from "./node-scenarios.ts";
import { measurePeak } from "./peak-memory.ts";

export interface ComparePeak {
  claims: number;
  seconds: number;
  peakMB: number;
}

export async function comparePeaks(counts: readonly number[]): Promise<ComparePeak[]> {
  const all = extractUntil(Math.max(...counts), true)
    .flatMap((part) => part.claims)
    .filter((claim) => claim.quantities.length > 0);
  proposeGroups(all.slice(0, 1000)); // warm
  const peaks: ComparePeak[] = [];
  for (const count of counts) {
    const claims = all.slice(0, count);
    const run = await measurePeak(() => proposeGroups(claims).length);
    peaks.push({ claims: claims.length, seconds: run.seconds, peakMB: run.peakMB });
  }
  return peaks;
}
