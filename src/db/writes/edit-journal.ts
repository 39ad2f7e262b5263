/**
 * A write-ahead journal for the edits a reviewer makes one keystroke at a time (status,
 * reporting, a claim's fields), so that an edit survives the tab being closed right after it.
 * IndexedDB commits asynchronously and a closing page aborts a transaction still in flight;
 * localStorage writes synchronously. Each edit is noted there before its transaction starts
 * and removed once it committed (or failed). On the next start, any note left behind is
 * replayed — unless the claim changed after the note was written (a newer edit, from this or
 * another tab, wins). Replaying is harmless when the edit did commit: the operations are
 * idempotent and an operation that changes nothing records nothing.
 *
 * Once noted, an edit is as safe as a committed one, so this tab's views may show it at once:
 * subscribeToPendingEdits hears each edit as it is noted, with a promise of whether it was saved.
 */
import type { Reporting, Status } from "../../../claim-schemas/vocabulary.ts";
import type { ClaimbenchDb } from "../database.ts";
import type { ClaimPatch } from "./edit-claim.ts";
import type { Actor } from "./transact.ts";

export type JournalEdit =
  | { kind: "set-status"; claimIds: string[]; status: Status }
  | { kind: "set-reporting"; claimIds: string[]; reporting: Reporting }
  | { kind: "edit-claim"; claimId: string; patch: ClaimPatch };

interface JournalEntry {
  edit: JournalEdit;
  reviewer: string;
  at: string;
  database: string;
}

/** Where notes are kept: the page's localStorage, or nothing (Node, a locked-down browser). */
export interface JournalStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
  readonly length: number;
  key(index: number): string | null;
}

const PREFIX = "claimbench.pending-edit.";
let counter = 0;

function defaultStore(): JournalStore | undefined {
  try {
    return (globalThis as { localStorage?: JournalStore }).localStorage;
  } catch {
    return undefined; // Storage access refused.
  }
}

let store: JournalStore | undefined | null = null;

/** Tests pass a store of their own (or undefined for none). */
export function setJournalStore(next: JournalStore | undefined): void {
  store = next;
}

function current(): JournalStore | undefined {
  if (store === null) store = defaultStore();
  return store;
}

/** An edit noted and about to be written; `saved` settles true once it committed, false if it failed. */
export interface PendingEdit {
  edit: JournalEdit;
  by: Actor;
  /** ISO time the edit was noted. */
  at: string;
  saved: Promise<boolean>;
}

const pendingListeners = new Set<(pending: PendingEdit) => void>();

/** Calls `listener` for every edit this tab notes, before it is written; returns the unsubscribe function. */
export function subscribeToPendingEdits(listener: (pending: PendingEdit) => void): () => void {
  pendingListeners.add(listener);
  return () => pendingListeners.delete(listener);
}

/** Notes the edit, runs it, and removes the note once the write is over, whatever its outcome. */
export async function journaled<T>(db: ClaimbenchDb, edit: JournalEdit, by: Actor, run: () => Promise<T>): Promise<T> {
  const journal = current();
  const at = new Date().toISOString();
  const key = `${PREFIX}${Date.now().toString(36)}.${(counter++).toString(36)}.${Math.random().toString(36).slice(2, 8)}`;
  try {
    journal?.setItem(key, JSON.stringify({ edit, reviewer: by.reviewer, at, database: db.name } satisfies JournalEntry));
  } catch {
    // A full or refused localStorage only means this edit is not protected against a crash.
  }
  let settle: (saved: boolean) => void = () => {};
  const saved = new Promise<boolean>((resolve) => (settle = resolve));
  for (const listener of pendingListeners) {
    try {
      listener({ edit, by, at, saved });
    } catch (error) {
      console.error("claimbench: a pending-edit listener failed", error); // the edit is written all the same
    }
  }
  try {
    const result = await run();
    settle(true);
    return result;
  } catch (error) {
    settle(false);
    throw error;
  } finally {
    try {
      journal?.removeItem(key);
    } catch {
      // Nothing to do.
    }
  }
}

/**
 * Replays the notes left by a tab that closed before its edits committed; returns how many
 * edits were replayed. `apply` performs one edit (the app passes the write operations).
 */
export async function replayJournal(db: ClaimbenchDb, apply: (edit: JournalEdit, by: Actor) => Promise<void>): Promise<number> {
  const journal = current();
  if (journal === undefined) return 0;
  const keys: string[] = [];
  for (let index = 0; index < journal.length; index++) {
    const key = journal.key(index);
    if (key?.startsWith(PREFIX)) keys.push(key);
  }
  let replayed = 0;
  for (const key of keys.sort()) {
    const text = journal.getItem(key);
    journal.removeItem(key);
    const entry = parseEntry(text);
    if (entry === undefined || entry.database !== db.name) continue;
    const ids = entry.edit.kind === "edit-claim" ? [entry.edit.claimId] : entry.edit.claimIds;
    const claims = await db.claims.bulkGet(ids);
    // A claim changed after the note (or gone) keeps what it has.
    if (claims.some((claim) => claim === undefined || claim.updatedAt > entry.at)) continue;
    try {
      await apply(entry.edit, { reviewer: entry.reviewer });
      replayed++;
    } catch {
      // An edit that cannot be made any more is dropped.
    }
  }
  return replayed;
}

function parseEntry(text: string | null): JournalEntry | undefined {
  if (text === null) return undefined;
  try {
    const entry = JSON.parse(text) as Partial<JournalEntry>;
    if (typeof entry.at !== "string" || typeof entry.reviewer !== "string" || typeof entry.database !== "string" || typeof entry.edit !== "object" || entry.edit === null) {
      return undefined;
    }
    return entry as JournalEntry;
  } catch {
    return undefined;
  }
}
