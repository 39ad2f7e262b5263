import type { ClaimbenchDb } from "../database.ts";

export async function getSetting(db: ClaimbenchDb, key: string): Promise<unknown> {
  return (await db.settings.get(key))?.value;
}
