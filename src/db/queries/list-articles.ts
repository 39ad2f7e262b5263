import type { ClaimbenchDb } from "../database.ts";
import type { StoredArticle } from "../records.ts";

/** Every article, oldest import first. */
export async function listArticles(db: ClaimbenchDb): Promise<StoredArticle[]> {
  return db.articles.orderBy("addedAt").toArray();
}
