/**
 * Seed rules: the seeds load into a new workspace once; never over the user's articles, never
 * again after they were deleted, and an ordinary start of a seeded workspace records nothing.
 */
import { afterEach, expect, it } from "vitest";
import type { ClaimbenchDb } from "../../src/db/database.ts";
import { getSetting } from "../../src/db/queries/get-setting.ts";
import { deleteArticles } from "../../src/db/writes/delete-articles.ts";
import { importArticles } from "../../src/db/writes/import-articles.ts";
import { isSeeded, loadSeedArticles, SEEDED_SETTING } from "../../src/db/writes/load-seed-articles.ts";
import { undo } from "../../src/db/writes/undo.ts";
import { ann, freshWorkspace, makeExtractedArticle, makePart, MATCH_STORY } from "./factories.ts";

let db: ClaimbenchDb;
afterEach(() => db?.close());

const seeds = () => [makeExtractedArticle(), makeExtractedArticle({ raw: MATCH_STORY })];

it("loads the seeds into a new workspace in one recorded, not undoable entry", async () => {
  ({ db } = freshWorkspace());
  expect(await loadSeedArticles(db, seeds())).toBe(true);
  expect(await getSetting(db, SEEDED_SETTING)).toBe(true);
  const [entry, ...rest] = await db.history.toArray();
  expect(rest).toEqual([]);
  expect(entry).toMatchObject({ action: "load-seeds", reviewer: "", label: "Loaded 2 seed articles", undoable: false });
  expect(entry!.articleIds).toHaveLength(2);
  expect(entry!.claimIds.length).toBe(await db.claims.count());
  expect(await undo(db, ann)).toBeNull();
  expect(await db.articles.count()).toBe(2);
});

it("records nothing on a later start, and survives a reload", async () => {
  const workspace = freshWorkspace();
  db = workspace.db;
  await loadSeedArticles(db, seeds());
  db.close();
  db = workspace.reopen();
  expect(await loadSeedArticles(db, seeds())).toBe(false);
  expect(await db.history.count()).toBe(1);
});

it("never loads again after the user deleted the seeds", async () => {
  ({ db } = freshWorkspace());
  const parts = seeds();
  await loadSeedArticles(db, parts);
  await deleteArticles(db, parts.map((part) => part.article.id), ann);
  expect(await db.articles.count()).toBe(0);
  expect(await loadSeedArticles(db, parts)).toBe(false);
  expect(await db.articles.count()).toBe(0);
});

it("does not load over the user's articles, and remembers that, so emptying the workspace later brings no seeds", async () => {
  ({ db } = freshWorkspace());
  const own = makePart("a-own", 2);
  await importArticles(db, [own], ann);
  expect(await loadSeedArticles(db, seeds())).toBe(false);
  expect(await isSeeded(db)).toBe(true);
  expect((await db.articles.toArray()).map((article) => article.id)).toEqual(["a-own"]);
  await deleteArticles(db, ["a-own"], ann);
  expect(await loadSeedArticles(db, seeds())).toBe(false);
  expect(await db.articles.count()).toBe(0);
});

it("loads nothing at all when a seed is invalid", async () => {
  ({ db } = freshWorkspace());
  const [good, bad] = seeds();
  const broken = { ...bad!, claims: bad!.claims.map((claim, index) => (index === 0 ? { ...claim, occurrences: [] } : claim)) };
  await expect(loadSeedArticles(db, [good!, broken])).rejects.toThrow(/invalid claim .* occurrences/);
  expect(await db.articles.count()).toBe(0);
  expect(await isSeeded(db)).toBe(false);
  expect(await db.history.count()).toBe(0);
});
