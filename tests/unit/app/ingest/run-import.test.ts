import { IDBKeyRange } from "fake-indexeddb";
import { afterEach, describe, expect, it } from "vitest";
import { runImport, type ImportSteps, type PreparedInput } from "../../../../src/app/ingest/run-import.ts";
import type { ClaimbenchDb } from "../../../../src/db/database.ts";
import { createImportApi } from "../../../../src/worker/import-api.ts";
import { createImportClient } from "../../../../src/worker/import-client.ts";
import { ann, freshWorkspace } from "../../../db/factories.ts";
import { fakeWorkers } from "../../worker/fake-workers.ts";

const ok = (label: string, raw: string): PreparedInput => ({ label, ok: true, input: { raw, fileName: label } });

let cleanups: (() => void)[] = [];
afterEach(() => {
  cleanups.forEach((cleanup) => cleanup());
  cleanups = [];
});

/** The import worker over a MessageChannel in this thread, storing into a fresh fake-indexeddb workspace. */
function steps(prepared: PreparedInput[]) {
  const { db, factory, name } = freshWorkspace();
  const workers = fakeWorkers(() => createImportApi({ indexedDB: factory, IDBKeyRange }, { progressIntervalMs: 0 }));
  cleanups.push(() => db.close(), workers.close);
  const importInWorker = createImportClient(workers.spawn);
  const calls: number[] = [];
  const progress: string[] = [];
  const run: ImportSteps = {
    prepare: async (onPrepared: (done: number) => void) => {
      prepared.forEach((_, index) => onPrepared(index + 1));
      return prepared;
    },
    importInputs: (inputs, options) => {
      calls.push(inputs.length);
      return importInWorker(name, inputs, ann, options);
    },
    onProgress: (phase: string, done: number, total: number) => progress.push(`${phase} ${done}/${total}`),
  };
  return { db, calls, progress, steps: run };
}

const counts = async (db: ClaimbenchDb) => [await db.articles.count(), await db.claims.count(), await db.history.count()];

describe("runImport", () => {
  it("reports each input: added with its claims, refused with its problem; saves in one call", async () => {
    const run = steps([
      ok("a.txt", "date 2020-09-02 A total of 128 people were held, the ministry said."),
      { label: "empty.txt", ok: false, problem: "file is empty" },
      ok("b.txt", "Over 7,000 protesters were detained."),
    ]);
    const results = await runImport(3, run.steps);
    expect(results.map((result) => [result.label, result.status])).toEqual([
      ["a.txt", "added"],
      ["empty.txt", "problem"],
      ["b.txt", "added"],
    ]);
    expect((results[0] as { claimCount: number }).claimCount).toBeGreaterThan(0);
    expect(results[1]).toEqual({ label: "empty.txt", status: "problem", detail: "file is empty" });
    expect(run.calls).toEqual([2]);
    const [articles, claims, entries] = await counts(run.db);
    expect([articles, entries]).toEqual([2, 1]);
    expect(claims).toBe(results.reduce((sum, result) => sum + (result.status === "added" ? result.claimCount : 0), 0));
    expect(run.progress).toEqual([
      "reading 0/3",
      "reading 1/3",
      "reading 2/3",
      "reading 3/3",
      "extracting 0/2",
      "extracting 1/2",
      "extracting 2/2",
      "saving 2/2",
    ]);
  });

  it("marks an article already in the workspace as a duplicate", async () => {
    const raw = "Some 200 extremists are in Belarus, Lavrov claimed.";
    const run = steps([ok("first.txt", raw)]);
    const [first] = await runImport(1, run.steps);
    run.steps.prepare = async () => [ok("again.txt", raw)];
    expect(await runImport(1, run.steps)).toEqual([
      { label: "again.txt", status: "duplicate", articleId: (first as { articleId: string }).articleId, title: expect.any(String), detail: "already in the workspace" },
    ]);
    expect(await counts(run.db)).toEqual([1, expect.any(Number), 1]);
  });

  it("saves the same article given twice in one import once", async () => {
    const raw = "More than 120 people were detained.";
    const run = steps([ok("one.txt", raw), { label: "bad.md", ok: false, problem: "file is binary" }, ok("copy.txt", raw)]);
    const results = await runImport(3, run.steps);
    expect(results.map((result) => result.status)).toEqual(["added", "problem", "duplicate"]);
    expect(results[2]).toMatchObject({ detail: "same article as one.txt in this import" });
    expect((await counts(run.db))[0]).toBe(1);
  });

  it("does not call the worker when nothing could be read", async () => {
    const run = steps([{ label: "x.pdf", ok: false, problem: "unsupported file type" }]);
    expect(await runImport(1, run.steps)).toEqual([{ label: "x.pdf", status: "problem", detail: "unsupported file type" }]);
    expect(run.calls).toEqual([]);
  });

  it("reports a failed save against every article it held (one transaction: none saved)", async () => {
    const run = steps([ok("a.txt", "One claim of 5 people."), { label: "b.txt", ok: false, problem: "file is empty" }]);
    run.steps.importInputs = async () => ({ saved: false, error: "The browser's storage for this site is full" });
    expect(await runImport(2, run.steps)).toEqual([
      { label: "a.txt", status: "problem", detail: "not saved: The browser's storage for this site is full" },
      { label: "b.txt", status: "problem", detail: "file is empty" },
    ]);
  });

  it("rejects when the worker dies half-way through", async () => {
    const run = steps([ok("a.txt", "Police said 5 people were held."), ok("b.txt", "Police said 6 people were held.")]);
    run.steps.importInputs = async (_inputs, options) => {
      options.onProgress?.({ phase: "extracting", done: 1, total: 2 });
      throw new Error("The import worker stopped. Reload the page and try again.");
    };
    await expect(runImport(2, run.steps)).rejects.toThrow(/worker stopped/);
    expect(run.progress).toContain("extracting 1/2");
  });

  it("saves nothing when cancelled while extracting", async () => {
    const controller = new AbortController();
    const run = steps(Array.from({ length: 100 }, (_, index) => ok(`${index}.txt`, `Police said ${index + 10} people were held on Sunday.`)));
    run.steps.signal = controller.signal;
    const onProgress = run.steps.onProgress!;
    run.steps.onProgress = (phase, done, total) => {
      onProgress(phase, done, total);
      if (phase === "extracting" && done === 30) controller.abort(new DOMException("Import cancelled", "AbortError"));
    };
    await expect(runImport(100, run.steps)).rejects.toMatchObject({ name: "AbortError" });
    expect(await counts(run.db)).toEqual([0, 0, 0]);
  });

  it("stops before the worker when cancelled while reading", async () => {
    const controller = new AbortController();
    const run = steps([ok("a.txt", "One."), ok("b.txt", "Two.")]);
    run.steps.signal = controller.signal;
    run.steps.prepare = async () => {
      controller.abort(new DOMException("Import cancelled", "AbortError"));
      return [ok("a.txt", "One.")];
    };
    await expect(runImport(2, run.steps)).rejects.toMatchObject({ name: "AbortError" });
    expect(run.calls).toEqual([]);
  });
});
