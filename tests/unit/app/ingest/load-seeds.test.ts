import { IDBFactory, IDBKeyRange } from "fake-indexeddb";
import { afterEach, describe, expect, it } from "vitest";
import { loadSeedsOnFirstStart } from "../../../../src/app/ingest/load-seeds.ts";
import { openClaimbenchDb, type ClaimbenchDb } from "../../../../src/db/database.ts";
import { importArticles } from "../../../../src/db/writes/import-articles.ts";
import { extractionApi } from "../../../../src/worker/extraction-api.ts";
import type { ExtractInWorker } from "../../../../src/worker/extraction-client.ts";

const FILES = [
  { fileName: "000.txt", raw: "date 2020-09-02 A total of 128 people were held across Belarus, the ministry said." },
  { fileName: "001.txt", raw: "date 2020-09-14 Over 7,000 protesters were detained." },
];

let db: ClaimbenchDb | undefined;
afterEach(() => db?.close());

function freshDb(): ClaimbenchDb {
  db = openClaimbenchDb("claimbench-test", { indexedDB: new IDBFactory(), IDBKeyRange });
  return db;
}

/** The worker's functions in this thread, counting calls. */
function countingExtract() {
  const calls: number[] = [];
  const extract: ExtractInWorker = async (inputs) => {
    calls.push(inputs.length);
    return extractionApi.extractFiles(inputs);
  };
  return { extract, calls };
}

describe("loadSeedsOnFirstStart", () => {
  it("extracts and stores the seeds in a new workspace, once", async () => {
    const database = freshDb();
    const { extract, calls } = countingExtract();
    expect(await loadSeedsOnFirstStart(database, { files: FILES, extract })).toBe(true);
    expect((await database.articles.toArray()).map((article) => article.fileName).sort()).toEqual(["000.txt", "001.txt"]);
    expect(await database.claims.count()).toBeGreaterThan(1);

    expect(await loadSeedsOnFirstStart(database, { files: FILES, extract })).toBe(false);
    expect(calls).toEqual([2]);
  });

  it("does not seed, or extract, when the workspace already holds articles", async () => {
    const database = freshDb();
    const { extract, calls } = countingExtract();
    const [own] = await extractionApi.extractFiles([{ raw: "My own article about 5 people." }]);
    await importArticles(database, own?.ok ? [own.result] : [], { reviewer: "me" });
    expect(await loadSeedsOnFirstStart(database, { files: FILES, extract })).toBe(false);
    expect(calls).toEqual([]);
    expect(await database.articles.count()).toBe(1);
  });

  it("loads the seeds that extract when one fails", async () => {
    const database = freshDb();
    const extract: ExtractInWorker = async (inputs) => {
      const outcomes = await extractionApi.extractFiles(inputs);
      return [{ ok: false, error: "extraction failed: boom" }, ...outcomes.slice(1)];
    };
    const warnings: unknown[] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args.join(" "));
    try {
      expect(await loadSeedsOnFirstStart(database, { files: FILES, extract })).toBe(true);
    } finally {
      console.warn = warn;
    }
    expect((await database.articles.toArray()).map((article) => article.fileName)).toEqual(["001.txt"]);
    expect(warnings).toEqual(["claimbench: seed 000.txt not loaded: extraction failed: boom"]);
  });
});
