/**
 * The import worker's functions: extract each input and store it in the workspace, all in one
 * transaction on the worker's own connection, extracting the next article while IndexedDB
 * stores the ones before (importArticleStream in src/db/writes/import-articles.ts). Rows are
 * validated here, so neither the validation nor the copying of 20,000 rows into IndexedDB
 * runs on the page's thread. The page reads the files and sends the inputs; when this returns
 * it announces the commit on the change feed (import-client.ts). Plain async functions, so
 * tests call them directly or over a MessageChannel.
 */
import { extractArticle, type ArticleInput } from "../core/extract/extract-claim-set.ts";
import { signalTablesChanged } from "../db/change-feed.ts";
import { openBulkWriterDb, type IndexedDbDependencies } from "../db/database.ts";
import { importArticleStream, type ImportItemOutcome, type ImportSource } from "../db/writes/import-articles.ts";
import type { Actor } from "../db/writes/transact.ts";

/**
 * Sent as the import goes: how many inputs are done (at most every PROGRESS_MESSAGE_MS, and
 * always the last; a count held back is not sent later), then the commit (too late to cancel
 * from there).
 */
export type ImportProgressEvent = { phase: "extracting"; done: number; total: number } | { phase: "saving" };

/**
 * What the page gets back. A write that failed (a full disk) or a cancelled import is a value:
 * a rejected call means the worker itself failed.
 */
export type WorkerImportResult =
  | { status: "imported"; outcomes: ImportItemOutcome[]; seq: number | null }
  | { status: "failed"; error: string }
  | { status: "cancelled" };

/**
 * How often the page hears how far the import is. A message per input cost the worker a
 * quarter of a second over a thousand articles (each is a comlink call, answered by the page),
 * taken from the import itself; the page redraws its progress line no more often than this
 * anyway (import-store.ts).
 */
const PROGRESS_MESSAGE_MS = 50;

/** The tables an import writes (the history included), for Dexie's live queries. */
const IMPORT_TABLES = ["articles", "claims", "history"] as const;

/**
 * `dependencies`: tests pass fake-indexeddb; the worker uses its own IndexedDB.
 * `progressIntervalMs`: tests that act on a given input's progress pass 0 to hear of every one;
 * `clock`: tests of the interval pass their own.
 */
export function createImportApi(
  dependencies?: IndexedDbDependencies,
  { progressIntervalMs = PROGRESS_MESSAGE_MS, clock = () => performance.now() } = {},
) {
  let running: AbortController | null = null;
  return {
    /** Extracts and stores `inputs` in one transaction of database `databaseName`. */
    async importInputs(
      databaseName: string,
      inputs: readonly ArticleInput[],
      by: Actor,
      onProgress?: (event: ImportProgressEvent) => unknown,
    ): Promise<WorkerImportResult> {
      if (running !== null) return { status: "failed", error: "another import is still running" };
      const controller = new AbortController();
      running = controller;
      const db = openBulkWriterDb(databaseName, dependencies);
      let lastSent = -Infinity;
      try {
        const { outcomes, seq } = await importArticleStream(db, extractEach(inputs), by, {
          signal: controller.signal,
          announce: false,
          // Not awaited: a round trip to the page inside the transaction would let it commit.
          onItem: (done) => {
            const now = clock();
            if (done < inputs.length && now - lastSent < progressIntervalMs) return;
            lastSent = now;
            void onProgress?.({ phase: "extracting", done, total: inputs.length });
          },
          onCommitting: () => void onProgress?.({ phase: "saving" }),
        });
        if (seq !== null) signalTablesChanged(db, IMPORT_TABLES);
        return { status: "imported", outcomes, seq };
      } catch (error) {
        if (controller.signal.aborted) return { status: "cancelled" };
        return { status: "failed", error: error instanceof Error ? error.message : String(error) };
      } finally {
        running = null;
        db.close();
      }
    },

    /** Rolls the running import back, at the next input: importInputs returns "cancelled". */
    cancel(): void {
      running?.abort(new DOMException("Import cancelled", "AbortError"));
    },
  };
}

export type ImportApi = ReturnType<typeof createImportApi>;

/** Each input extracted when asked for; one that throws is reported on its own. */
function* extractEach(inputs: readonly ArticleInput[]): Generator<ImportSource> {
  for (const input of inputs) {
    let source: ImportSource;
    try {
      source = { part: extractArticle(input) };
    } catch (error) {
      source = { problem: `extraction failed: ${error instanceof Error ? error.message : String(error)}` };
    }
    yield source;
  }
}
