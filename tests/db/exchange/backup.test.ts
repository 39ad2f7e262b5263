/** A backup holds everything — rows, history, settings — and restoring it is all or nothing. */
import { describe, expect, it } from "vitest";
import { Backup, exportBackup, restoreBackup } from "../../../src/db/exchange/backup.ts";
import { exportWorkspace } from "../../../src/db/exchange/export-workspace.ts";
import { importArticles } from "../../../src/db/writes/import-articles.ts";
import { setSetting } from "../../../src/db/writes/set-setting.ts";
import { setStatus } from "../../../src/db/writes/set-status.ts";
import { undo } from "../../../src/db/writes/undo.ts";
import { ann, freshWorkspace, makeExtractedArticle, MATCH_STORY } from "../factories.ts";

const AT = "2025-06-01T12:00:00.000Z";

async function reviewedWorkspace() {
  const { db } = freshWorkspace();
  await importArticles(db, [makeExtractedArticle(), makeExtractedArticle({ raw: MATCH_STORY })], ann);
  const ids = (await db.claims.toArray()).map((claim) => claim.id).sort();
  await setSetting(db, "reviewer", "Ann");
  await setStatus(db, [ids[0]!], "refuted", ann);
  await setStatus(db, [ids[1]!], "supported", ann);
  return { db, ids };
}

describe("backup and restore", () => {
  it("restores into an empty workspace exactly what was backed up, history and settings included", async () => {
    const { db } = await reviewedWorkspace();
    const backup = await exportBackup(db, AT);
    expect(Backup.parse(JSON.parse(JSON.stringify(backup)))).toEqual(backup);
    const empty = freshWorkspace().db;
    await restoreBackup(empty, Backup.parse(JSON.parse(JSON.stringify(backup))));
    expect(await exportBackup(empty, AT)).toEqual(backup);
  });

  it("keeps undo working after a restore", async () => {
    const { db, ids } = await reviewedWorkspace();
    const restored = freshWorkspace().db;
    await restoreBackup(restored, await exportBackup(db, AT));
    await undo(restored, ann);
    expect((await restored.claims.get(ids[1]!))?.review.status).toBe("unreviewed");
    expect((await restored.claims.get(ids[0]!))?.review.status).toBe("refuted");
  });

  it("replaces a workspace that had other work", async () => {
    const { db } = await reviewedWorkspace();
    const backup = await exportBackup(db, AT);
    const other = freshWorkspace().db;
    await importArticles(other, [makeExtractedArticle({ raw: "date 2024-01-01\nA different story in which 12 people were hurt." })], ann);
    await restoreBackup(other, backup);
    expect(await exportWorkspace(other, {}, AT)).toEqual(await exportWorkspace(db, {}, AT));
  });

  it("changes nothing when the restore fails half-way", async () => {
    const { db } = await reviewedWorkspace();
    const backup = await exportBackup(db, AT);
    const target = (await reviewedWorkspace()).db;
    await setStatus(target, [(await target.claims.toCollection().first())!.id], "unverifiable", ann);
    const before = await exportBackup(target, AT);
    // Two claims with one id: the claims table refuses the second after the articles went in.
    const broken = { ...backup, claims: [...backup.claims, backup.claims[0]!] };
    await expect(restoreBackup(target, broken)).rejects.toThrow();
    expect(await exportBackup(target, AT)).toEqual(before);
  });

  it("refuses a backup from a newer database version", async () => {
    const { db } = await reviewedWorkspace();
    const backup = { ...(await exportBackup(db, AT)), databaseVersion: db.verno + 1 };
    await expect(restoreBackup(freshWorkspace().db, backup)).rejects.toThrow(/newer claimbench/);
  });
});
