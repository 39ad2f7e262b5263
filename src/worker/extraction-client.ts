/**
 * The page's side of the extraction worker: `extractInWorker(inputs, { onProgress, signal })`
 * gives one outcome per input, in order, each parsed with the zod schemas on arrival.
 *
 * Cancelling (the signal) ends the worker at once, even in the middle of a long article,
 * and rejects with an AbortError; the next call starts a fresh worker. A worker that fails
 * to start or crashes rejects the call instead of leaving it waiting forever. One idle
 * worker is kept for the next call; calls that overlap each get their own.
 */
import { proxy, wrap, type Remote } from "comlink";
import type { ArticleInput } from "../core/extract/extract-claim-set.ts";
import { PageTurns } from "../io/page-turns.ts";
import type { ExtractionApi } from "./extraction-api.ts";
import { ExtractionOutcomeSchema, type ExtractionOutcome } from "./extraction-outcome.ts";
import { whenCrashed, type WorkerLike } from "./worker-endpoint.ts";

export type { ExtractionOutcome };

export interface ExtractionOptions {
  /** After each input: how many are done, of how many. */
  onProgress?: (done: number, total: number) => void;
  /** Aborting ends the worker and rejects with an AbortError. */
  signal?: AbortSignal;
}

export type { WorkerLike };

export type ExtractInWorker = (inputs: readonly ArticleInput[], options?: ExtractionOptions) => Promise<ExtractionOutcome[]>;

interface Running {
  endpoint: WorkerLike;
  remote: Remote<ExtractionApi>;
  /** Rejects when the worker reports an error it cannot recover from. */
  crashed: Promise<never>;
}

export function createExtractionClient(spawn: () => WorkerLike): ExtractInWorker {
  let idle: Running | null = null;

  const start = (): Running => {
    const endpoint = spawn();
    return { endpoint, remote: wrap<ExtractionApi>(endpoint), crashed: whenCrashed(endpoint, "extraction") };
  };

  return async function extractInWorker(inputs, options = {}) {
    const { onProgress, signal } = options;
    signal?.throwIfAborted();
    if (inputs.length === 0) return [];
    const running = idle ?? start();
    idle = null;

    let removeAbortListener = () => {};
    const aborted = new Promise<never>((_, reject) => {
      if (signal === undefined) return;
      const onAbort = () => reject(signal.reason ?? new DOMException("Extraction cancelled", "AbortError"));
      signal.addEventListener("abort", onAbort, { once: true });
      removeAbortListener = () => signal.removeEventListener("abort", onAbort);
    });

    let raw: unknown;
    try {
      const progress = proxy((done: number, total: number) => {
        if (!signal?.aborted) onProgress?.(done, total);
      });
      raw = await Promise.race([running.remote.extractFiles([...inputs], progress), running.crashed, aborted]);
    } catch (error) {
      running.endpoint.terminate();
      throw error;
    } finally {
      removeAbortListener();
    }
    if (idle === null) idle = running;
    else running.endpoint.terminate();
    return parseOutcomes(raw, inputs.length, signal);
  };
}

/** Each outcome checked on its own: one malformed result costs that file, not the batch. */
async function parseOutcomes(raw: unknown, expected: number, signal?: AbortSignal): Promise<ExtractionOutcome[]> {
  if (!Array.isArray(raw) || raw.length !== expected) {
    throw new Error(`The extraction worker sent ${Array.isArray(raw) ? raw.length : "no"} results for ${expected} articles.`);
  }
  const outcomes: ExtractionOutcome[] = [];
  const turns = new PageTurns();
  for (const item of raw) {
    const parsed = ExtractionOutcomeSchema.safeParse(item);
    outcomes.push(
      parsed.success
        ? (parsed.data as ExtractionOutcome)
        : { ok: false, error: `the extraction worker sent a malformed result (${parsed.error.issues[0]?.message ?? "invalid"})` },
    );
    if (turns.due) {
      await turns.give();
      signal?.throwIfAborted();
    }
  }
  return outcomes;
}

/** The app's extraction worker, built by Vite from extraction.worker.ts. */
export const extractInWorker: ExtractInWorker = createExtractionClient(
  () => new Worker(new URL("./extraction.worker.ts", import.meta.url), { type: "module", name: "claimbench-extraction" }),
);
