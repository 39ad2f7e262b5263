/**
 * Claims by status over the whole claim index. The counts are kept per rows array; when the
 * index only replaced rows since counts were last taken (a status edit), the earlier counts are
 * adjusted for those rows instead of counting 100,000 claims again.
 */
import { STATUSES, type Status } from "../../../claim-schemas/vocabulary.ts";
import type { ClaimRowsSnapshot } from "./claims-store.ts";

const countsOf = new WeakMap<readonly unknown[], ReadonlyMap<Status, number>>();

export function statusCounts(snapshot: ClaimRowsSnapshot): ReadonlyMap<Status, number> {
  const known = countsOf.get(snapshot.rows);
  if (known !== undefined) return known;
  const { patch, byId } = snapshot;
  const earlier = patch === undefined ? undefined : countsOf.get(patch.base);
  const counts = new Map<Status, number>(earlier ?? STATUSES.map((status) => [status, 0]));
  if (patch !== undefined && earlier !== undefined) {
    for (const [id, before] of patch.previous) {
      const after = byId.get(id)!;
      counts.set(before.status, counts.get(before.status)! - 1);
      counts.set(after.status, counts.get(after.status)! + 1);
    }
  } else {
    for (const row of snapshot.rows) counts.set(row.status, counts.get(row.status)! + 1);
  }
  countsOf.set(snapshot.rows, counts);
  return counts;
}
