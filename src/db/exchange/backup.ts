/**
 * A backup: one file with everything in the workspace — articles, claims, comparison groups,
 * the change history (so undo still works after a restore) and the settings. Restoring one
 * replaces the workspace in a single transaction: afterwards it is exactly what was backed up,
 * or, if anything fails, exactly what it was before.
 */
import { z } from "zod";
import type { ClaimSet } from "../../../claim-schemas/claim-set.ts";
import { CLAIM_SET_FORMAT, CLAIM_SET_VERSION } from "../../../claim-schemas/vocabulary.ts";
import { GENERATOR } from "../../core/extract/extract-claim-set.ts";
import { BACKUP_FORMAT } from "../../io/claim-set/name-other-format.ts";
import { announceReset } from "../change-feed.ts";
import type { ClaimbenchDb } from "../database.ts";
import { HISTORY_ACTIONS, HISTORY_TABLES, StoredArticle, StoredClaim, StoredGroup, type HistoryEntry } from "../records.ts";
import { toArticle, toClaim } from "./export-workspace.ts";

export { BACKUP_FORMAT };
export const BACKUP_VERSION = 1;

const timestamp = z.iso.datetime({ offset: true });

const RowChangeSchema = z.looseObject({
  table: z.enum(HISTORY_TABLES),
  key: z.string(),
  before: z.unknown().optional(),
  after: z.unknown().optional(),
});

export const HistoryEntrySchema = z.looseObject({
  seq: z.number().int().positive(),
  at: timestamp,
  reviewer: z.string(),
  action: z.enum(HISTORY_ACTIONS),
  label: z.string(),
  articleIds: z.array(z.string()),
  claimIds: z.array(z.string()),
  changes: z.array(RowChangeSchema).optional(),
  undoable: z.boolean(),
  undone: z.boolean().optional(),
  target: z.number().int().optional(),
});

export const Backup = z.looseObject({
  format: z.literal(BACKUP_FORMAT),
  version: z.literal(BACKUP_VERSION),
  generator: z.string(),
  exportedAt: timestamp,
  /** The IndexedDB schema version the rows were read at. */
  databaseVersion: z.number().int().positive(),
  articles: z.array(StoredArticle),
  claims: z.array(StoredClaim),
  groups: z.array(StoredGroup),
  history: z.array(HistoryEntrySchema),
  settings: z.array(z.looseObject({ key: z.string(), value: z.unknown() })),
});
export type Backup = z.infer<typeof Backup>;

export async function exportBackup(db: ClaimbenchDb, exportedAt = new Date().toISOString()): Promise<Backup> {
  return db.transaction("r", [db.articles, db.claims, db.groups, db.history, db.settings], async () => ({
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    generator: GENERATOR,
    exportedAt,
    databaseVersion: db.verno,
    articles: await db.articles.toArray(),
    claims: await db.claims.toArray(),
    groups: await db.groups.toArray(),
    history: (await db.history.toArray()) as Backup["history"],
    settings: (await db.settings.toArray()) as Backup["settings"],
  }));
}

/** The backup's articles and claims as a claim set, so the claim-set integrity checks can run over it. */
export function backupAsClaimSet(backup: Backup): ClaimSet {
  return {
    format: CLAIM_SET_FORMAT,
    version: CLAIM_SET_VERSION,
    generator: backup.generator,
    exportedAt: backup.exportedAt,
    articles: backup.articles.map(toArticle),
    claims: backup.claims.map(toClaim),
    groups: backup.groups.map(({ updatedAt: _updated, ...group }) => group),
  };
}

/**
 * Replaces everything in the workspace with the backup, in one transaction, then tells other
 * tabs the workspace was replaced (they must reload: their rows and history position are gone).
 */
export async function restoreBackup(db: ClaimbenchDb, backup: Backup): Promise<void> {
  if (backup.databaseVersion > db.verno) {
    throw new Error(`this backup was made by a newer claimbench (database version ${backup.databaseVersion}); this one is at version ${db.verno}`);
  }
  await db.transaction("rw", [db.articles, db.claims, db.groups, db.history, db.settings], async () => {
    await Promise.all([db.articles.clear(), db.claims.clear(), db.groups.clear(), db.history.clear(), db.settings.clear()]);
    await db.articles.bulkAdd(backup.articles);
    await db.claims.bulkAdd(backup.claims);
    await db.groups.bulkAdd(backup.groups);
    await db.history.bulkAdd(backup.history as HistoryEntry[]);
    await db.settings.bulkAdd(backup.settings);
  });
  announceReset();
}
