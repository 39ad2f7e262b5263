/** Sets the verification status of claims, stamping the reviewer and the time. Undoable. */
import type { Status } from "../../../claim-schemas/vocabulary.ts";
import type { ClaimbenchDb } from "../database.ts";
import { STATUS_NAMES } from "./review-names.ts";
import { countOf, transact, type Actor } from "./transact.ts";
import { requireClaims } from "./require-rows.ts";
import { journaled } from "./edit-journal.ts";

export async function setStatus(db: ClaimbenchDb, claimIds: readonly string[], status: Status, by: Actor): Promise<void> {
  await journaled(db, { kind: "set-status", claimIds: [...claimIds], status }, by, () => writeStatus(db, claimIds, status, by));
}

async function writeStatus(db: ClaimbenchDb, claimIds: readonly string[], status: Status, by: Actor): Promise<void> {
  await transact(
    db,
    by,
    { action: "set-status", undoable: true, label: `Status of ${countOf(claimIds.length, "claim")} → ${STATUS_NAMES[status]}` },
    async (writer) => {
      for (const claim of await requireClaims(db, claimIds)) {
        if (claim.review.status === status) continue;
        await writer.put("claims", {
          ...claim,
          updatedAt: writer.now,
          review: { ...claim.review, status, reviewer: by.reviewer, reviewedAt: writer.now },
        });
      }
    },
  );
}
