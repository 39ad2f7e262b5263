/** Edits an article's title, outlet, URL or date (its text never changes: claims anchor to it). Undoable. */
import { isIsoDay, NOT_AN_ISO_DAY } from "../../core/dates/iso-day.ts";
import type { ClaimbenchDb } from "../database.ts";
import type { StoredArticle } from "../records.ts";
import { requireArticle } from "./require-rows.ts";
import { transact, type Actor } from "./transact.ts";

export interface ArticlePatch {
  title?: string;
  outlet?: string;
  url?: string;
  /** YYYY-MM-DD, or "" to remove. */
  date?: string;
}

export async function editArticle(db: ClaimbenchDb, articleId: string, patch: ArticlePatch, by: Actor): Promise<void> {
  const fields = (Object.keys(patch) as (keyof ArticlePatch)[]).filter((key) => patch[key] !== undefined);
  if (fields.length === 0) return;
  await transact(db, by, { action: "edit-article", undoable: true, label: `Edited ${fields.join(", ")} of an article` }, async (writer) => {
    const article = await requireArticle(db, articleId);
    const next: StoredArticle = { ...article, updatedAt: writer.now };
    for (const field of fields) {
      const value = patch[field]!.trim();
      if (field === "date" && value !== "" && !isIsoDay(value)) throw new Error(NOT_AN_ISO_DAY);
      if (value === "") delete next[field];
      else next[field] = value;
    }
    await writer.put("articles", next);
  });
}
