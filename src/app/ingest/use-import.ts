/**
 * The Import view's actions: import files or pasted text under the reviewer's name, follow
 * the running import, cancel it. Asks for the reviewer's name first if it was never given.
 */
import { useCallback, useSyncExternalStore } from "react";
import { parseHtmlWithDomParser } from "../../io/parse-html.ts";
import type { PastedFields } from "../../io/pasted-article.ts";
import { pastedArticle } from "../../io/pasted-article.ts";
import { readArticleFiles } from "../../io/read-article-file.ts";
import { useWorkspace } from "../workspace/use-workspace.ts";
import { importStore, type ImportBatch, type ImportJob, type ImportState } from "./import-store.ts";
import type { PreparedInput } from "./run-import.ts";

export const PASTED_LABEL = "Pasted text";

export interface ImportActions {
  state: ImportState;
  importFiles(files: readonly File[]): Promise<ImportBatch | null>;
  /** Fields already checked with pastedArticle (the form shows its problems by the field). */
  importPasted(fields: PastedFields): Promise<ImportBatch | null>;
  cancel(): void;
  clearResults(): void;
}

export function useImport(): ImportActions {
  const { db, ensureActor, notify } = useWorkspace();
  const state = useSyncExternalStore(importStore.subscribe, importStore.getSnapshot);

  const run = useCallback(
    async (job: Omit<ImportJob, "db" | "actor">): Promise<ImportBatch | null> => {
      if (importStore.getSnapshot().running !== null) {
        notify("An import is already running; wait for it or cancel it first.");
        return null;
      }
      const actor = await ensureActor();
      if (actor === null) {
        notify("Nothing imported: imports are recorded under the reviewer's name.");
        return null;
      }
      try {
        const batch = await importStore.run({ ...job, db, actor });
        if (batch !== null) notify(summarise(batch));
        return batch;
      } catch (error) {
        notify(`Import failed: ${error instanceof Error ? error.message : String(error)}`, "error");
        return null;
      }
    },
    [db, ensureActor, notify],
  );

  const importFiles = useCallback(
    (files: readonly File[]) => {
      if (files.length === 0) return Promise.resolve(null);
      const list = [...files];
      return run({
        source: list.length === 1 ? list[0]!.name : `${list.length} files`,
        total: list.length,
        prepare: async (onPrepared) => {
          const read = await readArticleFiles(list, { parseHtml: parseHtmlWithDomParser, onRead: onPrepared });
          return read.map((result, index): PreparedInput => {
            const label = list[index]!.name;
            return result.ok ? { label, ok: true, input: result.input } : { label, ok: false, problem: result.problem };
          });
        },
      });
    },
    [run],
  );

  const importPasted = useCallback(
    (fields: PastedFields) => {
      const checked = pastedArticle(fields);
      const item: PreparedInput = checked.ok
        ? { label: PASTED_LABEL, ok: true, input: checked.input }
        : { label: PASTED_LABEL, ok: false, problem: checked.problem };
      return run({ source: PASTED_LABEL, total: 1, prepare: async () => [item] });
    },
    [run],
  );

  return {
    state,
    importFiles,
    importPasted,
    cancel: () => importStore.cancel(),
    clearResults: () => importStore.clearResults(),
  };
}

/** "2 articles added (31 claims), 1 duplicate, 1 not imported." */
export function summarise(batch: ImportBatch): string {
  if (batch.cancelled) return "Import cancelled: nothing was imported.";
  const added = batch.results.filter((result) => result.status === "added");
  const duplicates = batch.results.filter((result) => result.status === "duplicate").length;
  const problems = batch.results.filter((result) => result.status === "problem").length;
  const claims = added.reduce((sum, result) => sum + (result.status === "added" ? result.claimCount : 0), 0);
  const parts = [
    added.length === 0 ? "No articles added" : `${plural(added.length, "article")} added (${plural(claims, "claim")})`,
  ];
  if (duplicates > 0) parts.push(plural(duplicates, "duplicate"));
  if (problems > 0) parts.push(`${problems} not imported`);
  return `${parts.join(", ")}.`;
}

/** One formatter for every count: toLocaleString builds a new one per call (28 ms for a thousand rows). */
const COUNT_FORMAT = new Intl.NumberFormat("en");

export function plural(count: number, noun: string): string {
  return `${COUNT_FORMAT.format(count)} ${noun}${count === 1 ? "" : "s"}`;
}
