import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { RARE_KEYWORDS, splitSentence } from "../../../../src/core/claims/split-clauses.ts";

/** The keywords of the rarer splitters, as each splitter tests for its own. */
const EACH = [/\b(?:in|as) an? /, /\bwhat /, /including|among|of whom/, /;|, (?:although|though|but|whereas|while) /, /-year-old|aged /];

describe("the rare splitters' keyword gate", () => {
  it("finds each rare keyword", () => {
    for (const sentence of [
      "The bank cut 40 jobs in a move the union said was unfair.",
      "He denied what she described as a cover-up.",
      "Ten people, including two children, were hurt.",
      "Prices rose 3%; wages fell.",
      "The 52-year-old driver was arrested.",
    ]) {
      expect(RARE_KEYWORDS.test(sentence), sentence).toBe(true);
    }
    expect(RARE_KEYWORDS.test("Police detained 128 people across the country on Sunday.")).toBe(false);
  });

  it("finds one exactly when one of the splitters' own keywords would", () => {
    const piece = fc.constantFrom("in a ", "as an ", "what ", "somewhat ", "including ", "among ", "of whom ", ";", ", but ", ", while ", "-year-old ", "aged ", "the ", "rally ", ", ", "in", " a");
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 8 }), (pieces) => {
        const sentence = pieces.join("");
        expect(RARE_KEYWORDS.test(sentence)).toBe(EACH.some((keyword) => keyword.test(sentence)));
      }),
      { numRuns: 2000 },
    );
  });

  it("still splits a sentence whose only rule keyword is a rare one", () => {
    const text = "Prices rose by 3% in March; wages fell by 2% in April.";
    const drafts = splitSentence({ text, sentence: { start: 0, end: text.length }, quantities: [] });
    expect(drafts.map((draft) => text.slice(draft.span.start, draft.span.end))).toEqual(["Prices rose by 3% in March", "wages fell by 2% in April"]);
  });
});
