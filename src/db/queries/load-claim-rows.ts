/**
 * Reads every claim as a table row, page by page along the primary key (getAll-style reads,
 * not a cursor per row), so the first rows show before the last page is read. A row carries
 * its article's title: titles missing from `titles` are read for each page's articles only,
 * so the first page never waits for every article.
 */
import { toClaimRow, type ClaimRow } from "../claim-row.ts";
import type { ClaimbenchDb } from "../database.ts";

const PAGE_SIZE = 5000;
/** The first page is small, so the first rows show at once. */
const FIRST_PAGE_SIZE = 1000;

/**
 * `onPage` is awaited before the next page is read. `titles`: article titles by id, filled in
 * as they are read (a caller that reads every article between pages fills it for the rest).
 */
export async function loadClaimRows(
  db: ClaimbenchDb,
  onPage: (rows: ClaimRow[]) => void | Promise<void> = () => {},
  titles: Map<string, string> = new Map(),
): Promise<ClaimRow[]> {
  const all: ClaimRow[] = [];
  let after: string | undefined;
  for (;;) {
    const size = after === undefined ? FIRST_PAGE_SIZE : PAGE_SIZE;
    const page = await (after === undefined ? db.claims.orderBy("id") : db.claims.where("id").above(after)).limit(size).toArray();
    if (page.length === 0) break;
    const unknown = [...new Set(page.map((claim) => claim.articleId))].filter((id) => !titles.has(id));
    if (unknown.length > 0) {
      (await db.articles.bulkGet(unknown)).forEach((article, index) => titles.set(unknown[index]!, article === undefined ? "" : articleTitleOf(article)));
    }
    const rows = page.map((claim) => toClaimRow(claim, titles.get(claim.articleId) ?? ""));
    all.push(...rows);
    await onPage(rows);
    after = page[page.length - 1]!.id;
    if (page.length < size) break;
  }
  return all;
}

/** The title an article is shown by. */
export function articleTitleOf(article: { title?: string; fileName?: string }): string {
  return article.title ?? article.fileName ?? "Untitled";
}
