import { afterEach, describe, expect, it } from "vitest";
import type { ClaimbenchDb } from "../../src/db/database.ts";
import { claimsOfArticle } from "../../src/db/queries/get-claim.ts";
import { addClaim } from "../../src/db/writes/add-claim.ts";
import { deleteArticles } from "../../src/db/writes/delete-articles.ts";
import { deleteClaims } from "../../src/db/writes/delete-claims.ts";
import { editArticle } from "../../src/db/writes/edit-article.ts";
import { editClaim } from "../../src/db/writes/edit-claim.ts";
import { importArticles } from "../../src/db/writes/import-articles.ts";
import { mergeClaims } from "../../src/db/writes/merge-claims.ts";
import { setStatus } from "../../src/db/writes/set-status.ts";
import { setSetting } from "../../src/db/writes/set-setting.ts";
import { splitClaim } from "../../src/db/writes/split-claim.ts";
import { redo, undo } from "../../src/db/writes/undo.ts";
import { ann, bob, freshWorkspace, makeExtractedArticle, MATCH_STORY } from "./factories.ts";

let db: ClaimbenchDb;
afterEach(() => db?.close());

async function workspace() {
  const created = freshWorkspace();
  db = created.db;
  const part = makeExtractedArticle();
  await importArticles(db, [part], ann);
  const claims = await claimsOfArticle(db, part.article.id);
  return { ...created, part, claims, snapshot: async () => JSON.stringify(await claimsOfArticle(db, part.article.id)) };
}

const statusOf = async (id: string) => (await db.claims.get(id))?.review.status;

