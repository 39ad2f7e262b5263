import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isWhiteSpace, withoutPossessive } from "../../../../src/core/text/words.ts";

describe("isWhiteSpace", () => {
  it("agrees with the regex \\s on every UTF-16 code unit", () => {
    for (let code = 0; code <= 0xffff; code++) {
      const expected = /\s/.test(String.fromCharCode(code));
      if (isWhiteSpace(code) !== expected) expect({ code, isWhiteSpace: isWhiteSpace(code) }).toEqual({ code, isWhiteSpace: expected });
    }
  });
});

describe("withoutPossessive", () => {
  it("drops a final 's or ’s as the pattern it replaces did", () => {
    const unit = fc.constantFrom("a", "s", "'", "’", "S", " ");
    fc.assert(fc.property(fc.string({ unit, maxLength: 6 }), (word) => withoutPossessive(word) === word.replace(/['’]s$/, "")));
    expect(withoutPossessive("Lukashenko’s")).toBe("Lukashenko");
    expect(withoutPossessive("Reuters'")).toBe("Reuters'");
  });
});
