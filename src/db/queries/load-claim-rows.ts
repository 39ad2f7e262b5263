/**
 * Reads every claim as a table row, page by page along the primary key (getAll-style reads,
 * not a cursor per row), so the first rows show before the last page is read.
 */
import { toClaimRow, type ClaimRow } from "../claim-row.ts";
import type { ClaimbenchDb } from "../database.ts";

const PAGE_SIZE = 5000;

export async function loadClaimRows(db: ClaimbenchDb, onPage: (rows: ClaimRow[]) => void = () => {}): Promise<ClaimRow[]> {
  const titles = new Map<string, string>();
  for (const article of await db.articles.toArray()) titles.set(article.id, article.title ?? article.fileName ?? "Untitled");
  const all: ClaimRow[] = [];
  let after: string | undefined;
  for (;;) {
    const page = await (after === undefined ? db.claims.orderBy("id") : db.claims.where("id").above(after)).limit(PAGE_SIZE).toArray();
    if (page.length === 0) break;
    const rows = page.map((claim) => toClaimRow(claim, titles.get(claim.articleId) ?? ""));
    all.push(...rows);
    onPage(rows);
    after = page[page.length - 1]!.id;
    if (page.length < PAGE_SIZE) break;
  }
  return all;
}
