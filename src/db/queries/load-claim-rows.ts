/**
 * Reads every claim as a table row, page by page along the primary key (getAll-style reads,
 * not a cursor per row), so the first rows show before the last page is read.
 */
import { toClaimRow, type ClaimRow } from "../claim-row.ts";
import type { ClaimbenchDb } from "../database.ts";

const PAGE_SIZE = 5000;
/** The first page is small, so the first rows show at once. */
const FIRST_PAGE_SIZE = 1000;

/** `titles`: article titles by id when the caller has read the articles already (else they are read here). */
export async function loadClaimRows(
  db: ClaimbenchDb,
  onPage: (rows: ClaimRow[]) => void = () => {},
  known?: ReadonlyMap<string, string>,
): Promise<ClaimRow[]> {
  let titles = known;
  if (titles === undefined) {
    const read = new Map<string, string>();
    for (const article of await db.articles.toArray()) read.set(article.id, article.title ?? article.fileName ?? "Untitled");
    titles = read;
  }
  const all: ClaimRow[] = [];
  let after: string | undefined;
  for (;;) {
    const size = after === undefined ? FIRST_PAGE_SIZE : PAGE_SIZE;
    const page = await (after === undefined ? db.claims.orderBy("id") : db.claims.where("id").above(after)).limit(size).toArray();
    if (page.length === 0) break;
    const rows = page.map((claim) => toClaimRow(claim, titles.get(claim.articleId) ?? ""));
    all.push(...rows);
    onPage(rows);
    after = page[page.length - 1]!.id;
    if (page.length < size) break;
  }
  return all;
}
