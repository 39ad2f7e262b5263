/**
 * One import, start to finish: read each file (or take the pasted text), extract what could
 * be read in the worker, then save every extracted article in one call — one transaction,
 * all or nothing — and say for each input what became of it: added (with its claim count),
 * a duplicate of an article already in the workspace or earlier in the same import, or the
 * problem that kept it out. One bad file never stops the others.
 */
import type { ArticleInput, ExtractedArticle } from "../../core/extract/extract-claim-set.ts";
import type { ExtractInWorker } from "../../worker/extraction-client.ts";

/** An input ready for extraction, or why it is not. */
export type PreparedInput =
  | { label: string; ok: true; input: ArticleInput }
  | { label: string; ok: false; problem: string };

export type ImportResult =
  | { label: string; status: "added"; articleId: string; title: string; claimCount: number }
  | { label: string; status: "duplicate"; articleId: string; title: string; detail: string }
  | { label: string; status: "problem"; detail: string };

export type ImportPhase = "reading" | "extracting" | "saving";

export interface ImportSteps {
  /** Turns the inputs into ArticleInputs (reading files, reducing HTML); may be slow. */
  prepare: (onPrepared: (done: number) => void) => Promise<PreparedInput[]>;
  extract: ExtractInWorker;
  /** Saves in one transaction; returns the article ids added and those already there. */
  save: (parts: ExtractedArticle[]) => Promise<{ added: readonly string[]; duplicates: readonly string[] }>;
  onProgress?: (phase: ImportPhase, done: number, total: number) => void;
  signal?: AbortSignal;
}

export async function runImport(total: number, steps: ImportSteps): Promise<ImportResult[]> {
  const { prepare, extract, save, onProgress, signal } = steps;
  onProgress?.("reading", 0, total);
  const prepared = await prepare((done) => onProgress?.("reading", done, total));
  signal?.throwIfAborted();

  const readable = prepared.flatMap((item, index) => (item.ok ? [{ index, input: item.input }] : []));
  onProgress?.("extracting", 0, readable.length);
  const outcomes = await extract(
    readable.map((item) => item.input),
    { onProgress: (done) => onProgress?.("extracting", done, readable.length), ...(signal ? { signal } : {}) },
  );
  signal?.throwIfAborted();

  const results: (ImportResult | undefined)[] = prepared.map((item) =>
    item.ok ? undefined : { label: item.label, status: "problem", detail: item.problem },
  );
  const firstLabelById = new Map<string, string>();
  const toSave: { index: number; part: ExtractedArticle }[] = [];
  readable.forEach(({ index }, position) => {
    const outcome = outcomes[position]!;
    const label = prepared[index]!.label;
    if (!outcome.ok) {
      results[index] = { label, status: "problem", detail: outcome.error };
      return;
    }
    const { article } = outcome.result;
    const earlier = firstLabelById.get(article.id);
    if (earlier !== undefined) {
      const title = article.title ?? label;
      results[index] = { label, status: "duplicate", articleId: article.id, title, detail: `same article as ${earlier} in this import` };
      return;
    }
    firstLabelById.set(article.id, label);
    toSave.push({ index, part: outcome.result });
  });

  if (toSave.length > 0) {
    onProgress?.("saving", 0, toSave.length);
    let saved: { added: readonly string[]; duplicates: readonly string[] };
    try {
      saved = await save(toSave.map((item) => item.part));
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      for (const { index } of toSave) {
        results[index] = { label: prepared[index]!.label, status: "problem", detail: `not saved: ${reason}` };
      }
      return results as ImportResult[];
    }
    const added = new Set(saved.added);
    for (const { index, part } of toSave) {
      const label = prepared[index]!.label;
      const { id, title } = part.article;
      results[index] = added.has(id)
        ? { label, status: "added", articleId: id, title: title ?? label, claimCount: part.claims.length }
        : { label, status: "duplicate", articleId: id, title: title ?? label, detail: "already in the workspace" };
    }
    onProgress?.("saving", toSave.length, toSave.length);
  }
  return results as ImportResult[];
}
