/** A full disk in the middle of a write: a plain message, and nothing half-written. */
import { describe, expect, it } from "vitest";
import { importArticles } from "../../src/db/writes/import-articles.ts";
import { setStatus } from "../../src/db/writes/set-status.ts";
import { StorageFullError } from "../../src/db/writes/transact.ts";
import { ann, freshWorkspace, makeExtractedArticle, MATCH_STORY } from "./factories.ts";

describe("a full disk", () => {
  it("fails an import half-way with a plain message and saves none of it", async () => {
    const { db } = freshWorkspace();
    let created = 0;
    db.claims.hook("creating", () => {
      if (++created === 3) throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
    });
    const importing = importArticles(db, [makeExtractedArticle(), makeExtractedArticle({ raw: MATCH_STORY })], ann);
    await expect(importing).rejects.toBeInstanceOf(StorageFullError);
    await expect(importing).rejects.toThrow(/storage for this site is full: nothing of this change was saved/);
    expect(created).toBe(3);
    expect([await db.articles.count(), await db.claims.count(), await db.history.count()]).toEqual([0, 0, 0]);
  });

  it("leaves an edit unsaved, and the claim as it was", async () => {
    const { db } = freshWorkspace();
    await importArticles(db, [makeExtractedArticle()], ann);
    const id = (await db.claims.toCollection().first())!.id;
    const entries = await db.history.count();
    db.claims.hook("updating", () => {
      throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
    });
    await expect(setStatus(db, [id], "refuted", ann)).rejects.toBeInstanceOf(StorageFullError);
    expect((await db.claims.get(id))?.review.status).toBe("unreviewed");
    expect(await db.history.count()).toBe(entries);
  });
});
