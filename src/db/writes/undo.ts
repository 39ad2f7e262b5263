/**
 * Undo and redo, derived from the history alone so they survive a reload and see every tab's
 * work (docs/workbench-architecture.md):
 * - undo reverses the newest undoable entry that is not undone: each row goes back to its
 *   `before` (or is deleted when it was added), the entry is marked undone, and an "undo"
 *   entry records what was done;
 * - redo replays the oldest undone entry newer than the newest standing one, so any new
 *   undoable write — being newer — ends the redo chain.
 * The history is shared by every tab, so undo in one tab may reverse another tab's newest
 * change: that is the point (one workspace, one history). Because undo always takes the
 * newest standing entry, a row normally still holds that entry's `after`; the exception is a
 * row rewritten by a non-undoable write since (an article deleted, then imported again). Then
 * undo still puts back `before` as recorded, without comparing: simple, and the history
 * shows both steps. The "undo" entry lists the claims and articles it restored.
 */
import type { ClaimbenchDb } from "../database.ts";
import type { HistoryEntry, RowChange } from "../records.ts";
import { transact, type Actor, type Writer } from "./transact.ts";

export async function undo(db: ClaimbenchDb, by: Actor): Promise<HistoryEntry | null> {
  return step(db, by, "undo");
}

export async function redo(db: ClaimbenchDb, by: Actor): Promise<HistoryEntry | null> {
  return step(db, by, "redo");
}

async function step(db: ClaimbenchDb, by: Actor, direction: "undo" | "redo"): Promise<HistoryEntry | null> {
  let target: HistoryEntry | undefined;
  await transact<HistoryEntry | undefined>(
    db,
    by,
    {
      action: direction,
      undoable: false,
      label: () => `${direction === "undo" ? "Undid" : "Redid"}: ${target?.label ?? ""}`,
    },
    async (writer) => {
      target = direction === "undo" ? await newestStanding(db) : await nextRedo(db);
      if (target === undefined) return undefined;
      for (const change of orderFor(target.changes ?? [], direction)) {
        await restore(writer, change, direction === "undo" ? change.before : change.after);
      }
      // Marked in the same transaction, even when it restored no row, so the next undo moves on.
      await db.history.update(target.seq!, { undone: direction === "undo" });
      return target;
    },
  );
  if (target !== undefined) target.undone = direction === "undo";
  return target ?? null;
}

/** The newest undoable entry still standing. */
async function newestStanding(db: ClaimbenchDb): Promise<HistoryEntry | undefined> {
  return db.history
    .orderBy("seq")
    .reverse()
    .filter((entry) => entry.undoable && entry.undone !== true)
    .first();
}

/** The oldest undone entry newer than the newest standing one. */
async function nextRedo(db: ClaimbenchDb): Promise<HistoryEntry | undefined> {
  const standing = await newestStanding(db);
  return db.history
    .where("seq")
    .above(standing?.seq ?? 0)
    .filter((entry) => entry.undoable && entry.undone === true)
    .first();
}

/** Undo walks the changes backwards so a row changed twice in one entry ends at its first state. */
function orderFor(changes: readonly RowChange[], direction: "undo" | "redo"): RowChange[] {
  return direction === "undo" ? [...changes].reverse() : [...changes];
}

async function restore(writer: Writer, change: RowChange, state: unknown): Promise<void> {
  if (state === undefined) {
    await writer.remove(change.table, change.key);
    return;
  }
  // Rows in the history were validated when first written; put them back as they were.
  await writer.put(change.table, state as never);
}
