import { describe, expect, it } from "vitest";
import { inlineToText, markdownToText } from "../../../src/io/markdown-to-text.ts";

const text = (markdown: string) => markdownToText(markdown).text;

describe("markdownToText: blocks", () => {
  it("drops heading markers and keeps the heading as its own paragraph", () => {
    expect(text("# Protests continue\n\nA total of 128 people were held.")).toBe(
      "Protests continue\n\nA total of 128 people were held.",
    );
    expect(text("## Closing hashes ##\nBody.")).toBe("Closing hashes\n\nBody.");
  });

  it("joins the lines a paragraph was wrapped over (a newline would end a sentence)", () => {
    expect(text("MINSK -- More than 120 people\nwere detained on September 1,\nthe ministry said.\n\nNext.")).toBe(
      "MINSK -- More than 120 people were detained on September 1, the ministry said.\n\nNext.",
    );
  });

  it("keeps a hard line break", () => {
    expect(text("Line one  \nLine two\\\nLine three")).toBe("Line one\nLine two\nLine three");
  });

  it("drops setext underlines, rules and reference definitions", () => {
    expect(text("Headline\n========\n\nBody.\n\n---\n\n[1]: https://example.org\nEnd.")).toBe("Headline\n\nBody.\n\nEnd.");
  });

  it("drops list and quote markers, one item per line", () => {
    expect(text("- 39 will stand trial\n* 6 were fined\n1. First\n2) Second\n- [x] done")).toBe(
      "39 will stand trial\n6 were fined\nFirst\nSecond\ndone",
    );
    expect(text("> The protest was unsanctioned,\n> the ministry said.")).toBe("The protest was unsanctioned, the ministry said.");
  });

  it("keeps code as it is, without the fences", () => {
    expect(text("Before.\n\n```js\nconst a = *b*;\n  indented\n```\n\nAfter.")).toBe("Before.\n\nconst a = *b*;\n  indented\n\nAfter.");
  });

  it("turns table rows into tab-separated lines without the separator row", () => {
    expect(text("| Region | Held |\n|---|--:|\n| Minsk | 95 |")).toBe("Region\tHeld\nMinsk\t95");
  });

  it("keeps a seed-format date line at the top", () => {
    expect(text("date 2020-09-02\n\n# Title\n\nBody.")).toBe("date 2020-09-02\n\nTitle\n\nBody.");
  });

  it("drops HTML comments", () => {
    expect(text("Kept <!-- not\nthis --> text.")).toBe("Kept text.");
  });
});

describe("markdownToText: front matter", () => {
  it("reads title and date and drops the block", () => {
    const article = markdownToText('---\ntitle: "Belarus: 128 held"\ndate: 2020-09-02T09:00:00Z\ntags: [x]\n---\nBody.');
    expect(article).toEqual({ text: "Body.", title: "Belarus: 128 held", date: "2020-09-02" });
  });

  it("ignores a date that is not a real day", () => {
    expect(markdownToText("---\ndate: 2020-13-01\n---\nBody.")).toEqual({ text: "Body." });
  });
});

describe("inlineToText", () => {
  it.each([
    ["**128** people", "128 people"],
    ["__bold__ and *italic* and _also_", "bold and italic and also"],
    ["***both***", "both"],
    ["~~struck~~ text", "struck text"],
    ["the [Interior Ministry](https://mvd.gov.by/ru \"title\") said", "the Interior Ministry said"],
    ["a [link with (parens)](https://e.org/a_(b)) here", "a link with (parens) here"],
    ["see [the report][1]", "see the report"],
    ["![Police in Minsk](photo.jpg) caption", "Police in Minsk caption"],
    ["<https://example.org/a>", "https://example.org/a"],
    ["`code *here*` stays", "code *here* stays"],
    ["H<sub>2</sub>O<br>next", "H2Onext"],
  ])("%s -> %s", (markdown, expected) => {
    expect(inlineToText(markdown)).toBe(expected);
  });

  it.each([
    ["snake_case_name stays", "snake_case_name stays"],
    ["5 * 3 * 2 = 30", "5 * 3 * 2 = 30"],
    ["a \\*literal\\* star and \\_underscore\\_", "a *literal* star and _underscore_"],
    ["x < y and z > w", "x < y and z > w"],
    ["[not a link] and [brackets]", "[not a link] and [brackets]"],
  ])("keeps text that only looks like syntax: %s", (markdown, expected) => {
    expect(inlineToText(markdown)).toBe(expected);
  });
});
