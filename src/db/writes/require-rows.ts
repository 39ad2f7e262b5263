/** Reads rows an operation needs, failing with a clear message when one is missing. */
import type { ClaimbenchDb } from "../database.ts";
import type { StoredArticle, StoredClaim } from "../records.ts";

export async function requireClaims(db: ClaimbenchDb, ids: readonly string[]): Promise<StoredClaim[]> {
  const claims = await db.claims.bulkGet([...ids]);
  const missing = ids.filter((_, index) => claims[index] === undefined);
  if (missing.length > 0) throw new Error(`no such claim: ${missing.slice(0, 3).join(", ")}${missing.length > 3 ? ", …" : ""}`);
  return claims as StoredClaim[];
}

export async function requireClaim(db: ClaimbenchDb, id: string): Promise<StoredClaim> {
  const [claim] = await requireClaims(db, [id]);
  return claim!;
}

export async function requireArticle(db: ClaimbenchDb, id: string): Promise<StoredArticle> {
  const article = await db.articles.get(id);
  if (article === undefined) throw new Error(`no such article: ${id}`);
  return article;
}
