import { describe, expect, it } from "vitest";
import type { ArticleInput, ExtractedArticle } from "../../../../src/core/extract/extract-claim-set.ts";
import { runImport, type PreparedInput } from "../../../../src/app/ingest/run-import.ts";
import { extractionApi } from "../../../../src/worker/extraction-api.ts";
import type { ExtractInWorker } from "../../../../src/worker/extraction-client.ts";

/** The worker's functions, called in this thread. */
const extract: ExtractInWorker = (inputs, options = {}) =>
  extractionApi.extractFiles(inputs, (done, total) => options.onProgress?.(done, total));

const ok = (label: string, raw: string): PreparedInput => ({ label, ok: true, input: { raw, fileName: label } });

function steps(prepared: PreparedInput[], already: string[] = []) {
  const saved: ExtractedArticle[][] = [];
  const progress: string[] = [];
  return {
    saved,
    progress,
    steps: {
      prepare: async (onPrepared: (done: number) => void) => {
        prepared.forEach((_, index) => onPrepared(index + 1));
        return prepared;
      },
      extract,
      save: async (parts: ExtractedArticle[]) => {
        saved.push(parts);
        const ids = parts.map((part) => part.article.id);
        return { added: ids.filter((id) => !already.includes(id)), duplicates: ids.filter((id) => already.includes(id)) };
      },
      onProgress: (phase: string, done: number, total: number) => progress.push(`${phase} ${done}/${total}`),
    },
  };
}

describe("runImport", () => {
  it("reports each input: added with its claims, refused with its problem; saves once", async () => {
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
    expect(results[0]).toMatchObject({ claimCount: expect.any(Number) });
    expect((results[0] as { claimCount: number }).claimCount).toBeGreaterThan(0);
    expect(results[1]).toEqual({ label: "empty.txt", status: "problem", detail: "file is empty" });
    expect(run.saved).toHaveLength(1);
    expect(run.saved[0]).toHaveLength(2);
    expect(run.progress).toEqual([
      "reading 0/3",
      "reading 1/3",
      "reading 2/3",
      "reading 3/3",
      "extracting 0/2",
      "extracting 1/2",
      "extracting 2/2",
      "saving 0/2",
      "saving 2/2",
    ]);
  });

  it("marks an article already in the workspace as a duplicate", async () => {
    const input: ArticleInput = { raw: "Some 200 extremists are in Belarus, Lavrov claimed." };
    const id = (await extract([input]))[0]!;
    const articleId = id.ok ? id.result.article.id : "";
    const run = steps([ok("again.txt", input.raw)], [articleId]);
    expect(await runImport(1, run.steps)).toEqual([
      { label: "again.txt", status: "duplicate", articleId, title: expect.any(String), detail: "already in the workspace" },
    ]);
  });

  it("saves the same article given twice in one import once", async () => {
    const raw = "More than 120 people were detained.";
    const run = steps([ok("one.txt", raw), ok("copy.txt", raw)]);
    const results = await runImport(2, run.steps);
    expect(results.map((result) => result.status)).toEqual(["added", "duplicate"]);
    expect(results[1]).toMatchObject({ detail: "same article as one.txt in this import" });
    expect(run.saved[0]).toHaveLength(1);
  });

  it("does not save when nothing could be read", async () => {
    const run = steps([{ label: "x.pdf", ok: false, problem: "unsupported file type" }]);
    expect(await runImport(1, run.steps)).toEqual([{ label: "x.pdf", status: "problem", detail: "unsupported file type" }]);
    expect(run.saved).toEqual([]);
  });

  it("reports a failed save against every article it held (one transaction: none saved)", async () => {
    const run = steps([ok("a.txt", "One claim of 5 people."), { label: "b.txt", ok: false, problem: "file is empty" }]);
    run.steps.save = async () => {
      throw new Error("QuotaExceededError: the disk is full");
    };
    expect(await runImport(2, run.steps)).toEqual([
      { label: "a.txt", status: "problem", detail: "not saved: QuotaExceededError: the disk is full" },
      { label: "b.txt", status: "problem", detail: "file is empty" },
    ]);
  });

  it("saves nothing when the worker dies half-way through", async () => {
    const run = steps([ok("a.txt", "Police said 5 people were held."), ok("b.txt", "Police said 6 people were held."), ok("c.txt", "Seven.")]);
    const dying: ExtractInWorker = async (inputs, options) => {
      let done = 0;
      return extractionApi.extractFiles(inputs, (count, total) => {
        options?.onProgress?.(count, total);
        if (++done === 2) throw new Error("The extraction worker stopped. Reload the page and try again.");
      });
    };
    await expect(runImport(3, { ...run.steps, extract: dying })).rejects.toThrow(/worker stopped/);
    expect(run.saved).toEqual([]);
    expect(run.progress.some((line) => line.includes("2/3"))).toBe(true);
  });

  it("stops before saving when cancelled", async () => {
    const controller = new AbortController();
    const run = steps([ok("a.txt", "One."), ok("b.txt", "Two.")]);
    const cancellingExtract: ExtractInWorker = async (inputs, options) => {
      controller.abort();
      return extract(inputs, options);
    };
    await expect(runImport(2, { ...run.steps, extract: cancellingExtract, signal: controller.signal })).rejects.toMatchObject({
      name: "AbortError",
    });
    expect(run.saved).toEqual([]);
  });
});
