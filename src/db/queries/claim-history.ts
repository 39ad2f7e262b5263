import type { ClaimbenchDb } from "../database.ts";
import type { HistoryEntry } from "../records.ts";

/** Every history entry that touched the claim, oldest first. */
export async function claimHistory(db: ClaimbenchDb, claimId: string): Promise<HistoryEntry[]> {
  const entries = await db.history.where("claimIds").equals(claimId).toArray();
  return entries.sort((a, b) => (a.seq ?? 0) - (b.seq ?? 0));
}
