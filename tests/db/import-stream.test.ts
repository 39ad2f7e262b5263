/**
 * The streamed import (what the import worker runs): articles asked for one at a time while
 * the earlier ones are written, in one transaction — everything or nothing, one history entry,
 * duplicates and problems reported per input — on the bulk writer's connection, which keeps
 * no live-query bookkeeping.
 */
import { Dexie } from "dexie";
import { IDBKeyRange } from "fake-indexeddb";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { ExtractedArticle } from "../../src/core/extract/extract-claim-set.ts";
import { signalTablesChanged, subscribeToChanges } from "../../src/db/change-feed.ts";
import { openBulkWriterDb, type ClaimbenchDb } from "../../src/db/database.ts";
import { ADDS_IN_FLIGHT, importArticleStream, type ImportSource } from "../../src/db/writes/import-articles.ts";
import { StorageFullError } from "../../src/db/writes/transact.ts";
import { ann, freshWorkspace, makeClaim, makeExtractedArticle, makePart, MATCH_STORY } from "./factories.ts";

const open: ClaimbenchDb[] = [];
afterEach(() => {
  for (const db of open.splice(0)) db.close();
});

/** A fresh workspace, and a bulk writer's connection to the same database. */
function workspace() {
  const created = freshWorkspace();
  const writer = openBulkWriterDb(created.name, { indexedDB: created.factory, IDBKeyRange });
  open.push(created.db, writer);
  return { db: created.db, writer };
}

const counts = async (db: ClaimbenchDb) => [await db.articles.count(), await db.claims.count(), await db.history.count()];

