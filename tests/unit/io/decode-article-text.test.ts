import { describe, expect, it } from "vitest";
import { checkArticleText, decodeArticleText } from "../../../src/io/decode-article-text.ts";

// The byte-level cases are covered with the command line that shares these checks
// (tests/unit/cli/read-inputs.test.ts); here, what the workbench relies on.
describe("decodeArticleText", () => {
  it("decodes UTF-8 and drops the byte-order mark", () => {
    expect(decodeArticleText(new TextEncoder().encode("\uFEFF128 people were held."))).toEqual({ text: "128 people were held." });
  });

  it("names what is wrong with a bad file", () => {
    expect(decodeArticleText(new Uint8Array())).toEqual({ problem: "file is empty" });
    expect(decodeArticleText(new Uint8Array([0x41, 0x00]))).toEqual({ problem: "file is binary (it contains NUL bytes)" });
    expect(decodeArticleText(new Uint8Array([0xc3, 0x28]))).toEqual({ problem: "file is not UTF-8 text (invalid byte sequence)" });
  });
});

describe("checkArticleText", () => {
  it("applies the text checks to converted text, with the noun given", () => {
    expect(checkArticleText("Text.")).toEqual({ text: "Text." });
    expect(checkArticleText("   ", "the pasted text")).toEqual({ problem: "the pasted text is empty (only white space)" });
    expect(checkArticleText("\u0001\u0002\u0003A", "input")).toEqual({ problem: "input is binary (mostly control characters)" });
  });
});
