import { afterEach, describe, expect, it } from "vitest";
import { extractionApi } from "../../../src/worker/extraction-api.ts";
import { createExtractionClient } from "../../../src/worker/extraction-client.ts";
import { fakeWorkers } from "./fake-workers.ts";

let cleanups: (() => void)[] = [];
afterEach(() => {
  cleanups.forEach((cleanup) => cleanup());
  cleanups = [];
});

function setup(api: object = extractionApi) {
  const workers = fakeWorkers(() => api);
  cleanups.push(workers.close);
  return { ...workers, extract: createExtractionClient(workers.spawn) };
}

const ARTICLE = "date 2020-09-02 A total of 128 people were held across Belarus the previous day, the Interior Ministry said.";

describe("extractInWorker", () => {
  it("extracts every input in order and reports progress after each", async () => {
    const { extract } = setup();
    const progress: [number, number][] = [];
    const outcomes = await extract([{ raw: ARTICLE, fileName: "a.txt" }, { raw: "Over 7,000 protesters were detained." }], {
      onProgress: (done, total) => progress.push([done, total]),
    });
    expect(outcomes).toHaveLength(2);
    const [first, second] = outcomes;
    expect(first?.ok && first.result.article.fileName).toBe("a.txt");
    expect(first?.ok && first.result.claims.some((claim) => claim.text.includes("128 people"))).toBe(true);
    expect(second?.ok && second.result.article.text).toBe("Over 7,000 protesters were detained.");
    expect(progress).toEqual([
      [1, 2],
      [2, 2],
    ]);
  });

  it("reuses the idle worker for the next call", async () => {
    const { extract, spawned } = setup();
    await extract([{ raw: "One." }]);
    await extract([{ raw: "Two." }]);
    expect(spawned).toHaveLength(1);
    expect(spawned[0]!.terminated).toBe(false);
  });

  it("returns nothing for no inputs without starting a worker", async () => {
    const { extract, spawned } = setup();
    expect(await extract([])).toEqual([]);
    expect(spawned).toHaveLength(0);
  });

  it("turns a malformed result into that file's error and keeps the others", async () => {
    const good = extractionApi;
    const api = {
      async extractFiles(inputs: { raw: string }[]) {
        const outcomes = await good.extractFiles(inputs);
        return [outcomes[0], { ok: true, result: { article: { id: 5 }, claims: "no" } }, { ok: false, error: "extraction failed: x" }];
      },
    };
    const { extract } = setup(api);
    const outcomes = await extract([{ raw: "One." }, { raw: "Two." }, { raw: "Three." }]);
    expect(outcomes[0]?.ok).toBe(true);
    expect(outcomes[1]).toMatchObject({ ok: false, error: expect.stringMatching(/^the extraction worker sent a malformed result/) });
    expect(outcomes[2]).toEqual({ ok: false, error: "extraction failed: x" });
  });

  it("refuses a reply with the wrong number of results", async () => {
    const { extract } = setup({ extractFiles: async () => [] });
    await expect(extract([{ raw: "One." }])).rejects.toThrow("sent 0 results for 1 articles");
  });

  it("cancels: ends the worker mid-file, rejects with an AbortError, and starts afresh next time", async () => {
    let started!: () => void;
    const running = new Promise<void>((resolve) => (started = resolve));
    const { extract, spawned } = setup({
      extractFiles: () => {
        started();
        return new Promise(() => {}); // A file that never finishes.
      },
    });
    const controller = new AbortController();
    const call = extract([{ raw: "One." }], { signal: controller.signal });
    await running;
    controller.abort();
    await expect(call).rejects.toMatchObject({ name: "AbortError" });
    expect(spawned[0]!.terminated).toBe(true);

    const already = new AbortController();
    already.abort();
    await expect(extract([{ raw: "Two." }], { signal: already.signal })).rejects.toMatchObject({ name: "AbortError" });
    expect(spawned).toHaveLength(1);
  });

  it("stops reporting progress once cancelled", async () => {
    const controller = new AbortController();
    const progress: number[] = [];
    const { extract } = setup();
    const call = extract([{ raw: "One." }, { raw: "Two." }, { raw: "Three." }], {
      signal: controller.signal,
      onProgress: (done) => {
        progress.push(done);
        if (done === 1) controller.abort();
      },
    });
    await expect(call).rejects.toMatchObject({ name: "AbortError" });
    expect(progress).toEqual([1]);
  });

  it("rejects when the worker fails instead of waiting forever", async () => {
    const { extract, spawned } = setup({ extractFiles: () => new Promise(() => {}) });
    const call = extract([{ raw: "One." }]);
    const port = spawned[0]!.port as unknown as EventTarget;
    const event = new Event("error");
    Object.assign(event, { message: "Failed to load the worker script" });
    port.dispatchEvent(event);
    await expect(call).rejects.toThrow("The extraction worker stopped: Failed to load the worker script.");
  });
});
