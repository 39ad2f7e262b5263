/**
 * Splits a claim in two at an offset inside its span: each part gets its own span (white
 * space trimmed), its own figures, kind and score, and the original's attribution, date and
 * review. Undoable.
 */
import { findQuantities } from "../../core/quantities/find-quantities.ts";
import { scoreClaim, trimSpan } from "../../core/claims/propose-claim.ts";
import { quoteSelector } from "../../core/claims/extract-claims.ts";
import type { Span } from "../../../claim-schemas/claim-set.ts";
import type { ClaimbenchDb } from "../database.ts";
import type { StoredArticle, StoredClaim } from "../records.ts";
import { requireArticle, requireClaim } from "./require-rows.ts";
import { freeClaimId } from "./stored-rows.ts";
import { transact, type Actor } from "./transact.ts";

export async function splitClaim(db: ClaimbenchDb, claimId: string, at: number, by: Actor): Promise<[string, string]> {
  const { result } = await transact(db, by, { action: "split-claim", undoable: true, label: "Split a claim in two" }, async (writer) => {
    const claim = await requireClaim(db, claimId);
    const { start, end } = claim.span;
    if (!Number.isInteger(at) || at <= start || at >= end) {
      throw new Error(`cannot split at ${at}: the offset must fall inside the claim (${start}–${end})`);
    }
    const article = await requireArticle(db, claim.articleId);
    if (article.text.slice(start, at).trim() === "" || article.text.slice(at, end).trim() === "") {
      throw new Error(`cannot split at ${at}: one part would hold only white space`);
    }
    const first = trimSpan(article.text, { start, end: at });
    const second = trimSpan(article.text, { start: at, end });
    await writer.remove("claims", claim.id);
    const taken = async (id: string) => (await db.claims.get(id)) !== undefined;
    const firstId = await freeClaimId(article.id, first.start, first.end, taken);
    await writer.put("claims", part(claim, article, first, firstId, writer.now));
    const secondId = await freeClaimId(article.id, second.start, second.end, taken);
    await writer.put("claims", part(claim, article, second, secondId, writer.now));
    return [firstId, secondId] as [string, string];
  });
  return result;
}

function part(claim: StoredClaim, article: StoredArticle, span: Span, id: string, now: string): StoredClaim {
  const text = article.text.slice(span.start, span.end).replace(/\s+/g, " ");
  const quantities = findQuantities(article.text, span);
  return {
    ...claim,
    id,
    text,
    span,
    quote: quoteSelector(article.text, span),
    quantities,
    ...scoreClaim({ ...claim, text, quantities }, claim.kind === "caption"),
    occurrences: [span],
    origin: "manual",
    createdAt: now,
    updatedAt: now,
  };
}
