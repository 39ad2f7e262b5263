/**
 * A claim the reviewer made by selecting text in an article: quantities and attribution are
 * proposed by the extractor (core proposeClaim). Undoable. Returns the new claim's id.
 */
import type { Span } from "../../../claim-schemas/claim-set.ts";
import { proposeClaim, trimSpan } from "../../core/claims/propose-claim.ts";
import type { ClaimbenchDb } from "../database.ts";
import { requireArticle } from "./require-rows.ts";
import { freeClaimId, toStoredClaim } from "./stored-rows.ts";
import { transact, type Actor } from "./transact.ts";

export async function addClaim(db: ClaimbenchDb, articleId: string, span: Span, by: Actor): Promise<string> {
  const { result } = await transact(db, by, { action: "add-claim", undoable: true, label: "Added a claim by hand" }, async (writer) => {
    const article = await requireArticle(db, articleId);
    const trimmed = trimSpan(article.text, span);
    const id = await freeClaimId(articleId, trimmed.start, trimmed.end, async (candidate) => (await db.claims.get(candidate)) !== undefined);
    await writer.put("claims", toStoredClaim(proposeClaim(article, trimmed, id), "manual", writer.now));
    return id;
  });
  return result;
}
