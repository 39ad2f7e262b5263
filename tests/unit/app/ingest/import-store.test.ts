/**
 * The import store: one import at a time, its batch kept after it, and the progress line
 * redrawn at each new phase but not at every file (a thousand renders would compete with
 * the import for the CPU).
 */
import { describe, expect, it, vi } from "vitest";
import type { ClaimbenchDb } from "../../../../src/db/database.ts";
import type { ImportInWorker } from "../../../../src/worker/import-client.ts";

const fake = vi.hoisted(() => ({ importInWorker: undefined as unknown as ImportInWorker }));
vi.mock("../../../../src/worker/import-client.ts", () => ({ importInWorker: (...args: Parameters<ImportInWorker>) => fake.importInWorker(...args) }));

const { importStore } = await import("../../../../src/app/ingest/import-store.ts");

describe("importStore", () => {
  it("shows every phase at once and the count within a phase only now and then", async () => {
    const files = 500;
    fake.importInWorker = async (_name, inputs, _by, options = {}) => {
      for (let done = 1; done <= inputs.length; done++) options.onProgress?.({ phase: "extracting", done, total: inputs.length });
      await new Promise((resolve) => setTimeout(resolve, 120));
      options.onProgress?.({ phase: "saving" });
      return { saved: true, outcomes: inputs.map((_, index) => ({ status: "added" as const, articleId: `a-${index}`, claimCount: 1 })) };
    };
    const shown: string[] = [];
    const stop = importStore.subscribe(() => {
      const running = importStore.getSnapshot().running;
      shown.push(running === null ? "done" : `${running.phase} ${running.done}`);
    });
    try {
      const batch = await importStore.run({
        db: { name: "test" } as ClaimbenchDb,
        actor: { reviewer: "Ann" },
        source: `${files} files`,
        total: files,
        prepare: async (onPrepared) =>
          Array.from({ length: files }, (_, index) => {
            onPrepared(index + 1);
            return { label: `${index}.txt`, ok: true as const, input: { raw: `Police said ${index} people were held.` } };
          }),
      });
      expect(batch?.results).toHaveLength(files);
    } finally {
      stop();
    }
    const phases = shown.map((line) => line.split(" ")[0]);
    expect([...new Set(phases)]).toEqual(["reading", "extracting", "saving", "done"]);
    // Each phase shows at once; within one, the count is redrawn after a pause, not per file.
    expect(shown.filter((line) => line.startsWith("reading")).length).toBeLessThan(5);
    expect(shown.filter((line) => line.startsWith("extracting"))).toContain(`extracting ${files}`);
    expect(shown.length).toBeLessThan(12);
  });
});
