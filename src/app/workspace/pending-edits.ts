/**
 * Shows this tab's status and reporting edits in the claim index the moment they are noted in
 * the edit journal (src/db/writes/edit-journal.ts), before their transaction commits, so a
 * status key repaints its row at once. While an edit is being written, rows read for its claims
 * (an earlier edit's change-feed read) are held back, so the row never flickers to its old
 * state; once the write is over the change feed brings the stored row, and if it failed,
 * `restore` reads the stored rows back.
 */
import { subscribeToPendingEdits } from "../../db/writes/edit-journal.ts";
import type { ClaimRow } from "../../db/claim-row.ts";
import type { ClaimsStore } from "./claims-store.ts";

export class PendingEdits {
  /** Claims with an edit being written, and how many. */
  private readonly writing = new Map<string, number>();

  constructor(
    private readonly claims: ClaimsStore,
    private readonly restore: (claimIds: readonly string[]) => void,
  ) {}

  /** Starts showing edits as they are noted; returns the function that stops. */
  follow(): () => void {
    return subscribeToPendingEdits(({ edit, by, at, saved }) => {
      // A text edit re-derives figures and attribution: its row waits for the stored claim.
      if (edit.kind === "edit-claim") return;
      const rows = edit.claimIds.flatMap((id): ClaimRow[] => {
        const row = this.claims.get(id);
        if (row === undefined) return [];
        if (edit.kind === "set-status") return row.status === edit.status ? [] : [{ ...row, status: edit.status, reviewer: by.reviewer, updatedAt: at }];
        return row.reporting === edit.reporting ? [] : [{ ...row, reporting: edit.reporting, reviewer: by.reviewer, updatedAt: at }];
      });
      if (rows.length === 0) return;
      const ids = rows.map((row) => row.id);
      for (const id of ids) this.writing.set(id, (this.writing.get(id) ?? 0) + 1);
      this.claims.apply(rows);
      void saved.then((ok) => {
        for (const id of ids) {
          const count = this.writing.get(id)! - 1;
          if (count === 0) this.writing.delete(id);
          else this.writing.set(id, count);
        }
        if (!ok) this.restore(ids);
      });
    });
  }

  /** The rows to put in the index: those of claims with an edit being written are held back. */
  settledRows(rows: readonly ClaimRow[]): readonly ClaimRow[] {
    return this.writing.size === 0 ? rows : rows.filter((row) => !this.writing.has(row.id));
  }
}
