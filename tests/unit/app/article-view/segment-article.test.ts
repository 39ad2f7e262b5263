import { describe, expect, it } from "vitest";
import {
  paragraphRanges,
  readingOrder,
  segmentArticle,
  type HighlightSource,
  type TextRun,
} from "../../../../src/app/article-view/segment-article.ts";

const claim = (id: string, start: number, end: number, quantities: [number, number][] = []): HighlightSource => ({
  id,
  occurrences: [{ start, end }],
  quantities: quantities.map(([s, e]) => ({ start: s, end: e })),
});

function runs(text: string, claims: HighlightSource[], boilerplate: { start: number; end: number }[] = []): TextRun[] {
  return segmentArticle(text, claims, boilerplate).flatMap((paragraph) => paragraph.runs);
}

function describeRuns(text: string, list: TextRun[]): string[] {
  return list.map((run) => {
    const marks = [run.claimIds.join("+"), run.quantity ? "q" : "", run.boilerplate ? "b" : ""].filter(Boolean).join(",");
    return `${text.slice(run.start, run.end)}${marks === "" ? "" : `[${marks}]`}`;
  });
}

describe("segmentArticle", () => {
  it("covers the whole paragraph with plain and highlighted runs in order", () => {
    const text = "One two three four.";
    const list = runs(text, [claim("a", 4, 13)]);
    expect(describeRuns(text, list)).toEqual(["One ", "two three[a]", " four."]);
    expect(list[1]).toMatchObject({ claimId: "a", startsClaim: true, endsClaim: true });
  });

  it("gives a nested claim its own run, innermost first", () => {
    const text = "The ministry said 128 people were held.";
    const list = runs(text, [claim("outer", 0, 39), claim("inner", 18, 38)]);
    expect(describeRuns(text, list)).toEqual(["The ministry said [outer]", "128 people were held[inner+outer]", ".[outer]"]);
    expect(list[1]!.claimId).toBe("inner");
    // The outer claim resumes after the inner one: a new rounded edge there.
    expect(list[2]).toMatchObject({ claimId: "outer", startsClaim: true, endsClaim: true });
    expect(list[0]).toMatchObject({ startsClaim: true, endsClaim: true });
  });

  it("cuts partly overlapping claims at both boundaries", () => {
    const text = "aaaa bbbb cccc";
    const list = runs(text, [claim("x", 0, 9), claim("y", 5, 14)]);
    expect(describeRuns(text, list)).toEqual(["aaaa [x]", "bbbb[x+y]", " cccc[y]"]);
  });

  it("keeps adjacent claims apart, each with its own edges", () => {
    const text = "First. Second.";
    const list = runs(text, [claim("a", 0, 6), claim("b", 6, 14)]);
    expect(describeRuns(text, list)).toEqual(["First.[a]", " Second.[b]"]);
    expect(list.every((run) => run.startsClaim && run.endsClaim)).toBe(true);
  });

  it("underlines quantities only inside claims", () => {
    const text = "More than 120 people were detained.";
    const list = runs(text, [claim("a", 0, 35, [[0, 13]])]);
    expect(describeRuns(text, list)).toEqual(["More than 120[a,q]", " people were detained.[a]"]);
    expect(list[0]).toMatchObject({ startsClaim: true, endsClaim: false });
    expect(list[1]).toMatchObject({ startsClaim: false, endsClaim: true });
  });

  it("marks boilerplate runs", () => {
    const text = "A claim. (AP Photo/Jane Doe)";
    const list = runs(text, [claim("a", 0, 8)], [{ start: 9, end: 28 }]);
    expect(describeRuns(text, list)).toEqual(["A claim.[a]", " ", "(AP Photo/Jane Doe)[b]"]);
  });

  it("highlights every occurrence of a repeated claim", () => {
    const text = "Caption.\n\nBody.\n\nCaption.";
    const repeated: HighlightSource = { id: "c", occurrences: [{ start: 0, end: 8 }, { start: 17, end: 25 }], quantities: [] };
    const paragraphs = segmentArticle(text, [repeated]);
    expect(paragraphs.map((p) => describeRuns(text, [...p.runs]))).toEqual([["Caption.[c]"], ["Body."], ["Caption.[c]"]]);
  });

  it("splits runs at line breaks and drops blank lines", () => {
    const text = "One.\n\nTwo three.";
    const paragraphs = segmentArticle(text, [claim("a", 0, 16)]);
    expect(paragraphs.map((p) => describeRuns(text, [...p.runs]))).toEqual([["One.[a]"], ["Two three.[a]"]]);
  });

  it("clips spans outside the text and ignores empty ones", () => {
    const text = "short";
    expect(describeRuns(text, runs(text, [claim("a", 2, 99), claim("e", 3, 3)]))).toEqual(["sh", "ort[a]"]);
  });

  it("segments a long article quickly and without gaps", () => {
    const sentence = "Officials said more than 120 people were detained on Monday. ";
    const text = sentence.repeat(4000);
    const claims = Array.from({ length: 4000 }, (_, i) =>
      claim(`c${i}`, i * sentence.length, (i + 1) * sentence.length - 1, [[i * sentence.length + 15, i * sentence.length + 28]]),
    );
    const started = performance.now();
    const list = runs(text, claims);
    expect(performance.now() - started).toBeLessThan(500);
    expect(list.map((run) => text.slice(run.start, run.end)).join("")).toBe(text);
  });
});

describe("paragraphRanges", () => {
  it("finds text between line breaks", () => {
    expect(paragraphRanges("a\n\nbc\n  \nd")).toEqual([
      { start: 0, end: 1 },
      { start: 3, end: 5 },
      { start: 9, end: 10 },
    ]);
  });
});

describe("readingOrder", () => {
  it("sorts by start, outer claims before the claims inside them", () => {
    const spans = [
      { id: "late", span: { start: 50, end: 60 } },
      { id: "inner", span: { start: 10, end: 20 } },
      { id: "outer", span: { start: 10, end: 40 } },
    ];
    expect(readingOrder(spans)).toEqual(["outer", "inner", "late"]);
  });
});
