import { extractArticle, type ExtractedArticle } from "../../core/extract/extract-claim-set.ts";
import type { SeedFile } from "./seed-files.ts";

export type SeedExtraction =
  | { fileName: string; ok: true; result: ExtractedArticle }
  | { fileName: string; ok: false; error: string };

/**
 * Runs the extractor over each seed file on the main thread. One failing article is
 * reported on its own and does not hide the others.
 * (Interim: the workbench proper runs extraction in a Web Worker, DESIGN.md.)
 */
export function extractSeedArticles(files: readonly SeedFile[]): { results: SeedExtraction[]; elapsedMs: number } {
  const started = performance.now();
  const results = files.map(({ fileName, raw }): SeedExtraction => {
    try {
      return { fileName, ok: true, result: extractArticle({ raw, fileName }) };
    } catch (error) {
      return { fileName, ok: false, error: error instanceof Error ? error.message : String(error) };
    }
  });
  return { results, elapsedMs: performance.now() - started };
}
