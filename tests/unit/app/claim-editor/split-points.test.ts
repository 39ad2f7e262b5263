import { describe, expect, it } from "vitest";
import { wordsOfSpan } from "../../../../src/app/claim-editor/split-points.ts";

describe("wordsOfSpan", () => {
  it("lists the words of the span with their offsets in the article", () => {
    const text = "Intro. More than 120 people  were held.\nNext.";
    expect(wordsOfSpan(text, { start: 7, end: 39 })).toEqual([
      { start: 7, text: "More" },
      { start: 12, text: "than" },
      { start: 17, text: "120" },
      { start: 21, text: "people" },
      { start: 29, text: "were" },
      { start: 34, text: "held." },
    ]);
  });

  it("gives nothing for an empty or blank span", () => {
    expect(wordsOfSpan("a   b", { start: 1, end: 4 })).toEqual([]);
    expect(wordsOfSpan("abc", { start: 2, end: 2 })).toEqual([]);
  });
});
