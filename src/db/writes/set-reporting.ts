/** Sets whether articles render their sources faithfully, per claim. Undoable. */
import type { Reporting } from "../../../claim-schemas/vocabulary.ts";
import type { ClaimbenchDb } from "../database.ts";
import { REPORTING_NAMES } from "./review-names.ts";
import { countOf, transact, type Actor } from "./transact.ts";
import { requireClaims } from "./require-rows.ts";
import { journaled } from "./edit-journal.ts";

export async function setReporting(db: ClaimbenchDb, claimIds: readonly string[], reporting: Reporting, by: Actor): Promise<void> {
  await journaled(db, { kind: "set-reporting", claimIds: [...claimIds], reporting }, by, () => writeReporting(db, claimIds, reporting, by));
}

async function writeReporting(db: ClaimbenchDb, claimIds: readonly string[], reporting: Reporting, by: Actor): Promise<void> {
  await transact(
    db,
    by,
    { action: "set-reporting", undoable: true, label: `Reporting of ${countOf(claimIds.length, "claim")} → ${REPORTING_NAMES[reporting]}` },
    async (writer) => {
      for (const claim of await requireClaims(db, claimIds)) {
        if (claim.review.reporting === reporting) continue;
        await writer.put("claims", {
          ...claim,
          updatedAt: writer.now,
          review: { ...claim.review, reporting, reviewer: by.reviewer, reviewedAt: writer.now },
        });
      }
    },
  );
}
