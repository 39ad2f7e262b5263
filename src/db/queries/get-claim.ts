import type { ClaimbenchDb } from "../database.ts";
import type { StoredClaim } from "../records.ts";

export async function getClaim(db: ClaimbenchDb, id: string): Promise<StoredClaim | undefined> {
  return db.claims.get(id);
}

/** An article's claims in reading order. */
export async function claimsOfArticle(db: ClaimbenchDb, articleId: string): Promise<StoredClaim[]> {
  const claims = await db.claims.where("articleId").equals(articleId).toArray();
  return claims.sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
}
