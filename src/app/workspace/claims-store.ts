/**
 * The in-memory claim index behind the claims table: one ClaimRow per claim (only the
 * fields the table shows), loaded in pages at start and patched from the change feed, so an
 * edit re-reads the claims it touched and never the whole table (docs/workbench-architecture.md).
 * React reads it through useSyncExternalStore (use-claim-rows.ts).
 */
import type { ClaimRow } from "../../db/claim-row.ts";

export interface ClaimRowsSnapshot {
  /** Every row, in no particular order; a new array whenever anything changed. */
  rows: readonly ClaimRow[];
  /** The live index (not a copy): read it during render, never keep it. */
  byId: ReadonlyMap<string, ClaimRow>;
  /** False until the first full load finished. */
  loaded: boolean;
  /** Bumped on every change, for memo keys. */
  version: number;
  /**
   * Set when the change since `patch.base` only replaced rows (no claim added or removed):
   * each replaced row as it was before. Views use it to update what they derived from `base`
   * instead of deriving it again from all the rows.
   */
  patch?: { base: readonly ClaimRow[]; previous: ReadonlyMap<string, ClaimRow> };
}

export class ClaimsStore {
  private readonly byId = new Map<string, ClaimRow>();
  private readonly listeners = new Set<() => void>();
  private snapshot: ClaimRowsSnapshot = { rows: [], byId: this.byId, loaded: false, version: 0 };
  private dirty = false;
  /** Rows replaced since the last snapshot, as they were; null once a row was added or removed. */
  private replaced: Map<string, ClaimRow> | null = new Map();

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  readonly getSnapshot = (): ClaimRowsSnapshot => {
    if (this.dirty) {
      this.dirty = false;
      const next: ClaimRowsSnapshot = {
        // Replacing a key keeps its place in the map: a patch keeps the order of the rows.
        rows: [...this.byId.values()],
        byId: this.byId,
        loaded: this.snapshot.loaded,
        version: this.snapshot.version + 1,
      };
      // Also while the first load is still adding pages: an edit made then only replaces rows too.
      if (this.replaced !== null && this.replaced.size > 0) next.patch = { base: this.snapshot.rows, previous: this.replaced };
      this.replaced = new Map();
      this.snapshot = next;
    }
    return this.snapshot;
  };

  get(id: string): ClaimRow | undefined {
    return this.byId.get(id);
  }

  /** Adds or replaces rows, and drops `removedIds`; one notification for the lot. */
  apply(rows: readonly ClaimRow[], removedIds: Iterable<string> = []): void {
    let changed = false;
    for (const row of rows) {
      const before = this.byId.get(row.id);
      if (before === undefined) this.replaced = null;
      else if (this.replaced !== null && !this.replaced.has(row.id)) this.replaced.set(row.id, before);
      this.byId.set(row.id, row);
      changed = true;
    }
    for (const id of removedIds) {
      if (this.byId.delete(id)) {
        this.replaced = null;
        changed = true;
      }
    }
    if (changed) this.changed();
  }

  markLoaded(): void {
    if (this.snapshot.loaded && !this.dirty) return;
    const { patch: _patch, ...current } = this.getSnapshot();
    this.snapshot = { ...current, loaded: true, version: this.snapshot.version + 1 };
    this.emit();
  }

  private changed(): void {
    this.dirty = true;
    this.emit();
  }

  private emit(): void {
    for (const listener of this.listeners) listener();
  }
}
