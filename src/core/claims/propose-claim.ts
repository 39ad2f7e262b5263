/**
 * A claim for a span the reviewer selected by hand: its figures, and the speaker and day the
 * extractor gives the text around it. The extractor's claims over the same article are the
 * context — the one that overlaps the selection most lends its attribution and date — so a
 * hand-made claim is attributed exactly as an extracted one would be.
 */
import type { Article, Claim } from "../../../claim-schemas/claim-set.ts";
import { findQuantities } from "../quantities/find-quantities.ts";
import { trimSpan as trimWhiteSpace, type Span } from "../text/span.ts";
import { extractClaims, newReview, quoteSelector } from "./extract-claims.ts";
import { checkworthiness, claimKind } from "./score-claim.ts";

const NAME_INSIDE = /\s\p{Lu}\p{Ll}/u;

/** Trims white space off both ends of text[span); throws when nothing is left or the span is outside the text. */
export function trimSpan(text: string, span: Span): Span {
  if (!Number.isInteger(span.start) || !Number.isInteger(span.end) || span.start < 0 || span.end > text.length || span.end <= span.start) {
    throw new Error(`span ${span.start}–${span.end} is not inside the article (0–${text.length})`);
  }
  const trimmed = trimWhiteSpace(text, span);
  if (trimmed.end === trimmed.start) throw new Error("the selection holds only white space");
  return trimmed;
}

/**
 * The claim for text[span) of the article. `context` is the extractor's claims for the
 * article when the caller has them; they are computed otherwise.
 */
export function proposeClaim(article: Article, selection: Span, id: string, context?: readonly Claim[]): Claim {
  const span = trimSpan(article.text, selection);
  const text = article.text.slice(span.start, span.end).replace(/\s+/g, " ");
  const quantities = findQuantities(article.text, span);
  const nearest = mostOverlapping(context ?? extractClaims(article), span);
  const attribution = nearest?.attribution ?? null;
  const date = nearest?.date;
  const claim: Claim = {
    id,
    articleId: article.id,
    text,
    span,
    quote: quoteSelector(article.text, span),
    ...scoreClaim({ text, quantities, attribution, ...(date !== undefined ? { date } : {}) }, nearest?.kind === "caption"),
    quantities,
    attribution,
    occurrences: [span],
    review: newReview(),
  };
  if (date !== undefined) claim.date = date;
  return claim;
}

/**
 * Kind and check-worthiness of a claim from its own fields, for claims made or reshaped by
 * hand (split, merged): a part that lost its figure is no longer a "quantity" claim.
 */
export function scoreClaim(
  claim: Pick<Claim, "text" | "quantities" | "attribution" | "date">,
  isCaption: boolean,
): Pick<Claim, "kind" | "checkworthiness"> {
  const signals = {
    text: claim.text,
    quantities: claim.quantities,
    attribution: claim.attribution,
    isCaption,
    names: NAME_INSIDE.test(claim.text) ? 1 : 0,
    ...(claim.date !== undefined ? { date: claim.date } : {}),
  };
  return { kind: claimKind(signals), checkworthiness: checkworthiness(signals) };
}

function mostOverlapping(claims: readonly Claim[], span: Span): Claim | undefined {
  let best: Claim | undefined;
  let bestOverlap = 0;
  for (const claim of claims) {
    for (const occurrence of claim.occurrences) {
      const overlap = Math.min(occurrence.end, span.end) - Math.max(occurrence.start, span.start);
      if (overlap > bestOverlap) {
        best = claim;
        bestOverlap = overlap;
      }
    }
  }
  return best;
}
