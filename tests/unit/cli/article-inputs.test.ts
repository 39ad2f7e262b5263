import { describe, expect, it } from "vitest";
import { clipTitle, lineArticleInputs, toArticleInputs } from "../../../src/cli/article-inputs.ts";

describe("toArticleInputs", () => {
  it("makes one article per input, named by its file and labelled by its path", () => {
    expect(
      toArticleInputs(
        [
          { path: "in/a.txt", fileName: "a.txt", text: "One." },
          { path: "-", text: "Two." },
        ],
        false,
      ),
    ).toEqual([
      { label: "in/a.txt", article: { raw: "One.", fileName: "a.txt" } },
      { label: "standard input", article: { raw: "Two." } },
    ]);
  });
});

describe("lineArticleInputs", () => {
  it("makes one article per non-empty line, numbered from 1", () => {
    expect(lineArticleInputs({ path: "in/h.txt", fileName: "h.txt", text: "First 12.\r\n\n  \nSecond 7.\n" })).toEqual([
      { label: "in/h.txt:1", article: { raw: "First 12.", fileName: "h.txt#L1", title: "First 12." } },
      { label: "in/h.txt:4", article: { raw: "Second 7.", fileName: "h.txt#L4", title: "Second 7." } },
    ]);
  });

  it("dates every line by the input's date header and skips a header-only line", () => {
    const articles = lineArticleInputs({ path: "h.txt", fileName: "h.txt", text: "date 2020-09-02\nOne.\nTwo." });
    expect(articles.map(({ article }) => article)).toEqual([
      { raw: "One.", fileName: "h.txt#L2", title: "One.", date: "2020-09-02" },
      { raw: "Two.", fileName: "h.txt#L3", title: "Two.", date: "2020-09-02" },
    ]);
  });

  it("titles a line that shares its line with the header by the text alone", () => {
    expect(lineArticleInputs({ path: "-", text: "date 2020-09-02 MINSK -- 128 held." })).toEqual([
      {
        label: "standard input:1",
        article: { raw: "date 2020-09-02 MINSK -- 128 held.", fileName: "stdin#L1", title: "MINSK -- 128 held.", date: "2020-09-02" },
      },
    ]);
  });
});

describe("clipTitle", () => {
  it("keeps a short line whole", () => {
    expect(clipTitle("Revenue rose 12%")).toBe("Revenue rose 12%");
  });

  it("cuts a long line at a word and marks the cut", () => {
    const title = clipTitle("word ".repeat(40));
    expect(title.length).toBeLessThanOrEqual(80);
    expect(title.endsWith("word…")).toBe(true);
  });

  it("cuts a line without spaces hard", () => {
    expect(clipTitle("x".repeat(200), 10)).toBe(`${"x".repeat(9)}…`);
  });
});
