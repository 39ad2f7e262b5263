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
}

export class ClaimsStore {
  private readonly byId = new Map<string, ClaimRow>();
  private readonly listeners = new Set<() => void>();
  private snapshot: ClaimRowsSnapshot = { rows: [], byId: this.byId, loaded: false, version: 0 };
  private dirty = false;

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  readonly getSnapshot = (): ClaimRowsSnapshot => {
    if (this.dirty) {
      this.dirty = false;
      this.snapshot = {
        rows: [...this.byId.values()],
        byId: this.byId,
        loaded: this.snapshot.loaded,
        version: this.snapshot.version + 1,
      };
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
      this.byId.set(row.id, row);
      changed = true;
    }
    for (const id of removedIds) changed = this.byId.delete(id) || changed;
    if (changed) this.changed();
  }

  markLoaded(): void {
    if (this.snapshot.loaded && !this.dirty) return;
    this.snapshot = { ...this.getSnapshot(), loaded: true, version: this.snapshot.version + 1 };
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