describe("importArticleStream", () => {
  it("asks for the next article while earlier ones are stored, with at most ADDS_IN_FLIGHT adds waiting", async () => {
    const { db, writer } = workspace();
    let waiting = 0;
    let most = 0;
    for (const table of [writer.table("articles"), writer.table("claims")]) {
      const bulkAdd = table.bulkAdd.bind(table) as (rows: readonly unknown[]) => Promise<unknown>;
      (table as { bulkAdd: unknown }).bulkAdd = (rows: readonly unknown[]) => {
        waiting++;
        return bulkAdd(rows).finally(() => waiting--);
      };
    }
    // Three times the bound in articles, two adds each: an unbounded queue would pass it.
    function* sources(): Generator<ImportSource> {
      for (let index = 0; index < ADDS_IN_FLIGHT * 3; index++) {
        most = Math.max(most, waiting);
        yield { part: makePart(`a-${index}`, 2) };
      }
    }
    const { outcomes } = await importArticleStream(writer, sources(), ann);
    expect(outcomes.every((outcome) => outcome.status === "added")).toBe(true);
    expect(await db.claims.count()).toBe(ADDS_IN_FLIGHT * 6);
    expect(most).toBeGreaterThan(2);
    expect(most).toBeLessThanOrEqual(ADDS_IN_FLIGHT);
  });

  it("adds each article, reports duplicates and problems per input, and records one entry", async () => {
    const { db, writer } = workspace();
    const council = makeExtractedArticle();
    const match = makeExtractedArticle({ raw: MATCH_STORY, fileName: "match.txt" });
    const { seq: first } = await importArticleStream(writer, [{ part: council }], ann);
    expect(first).toBeTypeOf("number");

    const foreign: ExtractedArticle = { ...makePart("a-x", 1), claims: [makeClaim({ articleId: "a-other", id: "a-other-c1" })] };
    const invalid: ExtractedArticle = { ...makePart("a-y", 1), claims: [makeClaim({ articleId: "a-y", id: "a-y-c1", checkworthiness: 7 })] };
    const { outcomes, seq } = await importArticleStream(
      writer,
      [{ part: match }, { problem: "extraction failed: boom" }, { part: council }, { part: match }, { part: foreign }, { part: invalid }],
      ann,
    );
    expect(outcomes).toEqual([
      { status: "added", articleId: match.article.id, title: match.article.title, claimCount: match.claims.length },
      { status: "problem", detail: "extraction failed: boom" },
      { status: "duplicate", articleId: council.article.id, title: council.article.title },
      { status: "duplicate", articleId: match.article.id, title: match.article.title, sameAs: 0 },
      { status: "problem", detail: "not saved: claim a-other-c1 does not belong to article a-x" },
      { status: "problem", detail: expect.stringMatching(/^not saved: refused to save an invalid claim \(a-y-c1\) at checkworthiness/) },
    ]);
    expect(seq).toBeGreaterThan(first!);
    expect(await db.claims.where("articleId").equals(match.article.id).count()).toBe(match.claims.length);
    expect(await db.articles.get("a-x")).toBeUndefined();
    expect(await db.articles.get("a-y")).toBeUndefined();
    const entry = (await db.history.get(seq!))!;
    expect(entry).toMatchObject({ action: "import", label: "Imported 1 article", articleIds: [match.article.id], undoable: false });
    expect(new Set(entry.claimIds)).toEqual(new Set(match.claims.map((claim) => claim.id)));
    // The stored rows carry the write module's bookkeeping.
    const stored = (await db.claims.get(match.claims[0]!.id))!;
    expect(stored).toMatchObject({ origin: "extracted", createdAt: entry.at, updatedAt: entry.at });
  });

  it("records nothing when nothing was added", async () => {
    const { db, writer } = workspace();
    const result = await importArticleStream(writer, [{ problem: "file is empty" }], ann);
    expect(result).toEqual({ outcomes: [{ status: "problem", detail: "file is empty" }], seq: null });
    expect(await counts(db)).toEqual([0, 0, 0]);
  });

  it("asks for each article only after handing the earlier ones to IndexedDB, and reports each", async () => {
    const { db, writer } = workspace();
    const asked: number[] = [];
    const done: number[] = [];
    function* sources(): Generator<ImportSource> {
      for (let index = 0; index < 50; index++) {
        asked.push(index);
        yield { part: makePart(`a-${String(index).padStart(3, "0")}`, 5) };
      }
    }
    let committing = 0;
    const { outcomes } = await importArticleStream(writer, sources(), ann, { onItem: (count) => done.push(count), onCommitting: () => committing++ });
    expect(outcomes.every((outcome) => outcome.status === "added")).toBe(true);
    expect(done).toEqual(Array.from({ length: 50 }, (_, index) => index + 1));
    expect(committing).toBe(1);
    expect(await counts(db)).toEqual([50, 250, 1]);
  });

  it("rolls every row back when cancelled half-way, even rows long written", async () => {
    const { db, writer } = workspace();
    const controller = new AbortController();
    function* sources(): Generator<ImportSource> {
      for (let index = 0; index < 60; index++) {
        if (index === 40) controller.abort(new DOMException("Import cancelled", "AbortError"));
        yield { part: makePart(`a-${index}`, 3) };
      }
    }
    let committing = 0;
    const importing = importArticleStream(writer, sources(), ann, { signal: controller.signal, onCommitting: () => committing++ });
    await expect(importing).rejects.toMatchObject({ name: "AbortError" });
    expect(committing).toBe(0);
    expect(await counts(db)).toEqual([0, 0, 0]);
  });

  it("rolls everything back when producing an article throws", async () => {
    const { db, writer } = workspace();
    function* sources(): Generator<ImportSource> {
      yield { part: makePart("a-1", 3) };
      yield { part: makePart("a-2", 3) };
      throw new Error("the worker's extractor broke");
    }
    await expect(importArticleStream(writer, sources(), ann)).rejects.toThrow("the worker's extractor broke");
    expect(await counts(db)).toEqual([0, 0, 0]);
  });

  it("fails on a full disk half-way with the plain message and saves none of it", async () => {
    const { db, writer } = workspace();
    let created = 0;
    writer.claims.hook("creating", () => {
      if (++created === 30) throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
    });
    const parts = Array.from({ length: 20 }, (_, index) => ({ part: makePart(`a-${index}`, 4) }));
    const importing = importArticleStream(writer, parts, ann);
    await expect(importing).rejects.toBeInstanceOf(StorageFullError);
    expect(await counts(db)).toEqual([0, 0, 0]);
  });

  it("leaves the announcement to the caller when asked to", async () => {
    const { writer } = workspace();
    const heard = vi.fn();
    const stop = subscribeToChanges(heard);
    try {
      const { seq } = await importArticleStream(writer, [{ part: makePart("a-1", 2) }], ann, { announce: false });
      expect(seq).toBeTypeOf("number");
      await new Promise((resolve) => setTimeout(resolve, 20));
      expect(heard).not.toHaveBeenCalled();
      await importArticleStream(writer, [{ part: makePart("a-2", 2) }], ann);
      expect(heard).toHaveBeenCalledTimes(1);
    } finally {
      stop();
    }
  });
});

describe("signalTablesChanged", () => {
  it("tells Dexie every index of the tables changed (Dexie sends it on to the other tabs' live queries)", () => {
    const { db, writer } = workspace();
    const heard: string[][] = [];
    const listener = (parts: Record<string, unknown>) => heard.push(Object.keys(parts));
    Dexie.on.storagemutated.subscribe(listener);
    try {
      signalTablesChanged(writer, ["claims", "history"]);
    } finally {
      Dexie.on.storagemutated.unsubscribe(listener);
    }
    expect(heard).toHaveLength(1);
    expect(heard[0]).toEqual(
      expect.arrayContaining([
        `idb://${db.name}/claims/`,
        `idb://${db.name}/claims/articleId`,
        `idb://${db.name}/claims/[articleId+review.status]`,
        `idb://${db.name}/history/claimIds`,
      ]),
    );
    expect(heard[0]!.some((part) => part.includes("/articles/"))).toBe(false);
  });
});
