import type { ClaimbenchDb } from "../database.ts";
import type { StoredArticle } from "../records.ts";

export async function getArticle(db: ClaimbenchDb, id: string): Promise<StoredArticle | undefined> {
  return db.articles.get(id);
}
