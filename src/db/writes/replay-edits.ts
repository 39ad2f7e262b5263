/** At start: the edits a closed tab noted but may not have committed, made again (edit-journal.ts). */
import type { ClaimbenchDb } from "../database.ts";
import { editClaim } from "./edit-claim.ts";
import { replayJournal, type JournalEdit } from "./edit-journal.ts";
import { setReporting } from "./set-reporting.ts";
import { setStatus } from "./set-status.ts";
import type { Actor } from "./transact.ts";

export function replayPendingEdits(db: ClaimbenchDb): Promise<number> {
  return replayJournal(db, (edit: JournalEdit, by: Actor) => {
    switch (edit.kind) {
      case "set-status":
        return setStatus(db, edit.claimIds, edit.status, by);
      case "set-reporting":
        return setReporting(db, edit.claimIds, edit.reporting, by);
      case "edit-claim":
        return editClaim(db, edit.claimId, edit.patch, by);
    }
  });
}
