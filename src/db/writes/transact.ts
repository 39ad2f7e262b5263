/**
 * The one place that writes to the workspace (STYLE.md: every write goes through one
 * transaction helper). `transact` opens a read-write transaction over the data tables and the
 * history, hands the operation a Writer that validates every row with its zod schema and
 * remembers each row's state before and after, appends exactly one HistoryEntry in the same
 * transaction, and after the commit announces the entry's seq on the change feed.
 * If anything throws, IndexedDB rolls the whole transaction back: nothing is half-written.
 */
import type { z } from "zod";
import { announceChange } from "../change-feed.ts";
import type { ClaimbenchDb } from "../database.ts";
import { PageTurns } from "../../io/page-turns.ts";
import { speakerOf } from "./stored-rows.ts";
import {
  StoredArticle,
  StoredClaim,
  StoredGroup,
  type HistoryAction,
  type HistoryEntry,
  type HistoryTable,
  type RowChange,
} from "../records.ts";

/** Who makes a change; reviewer is "" when they gave no name (imports, the seeds). */
export interface Actor {
  reviewer: string;
}

interface RowTypes {
  articles: StoredArticle;
  claims: StoredClaim;
  groups: StoredGroup;
}

const SCHEMAS: { [T in HistoryTable]: z.ZodType<RowTypes[T]> } = {
  articles: StoredArticle,
  claims: StoredClaim,
  groups: StoredGroup,
};

const KEY_OF = (row: { id: string }) => row.id;

export class Writer {
  /** Every row touched, by table and key: its state before the operation, and now. */
  readonly changes = new Map<string, RowChange>();
  readonly claimIds = new Set<string>();
  readonly articleIds = new Set<string>();
  /** Settings keys written: a setting changes no row, but it is still a change to record. */
  readonly settingKeys = new Set<string>();
  /** ISO time of this operation; stamp it on every row it changes. */
  readonly now = new Date().toISOString();

  constructor(
    private readonly db: ClaimbenchDb,
    /** False for bulk writes (imports): ids are listed, rows are not copied into the history. */
    private readonly recordRows: boolean,
  ) {}

  async get<T extends HistoryTable>(table: T, key: string): Promise<RowTypes[T] | undefined> {
    return (await this.db.table(table).get(key)) as RowTypes[T] | undefined;
  }

  /** Validates and writes a row, remembering what it replaced. */
  async put<T extends HistoryTable>(table: T, row: RowTypes[T]): Promise<void> {
    const valid = parseRow(table, row);
    const key = KEY_OF(valid);
    await this.remember(table, key);
    await this.db.table(table).put(valid);
    this.touched(table, key, valid);
  }

  async remove(table: HistoryTable, key: string): Promise<void> {
    await this.remember(table, key);
    await this.db.table(table).delete(key);
    this.touched(table, key, undefined);
    if (table === "claims") await this.leaveGroups(key);
  }

  /** A removed claim leaves its comparison groups; a group left with fewer than two goes too. */
  private async leaveGroups(claimId: string): Promise<void> {
    for (const group of await this.db.groups.where("claimIds").equals(claimId).toArray()) {
      const claimIds = group.claimIds.filter((id) => id !== claimId);
      if (claimIds.length < 2) await this.remove("groups", group.id);
      else await this.put("groups", { ...group, claimIds, updatedAt: this.now });
    }
  }

  /**
   * Adds rows known to be new, in one request: the import path. Rows that came through
   * validateRows (checked before the transaction, a slice at a time) are not checked again.
   */
  async addAll<T extends HistoryTable>(table: T, rows: readonly RowTypes[T][]): Promise<void> {
    const valid = rows.map((row) => (validated.has(row) ? row : parseRow(table, row)));
    // In batches: each waits for the last to be stored, so the page gets turns between them
    // (a single call for 20,000 rows copies them all in one long task) and the transaction
    // stays open, since a request is always pending.
    for (let start = 0; start < valid.length; start += ADD_BATCH) await this.db.table(table).bulkAdd(valid.slice(start, start + ADD_BATCH));
    for (const row of valid) {
      if (this.recordRows) this.changes.set(`${table}\u0000${row.id}`, { table, key: row.id, after: row });
      this.listId(table, row.id);
    }
  }

  /**
   * Issues the adds of rows known to be new at once and resolves when they are stored, so the
   * caller can prepare the next rows meanwhile (the streamed import). Requests left pending
   * keep the transaction open; a failed one rejects and the transaction rolls back.
   */
  addNow<T extends HistoryTable>(table: T, rows: readonly RowTypes[T][]): Promise<void> {
    const valid = rows.map((row) => (validated.has(row) ? row : parseRow(table, row)));
    for (const row of valid) {
      if (this.recordRows) this.changes.set(`${table}\u0000${row.id}`, { table, key: row.id, after: row });
      this.listId(table, row.id);
    }
    return this.db.table(table).bulkAdd(valid).then(() => undefined);
  }

  /** Stores a workspace setting (not undoable: settings are not in the history's rows). */
  async putSetting(key: string, value: unknown): Promise<void> {
    await this.db.settings.put({ key, value });
    this.settingKeys.add(key);
  }

  /** True when the operation wrote anything at all. */
  get changedAnything(): boolean {
    return this.claimIds.size > 0 || this.articleIds.size > 0 || this.changes.size > 0 || this.settingKeys.size > 0;
  }

  /** Marks ids as changed for the change feed without recording rows (e.g. a bulk delete). */
  listId(table: HistoryTable, key: string): void {
    if (table === "claims") this.claimIds.add(key);
    if (table === "articles") this.articleIds.add(key);
  }

