import { describe, expect, it } from "vitest";
import {
  codePointToUtf16Offset,
  hasOnlyBmpText,
  utf16ToCodePointOffset,
} from "../../../../src/core/text/code-point-offsets.ts";

// 👍🏽 is a thumb and a skin-tone modifier (2 code points, 4 code units); 🇧🇾 is two regional
// indicators (2 code points, 4 code units); 𠮷 is a CJK character outside the BMP.
const MIXED = "Лукашэнка 👍🏽 said «128» 🇧🇾 — قال 128 شخصا — 北京𠮷 end";

describe("utf16ToCodePointOffset", () => {
  it("is the identity on text without surrogate pairs", () => {
    const text = "Задержаны 128 человек. 北京. قال";
    for (let offset = 0; offset <= text.length; offset++) expect(utf16ToCodePointOffset(text, offset)).toBe(offset);
  });

  it("counts each emoji and each astral character as one code point per scalar", () => {
    expect(utf16ToCodePointOffset("👍🏽x", 4)).toBe(2);
    expect(utf16ToCodePointOffset("🇧🇾x", 5)).toBe(3);
    expect(utf16ToCodePointOffset("a𠮷b", 3)).toBe(2);
  });

  it("agrees with Array.from at every offset of mixed text", () => {
    for (let offset = 0; offset <= MIXED.length; offset++) {
      expect(utf16ToCodePointOffset(MIXED, offset)).toBe(Array.from(MIXED.slice(0, offset)).length);
    }
  });

  it("refuses an offset outside the text", () => {
    expect(() => utf16ToCodePointOffset("abc", 4)).toThrow(RangeError);
    expect(() => utf16ToCodePointOffset("abc", -1)).toThrow(RangeError);
    expect(() => utf16ToCodePointOffset("abc", 1.5)).toThrow(RangeError);
  });
});

describe("codePointToUtf16Offset", () => {
  it("inverts utf16ToCodePointOffset at every code-point boundary", () => {
    const codePoints = Array.from(MIXED);
    let utf16 = 0;
    for (let index = 0; index <= codePoints.length; index++) {
      expect(codePointToUtf16Offset(MIXED, index)).toBe(utf16);
      expect(utf16ToCodePointOffset(MIXED, utf16)).toBe(index);
      utf16 += codePoints[index]?.length ?? 0;
    }
  });

  it("refuses an offset past the last code point", () => {
    expect(codePointToUtf16Offset("👍🏽", 2)).toBe(4);
    expect(() => codePointToUtf16Offset("👍🏽", 3)).toThrow(RangeError);
  });
});

describe("hasOnlyBmpText", () => {
  it("tells text with surrogate pairs apart", () => {
    expect(hasOnlyBmpText("Задержаны 128 человек, 北京")).toBe(true);
    expect(hasOnlyBmpText("ok 👍")).toBe(false);
  });
});
