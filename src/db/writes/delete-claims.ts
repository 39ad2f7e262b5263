/** Deletes claims. Undoable: the history keeps each row as it was. */
import type { ClaimbenchDb } from "../database.ts";
import { requireClaims } from "./require-rows.ts";
import { countOf, transact, type Actor } from "./transact.ts";

export async function deleteClaims(db: ClaimbenchDb, claimIds: readonly string[], by: Actor): Promise<void> {
  await transact(db, by, { action: "delete-claims", undoable: true, label: `Deleted ${countOf(claimIds.length, "claim")}` }, async (writer) => {
    for (const claim of await requireClaims(db, claimIds)) await writer.remove("claims", claim.id);
  });
}
