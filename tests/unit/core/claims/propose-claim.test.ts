import { describe, expect, it } from "vitest";
import { Claim as ClaimSchema, type Article, type Claim } from "../../../../claim-schemas/claim-set.ts";
import { proposeClaim, scoreClaim, trimSpan } from "../../../../src/core/claims/propose-claim.ts";
import { extractArticle } from "../../../../src/core/extract/extract-claim-set.ts";

const RAW = `date 2025-03-14 Council approves budget

The city council approved a budget of £4.2 million on Thursday, the mayor said. Council tax will rise by 3 per cent, officials said, adding that 120 jobs would be cut.

"We had no choice," said Mayor Ann Patel.

The sky was grey on Friday.
`;

const { article } = extractArticle({ raw: RAW });

/** The span of the first `fragment` in the article. */
function selection(fragment: string) {
  const start = article.text.indexOf(fragment);
  if (start < 0) throw new Error(`no "${fragment}" in the article`);
  return { start, end: start + fragment.length };
}

function propose(fragment: string): Claim {
  return proposeClaim(article, selection(fragment), "x-1");
}

describe("proposeClaim", () => {
  it("gives a valid claim anchored at the trimmed selection, unreviewed", () => {
    const exact = selection("Council tax will rise by 3 per cent");
    // The space before "Council" is selected too.
    const claim = proposeClaim(article, { start: exact.start - 1, end: exact.end }, "x-1");
    expect(ClaimSchema.safeParse(claim).success).toBe(true);
    expect(claim).toMatchObject({ id: "x-1", articleId: article.id, text: "Council tax will rise by 3 per cent", span: selection("Council tax will rise by 3 per cent") });
    expect(claim.quote.exact).toBe("Council tax will rise by 3 per cent");
    expect(claim.quote.prefix.endsWith("the mayor said. ")).toBe(true);
    expect(claim.quote.suffix.startsWith(", officials said")).toBe(true);
    expect(claim.occurrences).toEqual([claim.span]);
    expect(claim.review).toEqual({ status: "unreviewed", reporting: "unchecked", evidence: [] });
  });

  it("finds the figures inside the selection only, not elsewhere in the sentence", () => {
    const claim = propose("Council tax will rise by 3 per cent");
    expect(claim.quantities.map((quantity) => quantity.raw)).toEqual(["3 per cent"]);
    expect(claim.kind).toBe("quantity");
  });

  it("attributes the selection to the speaker of its sentence", () => {
    expect(propose("120 jobs would be cut").attribution).toMatchObject({ source: "officials", mode: "reported" });
    expect(propose("approved a budget of £4.2 million").attribution).toMatchObject({ source: "the mayor", cue: "said" });
  });

  it("keeps a direct quote a quote", () => {
    const claim = propose("We had no choice");
    expect(claim.attribution).toMatchObject({ source: "Mayor Ann Patel", mode: "direct" });
    expect(claim.kind).toBe("quote");
  });

  it("leaves the article's own voice unattributed, and takes the day the sentence is about", () => {
    const claim = propose("The sky was grey on Friday");
    expect(claim.attribution).toBeNull();
    expect(claim.date).toBe("2025-03-14");
    expect(claim.kind).toBe("event");
  });

  it("scores a figure with a speaker above a bare description", () => {
    expect(propose("Council tax will rise by 3 per cent").checkworthiness).toBeGreaterThan(propose("The sky was grey on Friday").checkworthiness);
  });

  it("folds line breaks in the selection into single spaces in the text", () => {
    const start = article.text.indexOf("120 jobs");
    const end = article.text.indexOf("choice");
    const claim = proposeClaim(article, { start, end }, "x-2");
    expect(claim.text).not.toMatch(/\n|\s{2}/);
    expect(claim.quote.exact).toBe(article.text.slice(start, end).trimEnd());
  });

  it("uses the extracted claims it is given instead of extracting again", () => {
    const context: Claim[] = [
      { ...propose("120 jobs would be cut"), span: selection("120 jobs would be cut"), occurrences: [selection("120 jobs would be cut")], attribution: { source: "the union", mode: "reported" } },
    ];
    expect(proposeClaim(article, selection("120 jobs"), "x-3", context).attribution).toEqual({ source: "the union", mode: "reported" });
  });

  it("refuses a selection outside the article or of white space only", () => {
    expect(() => proposeClaim(article, { start: 5, end: article.text.length + 1 }, "x")).toThrow(/not inside the article/);
    expect(() => proposeClaim(article, { start: 10, end: 10 }, "x")).toThrow(/not inside the article/);
    const gap = article.text.indexOf("\n\n");
    expect(() => proposeClaim(article, { start: gap, end: gap + 2 }, "x")).toThrow(/only white space/);
  });
});

describe("trimSpan", () => {
  const text: Article["text"] = "  two words \n";
  it("trims white space off both ends", () => {
    expect(trimSpan(text, { start: 0, end: text.length })).toEqual({ start: 2, end: 11 });
  });
  it("refuses fractional and reversed spans", () => {
    expect(() => trimSpan(text, { start: 0.5, end: 3 })).toThrow();
    expect(() => trimSpan(text, { start: 4, end: 2 })).toThrow();
  });
});

describe("scoreClaim", () => {
  const figure = propose("Council tax will rise by 3 per cent");
  it("calls a claim with a figure a quantity claim, and one without it by its attribution", () => {
    expect(scoreClaim(figure, false).kind).toBe("quantity");
    expect(scoreClaim({ ...figure, quantities: [] }, false).kind).toBe("quote");
    expect(scoreClaim({ ...figure, quantities: [], attribution: null }, false).kind).toBe("event");
  });
  it("keeps a caption a caption, scored low", () => {
    const caption = scoreClaim(figure, true);
    expect(caption.kind).toBe("caption");
    expect(caption.checkworthiness).toBeLessThanOrEqual(0.25);
  });
});
