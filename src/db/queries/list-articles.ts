import type { ClaimbenchDb } from "../database.ts";
import type { StoredArticle } from "../records.ts";

/** Articles per read: thousands of full texts in one read would hold the page for one long task. */
const PAGE_SIZE = 500;

/** Every article, oldest import first (as the addedAt index orders them), read in pages along the primary key. */
export async function listArticles(db: ClaimbenchDb): Promise<StoredArticle[]> {
  const all: StoredArticle[] = [];
  let after: string | undefined;
  for (;;) {
    const page = await (after === undefined ? db.articles.orderBy(":id") : db.articles.where(":id").above(after)).limit(PAGE_SIZE).toArray();
    all.push(...page);
    if (page.length < PAGE_SIZE) break;
    after = page[page.length - 1]!.id;
  }
  return all.sort((a, b) => (a.addedAt < b.addedAt ? -1 : a.addedAt > b.addedAt ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
