import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ClaimSet } from "../../../../claim-schemas/claim-set.ts";
import { extractArticle, extractClaimSet } from "../../../../src/core/extract/extract-claim-set.ts";
import { generateArticle } from "../../../../bench/corpus/generate-articles.ts";

function expectWellFormed(raw: string): void {
  const { article, claims } = extractArticle({ raw });
  const { text } = article;
  for (const claim of claims) {
    expect(claim.span.start).toBeGreaterThanOrEqual(0);
    expect(claim.span.end).toBeLessThanOrEqual(text.length);
    expect(claim.span.end).toBeGreaterThan(claim.span.start);
    expect(text.slice(claim.span.start, claim.span.end)).toBe(claim.quote.exact);
    expect(claim.text.trim().length).toBeGreaterThan(0);
    for (const quantity of claim.quantities) {
      expect(text.slice(quantity.span.start, quantity.span.end)).toBe(quantity.raw);
    }
    for (const occurrence of claim.occurrences) {
      expect(text.slice(occurrence.start, occurrence.end).toLowerCase().replace(/\s+/g, " ")).toBe(
        claim.quote.exact.toLowerCase().replace(/\s+/g, " "),
      );
    }
    if (claim.attribution?.sourceSpan) {
      const { start, end } = claim.attribution.sourceSpan;
      expect(text.slice(start, end)).toBe(claim.attribution.source);
    }
  }
}

describe("extraction invariants", () => {
  it("anchors every claim, figure and speaker exactly, over 60 generated articles", () => {
    for (let i = 0; i < 60; i++) expectWellFormed(generateArticle(i, 7).raw);
  });

  it("produces a claim set the schema accepts, for any text", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 400 }), (raw) => {
        const set = extractClaimSet([{ raw }], { exportedAt: "2026-01-01T00:00:00.000Z" });
        expect(ClaimSet.safeParse(set).success).toBe(true);
        expectWellFormed(raw);
      }),
      { numRuns: 200 },
    );
  });

  it("survives sentence-like noise made of news words", () => {
    const words = ["said", "more", "than", "120", "people", ",", "the", "ministry", "\"", "Aug.", "9", "adding", "that", "including", "a", "day", "after", "who", "were", "detained", ".", "\n\n", "Mr.", "U.S.", "%", "$3.2bn", "66-year-old", "what", "he", "described", "as"];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...words), { maxLength: 120 }), (tokens) => {
        expectWellFormed(`date 2020-09-02\n${tokens.join(" ")}`);
      }),
      { numRuns: 300 },
    );
  });

  it("gives the same article the same id and claims, whatever its line endings", () => {
    const unix = "date 2020-01-02\nPolice said 40 people were held.\n\nThe rally ended.";
    const windows = unix.replace(/\n/g, "\r\n");
    expect(extractArticle({ raw: windows })).toEqual(extractArticle({ raw: unix }));
  });
});
