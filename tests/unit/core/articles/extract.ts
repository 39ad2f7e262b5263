/** Runs the extractor on an invented article and finds its claims by a fragment of their text. */
import { expect } from "vitest";
import type { Claim } from "../../../../claim-schemas/claim-set.ts";
import { extractArticle, type ExtractedArticle } from "../../../../src/core/extract/extract-claim-set.ts";

export function extract(raw: string): ExtractedArticle {
  return extractArticle({ raw });
}

/** The one claim whose text contains `fragment` (case-insensitive); fails listing every claim otherwise. */
export function claimWith(claims: readonly Claim[], fragment: string): Claim {
  const found = claims.filter((claim) => claim.text.toLowerCase().includes(fragment.toLowerCase()));
  if (found.length !== 1) {
    throw new Error(`expected one claim with "${fragment}", found ${found.length}:\n${claims.map((claim) => `  ${claim.text}`).join("\n")}`);
  }
  return found[0]!;
}

export function noClaimWith(claims: readonly Claim[], fragment: string): void {
  expect(claims.map((claim) => claim.text).filter((text) => text.toLowerCase().includes(fragment.toLowerCase()))).toEqual([]);
}

/** Who a claim is attributed to: the resolved entity, else the source as written; null for the article's own voice. */
export function speakerOf(claim: Claim): string | null {
  return claim.attribution ? (claim.attribution.entity ?? claim.attribution.source) : null;
}

/** Every claim's span holds its quote, and every figure lies inside its claim's span. */
export function expectAnchored({ article, claims }: ExtractedArticle): void {
  for (const claim of claims) {
    expect(article.text.slice(claim.span.start, claim.span.end)).toBe(claim.quote.exact);
    for (const quantity of claim.quantities) {
      expect(article.text.slice(quantity.span.start, quantity.span.end)).toBe(quantity.raw);
    }
  }
}
