/**
 * The change feed: every committed write announces its history seq, to listeners in this tab
 * and, over a BroadcastChannel, to every other tab on the same workspace. A listener reads the
 * entries after the last seq it saw (readChangesSince) and re-reads exactly the rows they name.
 */
import { Dexie, RangeSet, type ObservabilitySet } from "dexie";
import type { ClaimbenchDb } from "./database.ts";
import type { HistoryEntry } from "./records.ts";

/** Do not rename: tabs of different builds must still hear each other. */
const CHANNEL_NAME = "claimbench-changes";

type Listener = (seq: number) => void;

const listeners = new Set<Listener>();
const resetListeners = new Set<() => void>();
let channel: BroadcastChannel | undefined;

function openChannel(): BroadcastChannel | undefined {
  if (channel === undefined && typeof BroadcastChannel === "function") {
    channel = new BroadcastChannel(CHANNEL_NAME);
    channel.onmessage = (event: MessageEvent<unknown>) => {
      const data = event.data as { seq?: unknown; reset?: unknown } | null;
      if (typeof data?.seq === "number") deliver(data.seq);
      if (data?.reset === true) for (const listener of resetListeners) listener();
    };
    // Node: do not keep the process alive for the channel's sake.
    (channel as unknown as { unref?: () => void }).unref?.();
  }
  return channel;
}

function deliver(seq: number): void {
  for (const listener of listeners) listener(seq);
}

/** Calls `listener` after every commit in any tab; returns the unsubscribe function. */
export function subscribeToChanges(listener: Listener): () => void {
  listeners.add(listener);
  openChannel();
  return () => {
    listeners.delete(listener);
    closeIfUnused();
  };
}

/**
 * Calls `listener` when another tab replaced the whole workspace (a restored backup): rows and
 * history this tab holds are gone, so it must reload rather than catch up.
 */
export function subscribeToResets(listener: () => void): () => void {
  resetListeners.add(listener);
  openChannel();
  return () => {
    resetListeners.delete(listener);
    closeIfUnused();
  };
}

function closeIfUnused(): void {
  if (listeners.size === 0 && resetListeners.size === 0 && channel !== undefined) {
    channel.close();
    channel = undefined;
  }
}

/** Announces a commit (the write module calls this after its transaction completed). */
export function announceChange(seq: number): void {
  deliver(seq);
  try {
    openChannel()?.postMessage({ seq });
  } catch {
    // A closed channel only means no other tab listens.
  }
}

/**
 * Tells Dexie's live queries in every tab and worker that `tables` changed, for a commit made
 * on a connection that keeps no live-query bookkeeping (openBulkWriterDb): Dexie posts this
 * over its own BroadcastChannel as it does for its own commits. Whole tables, not the keys
 * written: 20,000 keys would cost more to send and compare than the few live queries (an
 * article's claims, the activity list) cost to re-run. Call it where the commit happened.
 */
export function signalTablesChanged(db: ClaimbenchDb, tables: readonly string[]): void {
  const parts: ObservabilitySet = {};
  for (const name of tables) {
    const indexes = ["", ":dels", ...db.table(name).schema.indexes.map((index) => index.name)];
    for (const index of indexes) parts[`idb://${db.name}/${name}/${index}`] = new RangeSet(Dexie.minKey, Dexie.maxKey);
  }
  Dexie.on.storagemutated.fire(parts);
}

/** Tells every other tab that the workspace was replaced. */
export function announceReset(): void {
  try {
    openChannel()?.postMessage({ reset: true });
  } catch {
    // A closed channel only means no other tab listens.
  }
  closeIfUnused();
}

/** The history entries committed after `seq`, oldest first. */
export async function readChangesSince(db: ClaimbenchDb, seq: number): Promise<HistoryEntry[]> {
  return db.history.where("seq").above(seq).toArray();
}