describe("undo and redo", () => {
  it("undoes the newest change first and redoes in the original order", async () => {
    const { claims } = await workspace();
    const id = claims[0]!.id;
    await setStatus(db, [id], "supported", ann);
    await setStatus(db, [id], "refuted", ann);
    expect((await undo(db, ann))?.action).toBe("set-status");
    expect(await statusOf(id)).toBe("supported");
    await undo(db, ann);
    expect(await statusOf(id)).toBe("unreviewed");
    await redo(db, ann);
    expect(await statusOf(id)).toBe("supported");
    await redo(db, ann);
    expect(await statusOf(id)).toBe("refuted");
    expect(await redo(db, ann)).toBeNull();
  });

  it("has nothing to undo after an import alone (imports are not undoable)", async () => {
    await workspace();
    expect(await undo(db, ann)).toBeNull();
    expect(await db.claims.count()).toBeGreaterThan(0);
  });

  it("ends the redo chain when a new change is made", async () => {
    const { claims } = await workspace();
    await setStatus(db, [claims[0]!.id], "supported", ann);
    await undo(db, ann);
    await setStatus(db, [claims[1]!.id], "refuted", ann);
    expect(await redo(db, ann)).toBeNull();
    expect(await statusOf(claims[0]!.id)).toBe("unreviewed");
  });

  it("brings back exactly the rows a split, a merge and a delete changed", async () => {
    const { part, claims, snapshot } = await workspace();
    const before = await snapshot();
    const tax = claims.find((claim) => claim.quote.exact.includes("3 per cent"))!;
    const [a, b] = await splitClaim(db, tax.id, part.article.text.indexOf("rise", tax.span.start), ann);
    await mergeClaims(db, [a, b], ann);
    await deleteClaims(db, [claims[0]!.id], ann);
    await editClaim(db, claims[1]!.id, { text: "Rewritten.", note: "checked" }, ann);
    for (let step = 0; step < 4; step++) expect(await undo(db, ann)).not.toBeNull();
    expect(await snapshot()).toBe(before);
    for (let step = 0; step < 4; step++) expect(await redo(db, ann)).not.toBeNull();
    // Merging the two halves gives back the original span, so the merged claim takes its id.
    expect(await db.claims.get(tax.id)).toMatchObject({ origin: "manual", span: tax.span });
    expect(await db.claims.bulkGet([a, b])).toEqual([undefined, undefined]);
    expect(await db.claims.get(claims[0]!.id)).toBeUndefined();
    expect((await db.claims.get(claims[1]!.id))!.text).toBe("Rewritten.");
  });

  it("still works after the database is closed and opened again (a reload)", async () => {
    const { claims, reopen } = await workspace();
    await setStatus(db, [claims[0]!.id], "refuted", ann);
    await setStatus(db, [claims[1]!.id], "supported", ann);
    db.close();
    db = reopen();
    await undo(db, ann);
    expect(await statusOf(claims[1]!.id)).toBe("unreviewed");
    db.close();
    db = reopen();
    await undo(db, ann);
    expect(await statusOf(claims[0]!.id)).toBe("unreviewed");
    await redo(db, ann);
    expect(await statusOf(claims[0]!.id)).toBe("refuted");
  });

  it("records undo and redo in the history, naming what they reversed", async () => {
    const { claims } = await workspace();
    await setStatus(db, [claims[0]!.id], "refuted", ann);
    await undo(db, ann);
    await redo(db, ann);
    const entries = await db.history.orderBy("seq").toArray();
    expect(entries.map((entry) => entry.action)).toEqual(["import", "set-status", "undo", "redo"]);
    expect(entries[2]!.label).toMatch(/^Undid: Status of 1 claim/);
    expect(entries[2]!.claimIds).toEqual([claims[0]!.id]);
    expect(entries[1]!.undone).toBe(false);
  });

  it("undoes and redoes an added claim, an article edit and a deleted article with all its claims", async () => {
    const { part, snapshot } = await workspace();
    const articleId = part.article.id;
    const before = await snapshot();
    const article = await db.articles.get(articleId);
    const id = await addClaim(db, articleId, { start: 0, end: 20 }, ann);
    await editArticle(db, articleId, { title: "Budget", outlet: "Gazette" }, ann);
    await deleteArticles(db, [articleId], ann);
    expect(await db.articles.count()).toBe(0);
    expect((await undo(db, ann))?.action).toBe("delete-articles");
    expect((await db.articles.get(articleId))?.outlet).toBe("Gazette");
    expect(await db.claims.get(id)).toBeDefined();
    await undo(db, ann);
    expect(await db.articles.get(articleId)).toEqual(article);
    await undo(db, ann);
    expect(await snapshot()).toBe(before);
    await redo(db, ann);
    expect((await db.claims.get(id))?.origin).toBe("manual");
    await redo(db, ann);
    await redo(db, ann);
    expect(await db.articles.count()).toBe(0);
    expect(await db.claims.count()).toBe(0);
  });

  it("shares one history across tabs: a second tab undoes the first tab's newest change", async () => {
    const { claims, reopen } = await workspace();
    const other = reopen();
    try {
      await setStatus(db, [claims[0]!.id], "supported", ann);
      await setStatus(other, [claims[1]!.id], "refuted", bob);
      expect((await undo(other, bob))?.reviewer).toBe("Bob");
      expect((await undo(other, bob))?.reviewer).toBe("Ann");
      expect(await statusOf(claims[0]!.id)).toBe("unreviewed");
      expect((await redo(db, ann))?.reviewer).toBe("Ann");
      expect(await statusOf(claims[0]!.id)).toBe("supported");
    } finally {
      other.close();
    }
  });

  it("keeps the redo chain across writes that cannot be undone (a setting, an import)", async () => {
    const { claims } = await workspace();
    await setStatus(db, [claims[0]!.id], "supported", ann);
    await undo(db, ann);
    await setSetting(db, "reviewer", "Ann");
    await importArticles(db, [makeExtractedArticle({ raw: MATCH_STORY })], ann);
    expect((await redo(db, ann))?.action).toBe("set-status");
    expect(await statusOf(claims[0]!.id)).toBe("supported");
  });

  it("puts back a row as recorded even when a later import rewrote it (documented: no comparison)", async () => {
    const { part, claims } = await workspace();
    await setStatus(db, [claims[0]!.id], "refuted", ann);
    await deleteArticles(db, [part.article.id], ann);
    // The same article imported again: its claims come back unreviewed.
    await importArticles(db, [part], ann);
    expect(await statusOf(claims[0]!.id)).toBe("unreviewed");
    await undo(db, ann);
    expect(await statusOf(claims[0]!.id)).toBe("refuted");
    expect(await db.claims.count()).toBe(claims.length);
  });

  it("moves past an undoable entry that recorded no rows instead of sticking on it", async () => {
    const { claims } = await workspace();
    await setStatus(db, [claims[0]!.id], "refuted", ann);
    await db.history.add({ at: new Date().toISOString(), reviewer: "", action: "edit-groups", label: "empty", articleIds: [], claimIds: [], changes: [], undoable: true });
    expect((await undo(db, ann))?.label).toBe("empty");
    expect((await undo(db, ann))?.action).toBe("set-status");
    expect(await statusOf(claims[0]!.id)).toBe("unreviewed");
  });

  it("has nothing to undo or redo in a new workspace, and records nothing for trying", async () => {
    ({ db } = freshWorkspace());
    expect(await undo(db, ann)).toBeNull();
    expect(await redo(db, ann)).toBeNull();
    expect(await db.history.count()).toBe(0);
  });
});
