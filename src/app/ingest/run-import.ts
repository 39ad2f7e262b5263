/**
 * One import, start to finish: read each file (or take the pasted text) here, then hand what
 * could be read to the import worker, which extracts and saves it in one transaction — all or
 * nothing — and say for each input what became of it: added (with its claim count), a
 * duplicate of an article already in the workspace or earlier in the same import, or the
 * problem that kept it out. One bad file never stops the others.
 */
import type { ArticleInput } from "../../core/extract/extract-claim-set.ts";
import type { ImportOptions, WorkerImport } from "../../worker/import-client.ts";

/** An input ready for extraction, or why it is not. */
export type PreparedInput =
  | { label: string; ok: true; input: ArticleInput }
  | { label: string; ok: false; problem: string };

export type ImportResult =
  | { label: string; status: "added"; articleId: string; title: string; claimCount: number }
  | { label: string; status: "duplicate"; articleId: string; title: string; detail: string }
  | { label: string; status: "problem"; detail: string };

/** Reading files; extracting them in the worker (which stores each as it goes); the commit. */
export type ImportPhase = "reading" | "extracting" | "saving";

export interface ImportSteps {
  /** Turns the inputs into ArticleInputs (reading files, reducing HTML); may be slow. */
  prepare: (onPrepared: (done: number) => void) => Promise<PreparedInput[]>;
  /** Extracts and saves the inputs in one transaction (the import worker). */
  importInputs: (inputs: readonly ArticleInput[], options: ImportOptions) => Promise<WorkerImport>;
  onProgress?: (phase: ImportPhase, done: number, total: number) => void;
  signal?: AbortSignal;
}

export async function runImport(total: number, steps: ImportSteps): Promise<ImportResult[]> {
  const { prepare, importInputs, onProgress, signal } = steps;
  onProgress?.("reading", 0, total);
  const prepared = await prepare((done) => onProgress?.("reading", done, total));
  signal?.throwIfAborted();

  const readable = prepared.flatMap((item, index) => (item.ok ? [{ index, label: item.label, input: item.input }] : []));
  const results: (ImportResult | undefined)[] = prepared.map((item) =>
    item.ok ? undefined : { label: item.label, status: "problem", detail: item.problem },
  );
  if (readable.length === 0) return results as ImportResult[];

  onProgress?.("extracting", 0, readable.length);
  const imported = await importInputs(
    readable.map((item) => item.input),
    {
      onProgress: (event) => {
        if (event.phase === "saving") onProgress?.("saving", readable.length, readable.length);
        else onProgress?.("extracting", event.done, readable.length);
      },
      ...(signal ? { signal } : {}),
    },
  );
  if (!imported.saved) {
    for (const { index, label } of readable) results[index] = { label, status: "problem", detail: `not saved: ${imported.error}` };
    return results as ImportResult[];
  }
  if (imported.outcomes.length !== readable.length) {
    throw new Error(`The import worker reported ${imported.outcomes.length} results for ${readable.length} articles.`);
  }
  imported.outcomes.forEach((outcome, position) => {
    const { index, label } = readable[position]!;
    if (outcome.status === "problem") {
      results[index] = { label, status: "problem", detail: outcome.detail };
      return;
    }
    const title = outcome.title ?? label;
    if (outcome.status === "added") {
      results[index] = { label, status: "added", articleId: outcome.articleId, title, claimCount: outcome.claimCount };
      return;
    }
    const earlier = outcome.sameAs === undefined ? undefined : readable[outcome.sameAs]?.label;
    const detail = earlier === undefined ? "already in the workspace" : `same article as ${earlier} in this import`;
    results[index] = { label, status: "duplicate", articleId: outcome.articleId, title, detail };
  });
  return results as ImportResult[];
}
