import { describe, expect, it } from "vitest";
import { isWebAddress, pastedArticle } from "../../../src/io/pasted-article.ts";

describe("pastedArticle", () => {
  it("takes the text with the details given, trimmed; empty details are left out", () => {
    expect(
      pastedArticle({ text: "More than 120 people were detained.\r\n", title: "  Detentions  ", date: "2020-09-02", outlet: "", url: " " }),
    ).toEqual({
      ok: true,
      input: { raw: "More than 120 people were detained.\n", title: "Detentions", date: "2020-09-02" },
    });
  });

  it("keeps outlet and a web address", () => {
    expect(pastedArticle({ text: "Text.", outlet: "RFE/RL", url: "https://www.rferl.org/a/1.html" })).toEqual({
      ok: true,
      input: { raw: "Text.", outlet: "RFE/RL", url: "https://www.rferl.org/a/1.html" },
    });
  });

  it("refuses empty text and text that is only a date line", () => {
    expect(pastedArticle({ text: " \n " })).toEqual({ ok: false, field: "text", problem: "The pasted text is empty (only white space)" });
    expect(pastedArticle({ text: "date 2020-09-02" })).toEqual({
      ok: false,
      field: "text",
      problem: "The pasted text has a date header but no text",
    });
  });

  it("refuses a date that is not a real day", () => {
    expect(pastedArticle({ text: "Text.", date: "2020-02-30" })).toMatchObject({ ok: false, field: "date" });
    expect(pastedArticle({ text: "Text.", date: "0202-02-02" })).toMatchObject({ ok: false, field: "date" });
  });

  it("refuses an address that is not http(s)", () => {
    expect(pastedArticle({ text: "Text.", url: "javascript:alert(1)" })).toMatchObject({ ok: false, field: "url" });
    expect(pastedArticle({ text: "Text.", url: "www.rferl.org" })).toMatchObject({ ok: false, field: "url" });
  });
});

describe("isWebAddress", () => {
  it.each([
    ["https://apnews.com/article/x", true],
    ["HTTP://example.org", true],
    ["javascript:alert(1)", false],
    ["data:text/html,x", false],
    ["https://", false],
    ["ftp://example.org", false],
  ])("%s -> %s", (value, expected) => {
    expect(isWebAddress(value)).toBe(expected);
  });
});
