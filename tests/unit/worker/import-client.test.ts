/**
 * The import worker and its page-side client, over a MessageChannel in this thread with
 * fake-indexeddb: the worker extracts and stores every input in one transaction; the client
 * announces the commit on the change feed once it happened; cancelling (or a worker ended
 * while stuck) leaves nothing; a failed write, a malformed result and a crash are reported.
 */
import { IDBKeyRange, IDBObjectStore } from "fake-indexeddb";
import { afterEach, describe, expect, it } from "vitest";
import { subscribeToChanges } from "../../../src/db/change-feed.ts";
import type { ClaimbenchDb } from "../../../src/db/database.ts";
import { createImportApi, type ImportProgressEvent } from "../../../src/worker/import-api.ts";
import { createImportClient } from "../../../src/worker/import-client.ts";
import { ann, freshWorkspace } from "../../db/factories.ts";
import { fakeWorkers } from "./fake-workers.ts";

const STORY = "date 2020-09-02 A total of 128 people were held across Belarus the previous day, the Interior Ministry said.";
const story = (index: number) => `date 2020-09-0${1 + (index % 9)} Police said ${100 + index} people were detained in Minsk on Sunday.`;

let cleanups: (() => void)[] = [];
afterEach(() => {
  cleanups.forEach((cleanup) => cleanup());
  cleanups = [];
});

function setup(api?: () => object, options?: { cancelGraceMs?: number; progressIntervalMs?: number }) {
  const { db, factory, name } = freshWorkspace();
  const progress = options?.progressIntervalMs === undefined ? {} : { progressIntervalMs: options.progressIntervalMs };
  const workers = fakeWorkers(api ?? (() => createImportApi({ indexedDB: factory, IDBKeyRange }, progress)));
  cleanups.push(() => db.close(), workers.close);
  const client = options?.cancelGraceMs === undefined ? {} : { cancelGraceMs: options.cancelGraceMs };
  return { db, name, workers, importInWorker: createImportClient(workers.spawn, client) };
}

const counts = async (db: ClaimbenchDb) => [await db.articles.count(), await db.claims.count(), await db.history.count()];

