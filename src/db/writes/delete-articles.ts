/** Deletes articles with all their claims. Undoable: the history keeps every row. */
import type { ClaimbenchDb } from "../database.ts";
import { countOf, transact, type Actor } from "./transact.ts";
import { requireArticle } from "./require-rows.ts";

export async function deleteArticles(db: ClaimbenchDb, articleIds: readonly string[], by: Actor): Promise<void> {
  await transact(
    db,
    by,
    { action: "delete-articles", undoable: true, label: `Deleted ${countOf(articleIds.length, "article")} and their claims` },
    async (writer) => {
      for (const id of articleIds) {
        await requireArticle(db, id);
        for (const claimId of await db.claims.where("articleId").equals(id).primaryKeys()) await writer.remove("claims", claimId);
        await writer.remove("articles", id);
      }
    },
  );
}
