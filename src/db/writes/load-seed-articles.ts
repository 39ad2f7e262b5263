/**
 * First start: the seed articles, so a new user sees a working workbench at once. Runs only
 * while the workspace is empty and has never been seeded; once the user has data, or has
 * deleted the seeds, it never loads them again (the "seeded" setting remembers).
 */
import type { ExtractedArticle } from "../../core/extract/extract-claim-set.ts";
import type { ClaimbenchDb } from "../database.ts";
import { addArticles } from "./import-articles.ts";
import { countOf, transact } from "./transact.ts";

export const SEEDED_SETTING = "seeded";

/** True when the seeds were loaded now. */
export async function loadSeedArticles(db: ClaimbenchDb, parts: readonly ExtractedArticle[]): Promise<boolean> {
  const { result } = await transact(
    db,
    { reviewer: "" },
    { action: "load-seeds", undoable: false, label: `Loaded ${countOf(parts.length, "seed article")}` },
    async (writer) => {
      const seeded = await db.settings.get(SEEDED_SETTING);
      if (seeded !== undefined || (await db.articles.count()) > 0) return false;
      await addArticles(db, writer, parts);
      await db.settings.put({ key: SEEDED_SETTING, value: true });
      return true;
    },
  );
  return result;
}

export async function isSeeded(db: ClaimbenchDb): Promise<boolean> {
  return (await db.settings.get(SEEDED_SETTING)) !== undefined;
}
