/**
 * Merges claims of one article into one: the span runs from the first to the last, the
 * figures are all of theirs (each once), the attribution and review are the first's (in
 * reading order), the score the highest of theirs.
 * Undoable. Returns the merged claim's id.
 */
import type { Quantity } from "../../../claim-schemas/claim-set.ts";
import { quoteSelector } from "../../core/claims/extract-claims.ts";
import { scoreClaim } from "../../core/claims/propose-claim.ts";
import type { ClaimbenchDb } from "../database.ts";
import type { StoredClaim } from "../records.ts";
import { requireArticle, requireClaims } from "./require-rows.ts";
import { freeClaimId } from "./stored-rows.ts";
import { countOf, transact, type Actor } from "./transact.ts";

export async function mergeClaims(db: ClaimbenchDb, claimIds: readonly string[], by: Actor): Promise<string> {
  const unique = [...new Set(claimIds)];
  if (unique.length < 2) throw new Error("merging needs at least two claims");
  const { result } = await transact(
    db,
    by,
    { action: "merge-claims", undoable: true, label: `Merged ${countOf(unique.length, "claim")}` },
    async (writer) => {
      const claims = (await requireClaims(db, unique)).sort((a, b) => a.span.start - b.span.start);
      const first = claims[0]!;
      if (claims.some((claim) => claim.articleId !== first.articleId)) {
        throw new Error("only claims of the same article can be merged");
      }
      const article = await requireArticle(db, first.articleId);
      const span = { start: first.span.start, end: Math.max(...claims.map((claim) => claim.span.end)) };
      for (const claim of claims) await writer.remove("claims", claim.id);
      const id = await freeClaimId(article.id, span.start, span.end, async (candidate) => (await db.claims.get(candidate)) !== undefined);
      const text = claims.map((claim) => claim.text.replace(/[.\s]+$/, "")).join("; ") + ".";
      const quantities = uniqueQuantities(claims.flatMap((claim) => claim.quantities));
      const merged: StoredClaim = {
        ...first,
        id,
        text,
        span,
        quote: quoteSelector(article.text, span),
        quantities,
        occurrences: [span],
        kind: claims.every((claim) => claim.kind === "caption") ? "caption" : scoreClaim({ ...first, text, quantities }, false).kind,
        checkworthiness: Math.max(...claims.map((claim) => claim.checkworthiness)),
        origin: "manual",
        createdAt: writer.now,
        updatedAt: writer.now,
      };
      await writer.put("claims", merged);
      return id;
    },
  );
  return result;
}

/** Every figure once (overlapping claims can share one), in reading order. */
function uniqueQuantities(quantities: readonly Quantity[]): Quantity[] {
  const seen = new Set<string>();
  return quantities
    .filter((quantity) => {
      const key = `${quantity.span.start}:${quantity.span.end}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .sort((a, b) => a.span.start - b.span.start);
}
