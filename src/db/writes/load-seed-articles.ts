/**
 * First start: the seed articles, so a new user sees a working workbench at once. Runs only
 * while the workspace is empty and has never been seeded; once the user has data, or has
 * deleted the seeds, it never loads them again (the "seeded" setting remembers).
 */
import type { ExtractedArticle } from "../../core/extract/extract-claim-set.ts";
import type { ClaimbenchDb } from "../database.ts";
import { addArticles } from "./import-articles.ts";
import { countOf, transact } from "./transact.ts";

/** Do not rename: a workspace seeded under this key must never be seeded again. */
export const SEEDED_SETTING = "seeded";

/**
 * True when the seeds were loaded now. A workspace that already holds the user's articles is
 * marked seeded without loading them, so emptying it later does not bring the seeds back.
 * Nothing is recorded when nothing changed (an ordinary start of a seeded workspace).
 */
export async function loadSeedArticles(db: ClaimbenchDb, parts: readonly ExtractedArticle[]): Promise<boolean> {
  const { result } = await transact(
    db,
    { reviewer: "" },
    {
      action: "load-seeds",
      undoable: false,
      label: (loaded: boolean) => (loaded ? `Loaded ${countOf(parts.length, "seed article")}` : "Seeds not loaded: the workspace has articles"),
    },
    async (writer) => {
      if ((await db.settings.get(SEEDED_SETTING)) !== undefined) return false;
      const hasData = (await db.articles.count()) > 0;
      if (!hasData) await addArticles(db, writer, parts);
      await writer.putSetting(SEEDED_SETTING, true);
      return !hasData;
    },
  );
  return result;
}

export async function isSeeded(db: ClaimbenchDb): Promise<boolean> {
  return (await db.settings.get(SEEDED_SETTING)) !== undefined;
}
