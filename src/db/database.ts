/**
 * The workbench's IndexedDB database (Dexie): what tables exist, at which schema version.
 * Writes go through src/db/writes/ only; reads through src/db/queries/.
 */
import { Dexie, type DexieOptions, type EntityTable } from "dexie";
import type { HistoryEntry, Setting, StoredArticle, StoredClaim, StoredGroup } from "./records.ts";
import { V1_STORES } from "./versions/v1.ts";

/** Do not rename: the database and table names are where every user's work is stored. */
export const DATABASE_NAME = "claimbench";

/** Where Dexie finds IndexedDB; tests pass a fresh fake-indexeddb factory per test. */
export interface IndexedDbDependencies {
  indexedDB: IDBFactory;
  IDBKeyRange: typeof IDBKeyRange;
}

export class ClaimbenchDb extends Dexie {
  // Do not rename these tables.
  articles!: EntityTable<StoredArticle, "id">;
  claims!: EntityTable<StoredClaim, "id">;
  groups!: EntityTable<StoredGroup, "id">;
  history!: EntityTable<HistoryEntry, "seq">;
  settings!: EntityTable<Setting, "key">;

  constructor(name: string = DATABASE_NAME, dependencies?: IndexedDbDependencies, options: Pick<DexieOptions, "cache"> = {}) {
    super(name, { ...dependencies, ...options });
    this.version(1).stores(V1_STORES);
  }
}

export function openClaimbenchDb(name: string = DATABASE_NAME, dependencies?: IndexedDbDependencies): ClaimbenchDb {
  return new ClaimbenchDb(name, dependencies);
}

/**
 * A connection for a bulk write in a worker (the import worker), without Dexie's live-query
 * bookkeeping: nothing live-queries in a worker, and Dexie would otherwise record every key
 * the transaction writes (the import's one history entry lists 20,000 claim ids in the
 * multi-entry `claimIds` index: ~190 ms of RangeSet inserts) and post them all to every tab.
 * The writer signals the tables it changed instead, after the commit (signalTablesChanged).
 */
export function openBulkWriterDb(name: string = DATABASE_NAME, dependencies?: IndexedDbDependencies): ClaimbenchDb {
  const db = new ClaimbenchDb(name, dependencies, { cache: "disabled" });
  db.unuse({ stack: "dbcore", name: "Observability" });
  return db;
}
