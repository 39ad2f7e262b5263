import { describe, expect, it } from "vitest";
import { htmlToArticle } from "../../../src/io/html-to-text.ts";
import { comment, el, page } from "./fake-html.ts";

describe("htmlToArticle: text", () => {
  it("puts each block element on its own paragraph and keeps inline text together", () => {
    const doc = page([], [
      el("h1", {}, "Protests continue"),
      el("p", {}, "A total of ", el("strong", {}, "128"), " people were held, the ", el("a", { href: "x" }, "ministry"), " said."),
      el("div", {}, el("p", {}, "Second paragraph."), "Loose text in a div."),
    ]);
    expect(htmlToArticle(doc).text).toBe(
      "Protests continue\n\nA total of 128 people were held, the ministry said.\n\nSecond paragraph.\n\nLoose text in a div.",
    );
  });

  it("collapses source white space and line breaks inside a paragraph", () => {
    const doc = page([], [el("p", {}, "\n   More than\n   120 people\t were detained.  ")]);
    expect(htmlToArticle(doc).text).toBe("More than 120 people were detained.");
  });

  it("breaks lines at <br> and list items", () => {
    const doc = page([], [el("p", {}, "Line one", el("br"), "Line two"), el("ul", {}, el("li", {}, "First"), el("li", {}, "Second"))]);
    expect(htmlToArticle(doc).text).toBe("Line one\n\nLine two\n\nFirst\n\nSecond");
  });

  it("drops script, style, noscript, template and iframe content, and comments", () => {
    const doc = page([el("script", {}, "alert(0)"), el("style", {}, "p{}")], [
      el("script", {}, "alert(1)"),
      el("p", {}, "Kept", el("style", {}, ".x{color:red}"), " text."),
      el("noscript", {}, "Enable JavaScript"),
      el("template", {}, el("p", {}, "template text")),
      el("iframe", { src: "https://example.org" }, "frame text"),
      comment("a comment"),
      el("img", { src: "x", onerror: "alert(2)", alt: "alt text" }),
    ]);
    expect(htmlToArticle(doc).text).toBe("Kept text.");
  });

  it("skips navigation, form widgets and hidden elements", () => {
    const doc = page([], [
      el("nav", {}, el("a", {}, "Home"), el("a", {}, "World")),
      el("p", {}, "Story text."),
      el("button", {}, "Share"),
      el("p", { hidden: "" }, "Hidden"),
      el("span", { "aria-hidden": "true" }, "icon"),
    ]);
    expect(htmlToArticle(doc).text).toBe("Story text.");
  });

  it("reads only the article when the page has exactly one <article>", () => {
    const doc = page([], [
      el("header", {}, "Site header"),
      el("article", {}, el("p", {}, "The story.")),
      el("footer", {}, "Copyright"),
    ]);
    expect(htmlToArticle(doc).text).toBe("The story.");
  });

  it("reads the whole body when there are several <article>s", () => {
    const doc = page([], [el("article", {}, "One."), el("article", {}, "Two.")]);
    expect(htmlToArticle(doc).text).toBe("One.\n\nTwo.");
  });

  it("keeps the lines of <pre> and sets table cells apart", () => {
    const doc = page([], [
      el("pre", {}, "a  b\nc"),
      el("table", {}, el("tr", {}, el("th", {}, "Region"), el("th", {}, "Held")), el("tr", {}, el("td", {}, "Minsk"), el("td", {}, "95"))),
    ]);
    expect(htmlToArticle(doc).text).toBe("a b\n\nc\n\nRegion\tHeld\n\nMinsk\t95");
  });

  it("keeps a seed-format date line at the top of the body", () => {
    const doc = page([el("meta", { property: "article:published_time", content: "2021-01-01" })], [
      el("p", {}, "date 2020-09-02"),
      el("p", {}, "Text."),
    ]);
    const article = htmlToArticle(doc);
    expect(article.text).toBe("date 2020-09-02\n\nText.");
    expect(article.date).toBeUndefined();
  });

  it("gives empty text for an empty document", () => {
    expect(htmlToArticle({ documentElement: null })).toEqual({ text: "" });
    expect(htmlToArticle(page([], [el("script", {}, "x()")])).text).toBe("");
  });
});

describe("htmlToArticle: metadata", () => {
  it("takes the title from <title>, else the first <h1>", () => {
    expect(htmlToArticle(page([el("title", {}, "  Belarus:\n 128 held ")], [el("h1", {}, "Other")])).title).toBe("Belarus: 128 held");
    expect(htmlToArticle(page([], [el("h1", {}, "Headline ", el("em", {}, "here"))])).title).toBe("Headline here");
    expect(htmlToArticle(page([], [el("p", {}, "No heading.")])).title).toBeUndefined();
  });

  it("dates the article from article:published_time, else the first <time datetime>", () => {
    const meta = el("meta", { property: "article:published_time", content: "2020-09-02T10:15:00+03:00" });
    expect(htmlToArticle(page([meta], [el("time", { datetime: "2020-09-01" }, "Yesterday"), el("p", {}, "x")])).date).toBe("2020-09-02");
    expect(htmlToArticle(page([], [el("p", {}, "On ", el("time", { datetime: "2020-09-14T08:00Z" }, "Monday"))])).date).toBe("2020-09-14");
  });

  it("ignores dates that are not real days", () => {
    const meta = el("meta", { property: "article:published_time", content: "2020-02-30" });
    expect(htmlToArticle(page([meta], [el("p", {}, "x")])).date).toBeUndefined();
    expect(htmlToArticle(page([], [el("time", { datetime: "yesterday" }, "x")])).date).toBeUndefined();
  });

  it("reads the outlet and a web address, never a javascript: one", () => {
    const head = [
      el("meta", { property: "og:site_name", content: "RFE/RL" }),
      el("link", { rel: "canonical", href: "javascript:alert(1)" }),
      el("meta", { property: "og:url", content: "https://www.rferl.org/a/30817.html" }),
    ];
    const article = htmlToArticle(page(head, [el("p", {}, "x")]));
    expect(article.outlet).toBe("RFE/RL");
    expect(article.url).toBe("https://www.rferl.org/a/30817.html");
  });
});
