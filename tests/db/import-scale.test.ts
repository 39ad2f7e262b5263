/**
 * An import of 1,000 articles with 20,000 claims, whole or streamed (the import worker's form):
 * one transaction, one history entry, and quick even on fake-indexeddb (real IndexedDB is
 * faster); loadClaimRows reads it back in pages.
 */
import { IDBKeyRange } from "fake-indexeddb";
import { afterEach, expect, it } from "vitest";
import { openBulkWriterDb, type ClaimbenchDb } from "../../src/db/database.ts";
import { loadClaimRows } from "../../src/db/queries/load-claim-rows.ts";
import { importArticles, importArticleStream } from "../../src/db/writes/import-articles.ts";
import { ann, freshWorkspace, makePart } from "./factories.ts";

let db: ClaimbenchDb;
afterEach(() => db?.close());

it("imports 1,000 articles and 20,000 claims in one transaction and pages them back", { timeout: 60_000 }, async () => {
  ({ db } = freshWorkspace());
  const parts = Array.from({ length: 1000 }, (_, index) => makePart(`a-${String(index).padStart(4, "0")}`, 20));
  const started = performance.now();
  const outcome = await importArticles(db, parts, ann);
  const seconds = (performance.now() - started) / 1000;
  expect(outcome.added).toHaveLength(1000);
  expect(await db.claims.count()).toBe(20_000);
  expect(await db.history.count()).toBe(1);
  // Measured at ~1.7 s on fake-indexeddb; the bound only catches a per-row transaction or an
  // accidental O(n²).
  expect(seconds).toBeLessThan(20);

  const pages: number[] = [];
  const rows = await loadClaimRows(db, (page) => void pages.push(page.length));
  expect(rows).toHaveLength(20_000);
  expect(pages.length).toBeGreaterThan(1);
  expect(new Set(rows.map((row) => row.id)).size).toBe(20_000);
  expect(rows[0]).toMatchObject({ articleTitle: "Held overnight", quantities: "128 people", speaker: "Police", cue: "said" });

  // Importing them again adds nothing and reports every one as a duplicate.
  const again = await importArticles(db, parts.slice(0, 10), ann);
  expect(again).toEqual({ added: [], duplicates: parts.slice(0, 10).map((part) => part.article.id) });
  expect(await db.history.count()).toBe(1);
});

it("streams 1,000 articles and 20,000 claims through the bulk writer in one transaction", { timeout: 60_000 }, async () => {
  const created = freshWorkspace();
  db = created.db;
  const writer = openBulkWriterDb(created.name, { indexedDB: created.factory, IDBKeyRange });
  try {
    const parts = Array.from({ length: 1000 }, (_, index) => makePart(`a-${String(index).padStart(4, "0")}`, 20));
    const started = performance.now();
    const { outcomes, seq } = await importArticleStream(writer, parts.map((part) => ({ part })), ann, { announce: false });
    const seconds = (performance.now() - started) / 1000;
    expect(outcomes.filter((outcome) => outcome.status === "added")).toHaveLength(1000);
    expect(await db.claims.count()).toBe(20_000);
    const entries = await db.history.toArray();
    expect(entries.map((entry) => [entry.seq, entry.claimIds.length, entry.articleIds.length])).toEqual([[seq, 20_000, 1000]]);
    // The bound only catches a per-row transaction or an accidental O(n²) (the whole-batch form takes as long).
    expect(seconds).toBeLessThan(20);
  } finally {
    writer.close();
  }
});
