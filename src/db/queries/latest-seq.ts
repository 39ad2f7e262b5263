import type { ClaimbenchDb } from "../database.ts";

/** The seq of the newest history entry, 0 for a new workspace: where a reader of the change feed starts. */
export async function latestSeq(db: ClaimbenchDb): Promise<number> {
  const last = await db.history.orderBy("seq").last();
  return last?.seq ?? 0;
}