  private async remember(table: HistoryTable, key: string): Promise<void> {
    const id = `${table}\u0000${key}`;
    if (!this.recordRows || this.changes.has(id)) return;
    const before: unknown = await this.db.table(table).get(key);
    this.changes.set(id, before === undefined ? { table, key } : { table, key, before });
  }

  private touched(table: HistoryTable, key: string, after: unknown): void {
    this.listId(table, key);
    if (!this.recordRows) return;
    const change = this.changes.get(`${table}\u0000${key}`)!;
    if (after === undefined) delete change.after;
    else change.after = after;
  }
}

/** Rows per bulkAdd request when adding many. */
const ADD_BATCH = 500;

/** Rows validateRows has checked, as the very objects it returned. */
const validated = new WeakSet<object>();

/**
 * Validates many rows before a write, yielding to the page between slices, so a big import
 * never blocks it for long: inside a transaction there is no yielding (IndexedDB commits a
 * transaction left without requests). Returns the rows as the schema parsed them.
 */
export async function validateRows<T extends HistoryTable>(table: T, rows: readonly RowTypes[T][]): Promise<RowTypes[T][]> {
  const out: RowTypes[T][] = [];
  const turns = new PageTurns();
  for (const row of rows) {
    const valid = parseRow(table, row);
    validated.add(valid as object);
    out.push(valid);
    if (turns.due) await turns.give();
  }
  return out;
}

/** Validates rows at once (in a worker, where nothing waits for a turn); throws on the first invalid one. */
export function checkRows<T extends HistoryTable>(table: T, rows: readonly RowTypes[T][]): RowTypes[T][] {
  return rows.map((row) => {
    const valid = parseRow(table, row);
    validated.add(valid as object);
    return valid;
  });
}

function parseRow<T extends HistoryTable>(table: T, row: RowTypes[T]): RowTypes[T] {
  // The indexed speaker always follows the attribution, whichever operation wrote the claim.
  if (table === "claims") {
    const claim = row as StoredClaim;
    const speaker = speakerOf(claim.attribution ?? null);
    if (claim.speaker !== speaker) row = { ...claim, speaker } as RowTypes[T];
  }
  const result = SCHEMAS[table].safeParse(row);
  if (!result.success) {
    const issue = result.error.issues[0];
    const where = issue?.path.length ? ` at ${issue.path.join(".")}` : "";
    throw new Error(`refused to save an invalid ${table.slice(0, -1)} (${(row as { id?: unknown }).id ?? "no id"})${where}: ${issue?.message ?? "invalid"}`);
  }
  return result.data as RowTypes[T];
}

export interface TransactOptions<T> {
  action: HistoryAction;
  /** What people read in the history: "Status of 3 claims → Refuted". */
  label: string | ((result: T) => string);
  /** Recorded with before/after rows so undo can reverse it. */
  undoable: boolean;
  /**
   * False when the commit is announced elsewhere: a write in the import worker returns its
   * seq to the page, whose import client announces it (src/worker/import-client.ts). Default true.
   */
  announce?: boolean;
}

/**
 * Runs `operation` in one read-write transaction and records it. Returns the operation's
 * result and the history entry; an entry that changed nothing is not recorded.
 */
export async function transact<T>(
  db: ClaimbenchDb,
  actor: Actor,
  options: TransactOptions<T>,
  operation: (writer: Writer) => Promise<T>,
): Promise<{ result: T; entry: HistoryEntry | null }> {
  const outcome = await runWrite(db, async () => {
    const writer = new Writer(db, options.undoable);
    const result = await operation(writer);
    if (!writer.changedAnything) return { result, entry: null };
    const entry: HistoryEntry = {
      at: writer.now,
      reviewer: actor.reviewer,
      action: options.action,
      label: typeof options.label === "function" ? options.label(result) : options.label,
      articleIds: [...writer.articleIds],
      claimIds: [...writer.claimIds],
      undoable: options.undoable,
    };
    if (options.undoable) entry.changes = [...writer.changes.values()];
    entry.seq = await db.history.add(entry);
    return { result, entry };
  });
  if (outcome.entry?.seq !== undefined && options.announce !== false) announceChange(outcome.entry.seq);
  return outcome;
}

/** Thrown when the browser's storage for this site is full; the transaction wrote nothing. */
export class StorageFullError extends Error {
  override name = "StorageFullError";
  constructor() {
    super(
      "The browser's storage for this site is full: nothing of this change was saved. Export a backup, delete articles you no longer need, or free disk space, then try again.",
    );
  }
}

/** The read-write transaction every write runs in; a full disk becomes a StorageFullError. */
async function runWrite<T>(db: ClaimbenchDb, body: () => Promise<T>): Promise<T> {
  try {
    return await db.transaction("rw", [db.articles, db.claims, db.groups, db.history, db.settings], body);
  } catch (error) {
    if (isQuotaError(error)) throw new StorageFullError();
    throw error;
  }
}

export function isQuotaError(error: unknown): boolean {
  for (let cause: unknown = error, depth = 0; cause !== undefined && cause !== null && depth < 4; depth++) {
    const name = (cause as { name?: unknown }).name;
    if (name === "QuotaExceededError" || name === "StorageFullError") return true;
    cause = (cause as { inner?: unknown }).inner ?? (cause as { cause?: unknown }).cause;
  }
  return false;
}

/** "1 claim", "3 claims". */
export function countOf(count: number, noun: string): string {
  return `${count.toLocaleString("en")} ${noun}${count === 1 ? "" : "s"}`;
}
