import { describe, expect, it } from "vitest";
import { findCaptionParagraphs } from "../../../../src/core/boilerplate/find-boilerplate.ts";

function captionsOf(text: string): string[] {
  return findCaptionParagraphs(text).map((range) => text.slice(range.start, range.end));
}

describe("findCaptionParagraphs", () => {
  it("finds a paragraph ending in an AP credit", () => {
    const caption = "Supporters wave flags in Warsaw, Poland, Sunday, July 12, 2020. (AP Photo/Czarek Sokolowski)";
    expect(captionsOf(`Poland held a runoff on Sunday.\n\n${caption}\n\nThe count continues.`)).toEqual([caption]);
  });

  it("finds a paragraph ending in repeated 'Credit:' lines", () => {
    const caption = "A runner crosses the line in Boston. (AP Photo) Credit: Uncredited Credit: Uncredited";
    expect(captionsOf(caption)).toEqual([caption]);
  });

  it("finds a paragraph with a parenthesised credit before more text", () => {
    const caption = "Firefighters at work in Athens (Photo: Reuters). The blaze was contained by evening.";
    expect(captionsOf(caption)).toEqual([caption]);
  });

  it("finds a paragraph ending in 'Name/Getty Images'", () => {
    const caption = "The Chancellor arrives at Westminster. Leon Neal/Getty Images";
    expect(captionsOf(caption)).toEqual([caption]);
  });

  it("ignores paragraphs that only cite an agency", () => {
    expect(captionsOf("Reuters reported the deal on Friday.\nGetty Images shares rose 5% on Friday.")).toEqual([]);
  });

  it("ignores a 'Credit:' label followed by a long sentence", () => {
    expect(captionsOf("Credit: the central bank deserves praise for acting quickly when the markets began to fall.")).toEqual([]);
  });

  it("returns absolute paragraph offsets", () => {
    const text = "Intro.\n  Crowds in Rome. (AP Photo)  \n";
    expect(findCaptionParagraphs(text)).toEqual([{ start: 9, end: 35 }]);
  });
});
