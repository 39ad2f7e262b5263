/**
 * The functions the extraction worker exposes (extraction.worker.ts wires them to comlink).
 * Plain async functions over the core, so tests call them directly or over a MessageChannel.
 */
import { extractArticle, type ArticleInput } from "../core/extract/extract-claim-set.ts";
import type { ExtractionOutcome } from "./extraction-outcome.ts";

export type ProgressCallback = (done: number, total: number) => void | Promise<void>;

export const extractionApi = {
  /**
   * Extracts each input in order. One input that throws is reported on its own and does not
   * stop the others. Awaiting the progress callback after each input (a round trip to the
   * page) lets the page keep up, and lets it end the worker between inputs when cancelled.
   */
  async extractFiles(inputs: readonly ArticleInput[], onProgress?: ProgressCallback): Promise<ExtractionOutcome[]> {
    const outcomes: ExtractionOutcome[] = [];
    for (const input of inputs) {
      try {
        outcomes.push({ ok: true, result: extractArticle(input) });
      } catch (error) {
        outcomes.push({ ok: false, error: `extraction failed: ${error instanceof Error ? error.message : String(error)}` });
      }
      await onProgress?.(outcomes.length, inputs.length);
    }
    return outcomes;
  },
};

export type ExtractionApi = typeof extractionApi;