describe("importInWorker", () => {
  it("stores every input in one transaction and announces the commit once, after it", async () => {
    const { db, name, importInWorker } = setup();
    const heard: { seq: number; claims: number }[] = [];
    const stop = subscribeToChanges((seq) => void db.claims.count().then((claims) => heard.push({ seq, claims })));
    cleanups.push(stop);
    const progress: ImportProgressEvent[] = [];
    const imported = await importInWorker(name, [{ raw: STORY, fileName: "a.txt" }, { raw: STORY }, { raw: story(1) }], ann, {
      onProgress: (event) => progress.push(event),
    });
    expect(imported.saved).toBe(true);
    const outcomes = imported.saved ? imported.outcomes : [];
    expect(outcomes.map((outcome) => outcome.status)).toEqual(["added", "duplicate", "added"]);
    expect(outcomes[1]).toMatchObject({ sameAs: 0 });
    const claims = await db.claims.count();
    expect(claims).toBe(outcomes.reduce((sum, outcome) => sum + (outcome.status === "added" ? outcome.claimCount : 0), 0));
    const entries = await db.history.toArray();
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ action: "import", reviewer: "Ann", label: "Imported 2 articles" });
    await expect.poll(() => heard.length).toBe(1);
    expect(heard).toEqual([{ seq: entries[0]!.seq, claims }]);
    // The first input and the last are always reported; those between only as time passes.
    expect(progress[0]).toEqual({ phase: "extracting", done: 1, total: 3 });
    expect(progress.slice(-2)).toEqual([{ phase: "extracting", done: 3, total: 3 }, { phase: "saving" }]);
    const done = progress.flatMap((event) => (event.phase === "extracting" ? [event.done] : []));
    expect(done).toEqual([...new Set(done)].sort((a, b) => a - b));
  });

  it("reports progress at intervals, not once per input, and always the last input", async () => {
    const { db, factory, name } = freshWorkspace();
    // A clock that moves 10 ms each time it is read: one count in five is sent.
    let time = 0;
    const clock = () => (time += 10);
    const workers = fakeWorkers(() => createImportApi({ indexedDB: factory, IDBKeyRange }, { progressIntervalMs: 50, clock }));
    cleanups.push(() => db.close(), workers.close);
    const importInWorker = createImportClient(workers.spawn);
    const progress: ImportProgressEvent[] = [];
    const inputs = Array.from({ length: 120 }, (_, index) => ({ raw: story(index), fileName: `${index}.txt` }));
    const imported = await importInWorker(name, inputs, ann, { onProgress: (event) => progress.push(event) });
    expect(imported.saved).toBe(true);
    const extracting = progress.flatMap((event) => (event.phase === "extracting" ? [event.done] : []));
    expect(extracting).toEqual([1, 6, 11, 16, 21, 26, 31, 36, 41, 46, 51, 56, 61, 66, 71, 76, 81, 86, 91, 96, 101, 106, 111, 116, 120]);
  });

  it("reports an article already in the workspace, and announces nothing when nothing was added", async () => {
    const { db, name, importInWorker } = setup();
    await importInWorker(name, [{ raw: STORY }], ann);
    let heard = 0;
    cleanups.push(subscribeToChanges(() => heard++));
    const again = await importInWorker(name, [{ raw: STORY, fileName: "again.txt" }], ann);
    expect(again).toEqual({ saved: true, outcomes: [{ status: "duplicate", articleId: expect.any(String), title: expect.any(String) }] });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(heard).toBe(0);
    expect(await db.history.count()).toBe(1);
  });

  it("rolls everything back when cancelled half-way, and the next import goes through", async () => {
    const { db, name, importInWorker, workers } = setup(undefined, { progressIntervalMs: 0 });
    const controller = new AbortController();
    const inputs = Array.from({ length: 200 }, (_, index) => ({ raw: story(index), fileName: `${index}.txt` }));
    const importing = importInWorker(name, inputs, ann, {
      signal: controller.signal,
      onProgress: (event) => {
        if (event.phase === "extracting" && event.done === 50) controller.abort(new DOMException("Import cancelled", "AbortError"));
      },
    });
    await expect(importing).rejects.toMatchObject({ name: "AbortError" });
    expect(await counts(db)).toEqual([0, 0, 0]);
    // The worker rolled back on its own: it was kept, not ended.
    expect(workers.spawned.map((worker) => worker.terminated)).toEqual([false]);
    const next = await importInWorker(name, [{ raw: STORY }], ann);
    expect(next.saved && next.outcomes[0]?.status).toBe("added");
    expect(workers.spawned).toHaveLength(1);
  });

  it("ends a worker that does not stop within the grace period after a cancel", async () => {
    const stuck = () => ({ importInputs: () => new Promise(() => {}), cancel: () => {} });
    const { name, importInWorker, workers } = setup(stuck, { cancelGraceMs: 30 });
    const controller = new AbortController();
    const importing = importInWorker(name, [{ raw: STORY }], ann, { signal: controller.signal });
    controller.abort(new DOMException("Import cancelled", "AbortError"));
    await expect(importing).rejects.toMatchObject({ name: "AbortError" });
    expect(workers.spawned[0]?.terminated).toBe(true);
  });

  it("lets an import finish that was already committing when cancelled", async () => {
    const committing = () => ({
      async importInputs(_name: string, _inputs: unknown, _by: unknown, onProgress: (event: ImportProgressEvent) => void) {
        onProgress({ phase: "saving" });
        await new Promise((resolve) => setTimeout(resolve, 80));
        return { status: "imported", outcomes: [{ status: "added", articleId: "a-1", claimCount: 2 }], seq: 7 };
      },
      cancel: () => {},
    });
    const { name, importInWorker, workers } = setup(committing, { cancelGraceMs: 20 });
    const controller = new AbortController();
    const heard: number[] = [];
    cleanups.push(subscribeToChanges((seq) => heard.push(seq)));
    const importing = importInWorker(name, [{ raw: STORY }], ann, {
      signal: controller.signal,
      onProgress: (event) => {
        if (event.phase === "saving") controller.abort(new DOMException("Import cancelled", "AbortError"));
      },
    });
    expect(await importing).toEqual({ saved: true, outcomes: [{ status: "added", articleId: "a-1", claimCount: 2 }] });
    expect(heard).toEqual([7]);
    expect(workers.spawned[0]?.terminated).toBe(false);
  });

  it("reports a full disk half-way as not saved, with nothing written", async () => {
    const { db, name, importInWorker } = setup();
    const add = IDBObjectStore.prototype.add;
    let claims = 0;
    IDBObjectStore.prototype.add = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore["add"]>) {
      if (this.name === "claims" && ++claims === 12) throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
      return add.apply(this, args);
    };
    cleanups.push(() => (IDBObjectStore.prototype.add = add));
    const inputs = Array.from({ length: 30 }, (_, index) => ({ raw: story(index) }));
    const imported = await importInWorker(name, inputs, ann);
    expect(claims).toBeGreaterThanOrEqual(12);
    expect(imported).toEqual({ saved: false, error: expect.stringMatching(/storage for this site is full: nothing of this change was saved/) });
    expect(await counts(db)).toEqual([0, 0, 0]);
  });

  it("rejects a malformed result, and a worker that crashes", async () => {
    const malformed = () => ({ importInputs: async () => ({ status: "imported", outcomes: [{ status: "added" }], seq: 1 }), cancel: () => {} });
    const first = setup(malformed);
    await expect(first.importInWorker(first.name, [{ raw: STORY }], ann)).rejects.toThrow(/import worker sent a malformed result/);

    const second = setup(() => ({ importInputs: () => new Promise(() => {}), cancel: () => {} }));
    const importing = second.importInWorker(second.name, [{ raw: STORY }], ann);
    const port = second.workers.spawned[0]!.port as unknown as EventTarget;
    port.dispatchEvent(Object.assign(new Event("error"), { message: "out of memory" }));
    await expect(importing).rejects.toThrow("The import worker stopped: out of memory. Reload the page and try again.");
  });
});
