/** Claim-set records -> stored rows: the bookkeeping fields every row in the workspace has. */
import type { Article, Attribution, Claim } from "../../../claim-schemas/claim-set.ts";
import type { ClaimOrigin, StoredArticle, StoredClaim } from "../records.ts";

export function speakerOf(attribution: Attribution | null): string {
  return attribution?.entity ?? attribution?.source ?? "";
}

export function toStoredClaim(claim: Claim, origin: ClaimOrigin, now: string): StoredClaim {
  return { ...claim, speaker: speakerOf(claim.attribution), origin, createdAt: now, updatedAt: now };
}

export function toStoredArticle(article: Article, now: string): StoredArticle {
  return { ...article, addedAt: now, updatedAt: now };
}

/** A claim id not used yet: the extractor's `${articleId}-c${start}-${end}`, with a suffix when taken. */
export async function freeClaimId(
  articleId: string,
  start: number,
  end: number,
  isTaken: (id: string) => Promise<boolean>,
): Promise<string> {
  const base = `${articleId}-c${start}-${end}`;
  if (!(await isTaken(base))) return base;
  for (let n = 2; ; n++) {
    const id = `${base}-${n}`;
    if (!(await isTaken(id))) return id;
  }
}
