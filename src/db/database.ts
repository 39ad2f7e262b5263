/**
 * The workbench's IndexedDB database (Dexie): what tables exist, at which schema version.
 * Writes go through src/db/writes/ only; reads through src/db/queries/.
 */
import { Dexie, type EntityTable } from "dexie";
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

  constructor(name: string = DATABASE_NAME, dependencies?: IndexedDbDependencies) {
    super(name, dependencies);
    this.version(1).stores(V1_STORES);
  }
}

export function openClaimbenchDb(name: string = DATABASE_NAME, dependencies?: IndexedDbDependencies): ClaimbenchDb {
  return new ClaimbenchDb(name, dependencies);
}
