/**
 * Shows this tab's status and reporting edits in the claim index the moment they are noted in
 * the edit journal (src/db/writes/edit-journal.ts), before their transaction commits, so a
 * status key repaints its row at once. While an edit is being written, rows read for its claims
 * (an earlier edit's change-feed read) are held back, so the row never flickers to its old
 * state; once the write is over the change feed brings the stored row, and if it failed (or
 * changed nothing after a row was held back), `restore` reads the stored rows back.
 */
import { subscribeToPendingEdits } from "../../db/writes/edit-journal.ts";
import type { ClaimRow } from "../../db/claim-row.ts";
import type { ClaimsStore } from "./claims-store.ts";

export class PendingEdits {
  /** Claims with an edit being written, and how many. */
  private readonly writing = new Map<string, number>();
  /** Claims whose rows read meanwhile were held back: read again once their edits are written. */
  private readonly heldBack = new Set<string>();

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
        const settled = ids.filter((id) => {
          const count = this.writing.get(id)! - 1;
          if (count > 0) this.writing.set(id, count);
          else this.writing.delete(id);
          return count === 0;
        });
        // A failed write shows the stored rows again; so does one that changed nothing (no
        // change to announce) after a row from elsewhere was held back for it.
        const reread = ok ? settled.filter((id) => this.heldBack.has(id)) : ids;
        for (const id of settled) this.heldBack.delete(id);
        if (reread.length > 0) this.restore(reread);
      });
    });
  }

  /** The rows to put in the index: those of claims with an edit being written are held back. */
  settledRows(rows: readonly ClaimRow[]): readonly ClaimRow[] {
    if (this.writing.size === 0) return rows;
    return rows.filter((row) => {
      if (!this.writing.has(row.id)) return true;
      this.heldBack.add(row.id);
      return false;
    });
  }
}
