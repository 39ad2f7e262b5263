import type { ClaimbenchDb } from "../../db/database.ts";
import type { HistoryEntry } from "../../db/records.ts";

/** The newest `limit` history entries, newest first (a read of the history table's tail by its key). */
export async function recentActivity(db: ClaimbenchDb, limit: number): Promise<HistoryEntry[]> {
  return db.history.orderBy(":id").reverse().limit(limit).toArray();
}
