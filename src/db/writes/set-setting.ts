/** Stores a workspace setting (the reviewer's name, column choices...). Recorded, not undoable. */
import type { ClaimbenchDb } from "../database.ts";
import { transact } from "./transact.ts";

export async function setSetting(db: ClaimbenchDb, key: string, value: unknown): Promise<void> {
  await transact(db, { reviewer: "" }, { action: "setting", undoable: false, label: `Setting "${key}" changed` }, async (writer) => {
    await writer.putSetting(key, value);
  });
}
