import { describe, expect, it } from "vitest";
import { isWhiteSpace } from "../../../../src/core/text/words.ts";

describe("isWhiteSpace", () => {
  it("agrees with the regex \\s on every UTF-16 code unit", () => {
    for (let code = 0; code <= 0xffff; code++) {
      const expected = /\s/.test(String.fromCharCode(code));
      if (isWhiteSpace(code) !== expected) expect({ code, isWhiteSpace: isWhiteSpace(code) }).toEqual({ code, isWhiteSpace: expected });
    }
  });
});
