/**
 * The page's side of the import worker: `importInWorker(databaseName, inputs, by, options)`
 * sends the inputs the page has read to the worker, which extracts and stores them in one
 * transaction (import-api.ts); parses what comes back (a worker message is a boundary); and,
 * once the transaction committed, announces it on the change feed (this tab's listeners and,
 * over the BroadcastChannel, every other tab), as the write module does for its own commits.
 *
 * Cancelling (the signal) asks the worker to roll back, which it does at the next article;
 * a worker still busy with one long article after CANCEL_GRACE_MS is ended, which rolls the
 * transaction back as well. Once the worker reports that it is committing, it is too late:
 * the import finishes and is reported as it is. A worker that fails to start or crashes
 * rejects the call. One idle worker is kept for the next call.
 */
import { proxy, wrap, type Remote } from "comlink";
import type { ArticleInput } from "../core/extract/extract-claim-set.ts";
import { announceChange } from "../db/change-feed.ts";
import type { ImportItemOutcome } from "../db/writes/import-articles.ts";
import type { Actor } from "../db/writes/transact.ts";
import type { ImportApi, ImportProgressEvent } from "./import-api.ts";
import { parseWorkerImportResult } from "./import-outcome.ts";
import { whenCrashed, type WorkerLike } from "./worker-endpoint.ts";

export type { ImportProgressEvent };

export interface ImportOptions {
  /** Each input done, then "saving" when the worker commits (too late to cancel). */
  onProgress?: (event: ImportProgressEvent) => void;
  /** Aborting rolls the import back and rejects with an AbortError, unless it was committing. */
  signal?: AbortSignal;
}

/** Saved: what became of each input, in order. Not saved: why; nothing was written. */
export type WorkerImport = { saved: true; outcomes: ImportItemOutcome[] } | { saved: false; error: string };

export type ImportInWorker = (databaseName: string, inputs: readonly ArticleInput[], by: Actor, options?: ImportOptions) => Promise<WorkerImport>;

/** How long a cancelled import may take to reach its next article before its worker is ended. */
export const CANCEL_GRACE_MS = 1500;

interface Running {
  endpoint: WorkerLike;
  remote: Remote<ImportApi>;
  crashed: Promise<never>;
}

export function createImportClient(spawn: () => WorkerLike, { cancelGraceMs = CANCEL_GRACE_MS } = {}): ImportInWorker {
  let idle: Running | null = null;

  const start = (): Running => {
    const endpoint = spawn();
    return { endpoint, remote: wrap<ImportApi>(endpoint), crashed: whenCrashed(endpoint, "import") };
  };

  return async function importInWorker(databaseName, inputs, by, options = {}) {
    const { onProgress, signal } = options;
    signal?.throwIfAborted();
    if (inputs.length === 0) return { saved: true, outcomes: [] };
    const running = idle ?? start();
    idle = null;

    let committing = false;
    let grace: ReturnType<typeof setTimeout> | undefined;
    let removeAbortListener = () => {};
    const endedAfterGrace = new Promise<never>((_, reject) => {
      if (signal === undefined) return;
      const onAbort = () => {
        running.remote.cancel().catch(() => {}); // A dead worker has nothing to roll back.
        grace = setTimeout(() => {
          if (!committing) reject(signal.reason ?? new DOMException("Import cancelled", "AbortError"));
        }, cancelGraceMs);
      };
      signal.addEventListener("abort", onAbort, { once: true });
      removeAbortListener = () => signal.removeEventListener("abort", onAbort);
    });

    let raw: unknown;
    try {
      const progress = proxy((event: ImportProgressEvent) => {
        if (event?.phase === "saving") committing = true;
        if (committing || !signal?.aborted) onProgress?.(event);
      });
      raw = await Promise.race([running.remote.importInputs(databaseName, [...inputs], { reviewer: by.reviewer }, progress), running.crashed, endedAfterGrace]);
    } catch (error) {
      // Ending the worker aborts its transaction if it is still open: nothing is saved.
      running.endpoint.terminate();
      throw error;
    } finally {
      removeAbortListener();
      clearTimeout(grace);
    }
    if (idle === null) idle = running;
    else running.endpoint.terminate();

    const parsed = parseWorkerImportResult(raw);
    if (!parsed.success) throw new Error(`The import worker sent a malformed result (${parsed.error}).`);
    const result = parsed.data;
    if (result.status === "cancelled") throw signal?.reason ?? new DOMException("Import cancelled", "AbortError");
    if (result.status === "failed") return { saved: false, error: result.error };
    if (result.seq !== null) announceChange(result.seq);
    return { saved: true, outcomes: result.outcomes };
  };
}

/** The app's import worker: the extraction worker's script, which serves both. */
export const importInWorker: ImportInWorker = createImportClient(
  () => new Worker(new URL("./extraction.worker.ts", import.meta.url), { type: "module", name: "claimbench-import" }),
);
