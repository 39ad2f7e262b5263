import { describe, expect, it } from "vitest";
import { clipText } from "../../../../src/core/text/clip-text.ts";

describe("clipText", () => {
  it("keeps short text whole, on one line", () => {
    expect(clipText("  Revenue rose\n12%  ", 80)).toBe("Revenue rose 12%");
  });

  it("cuts at the last word that fits and marks the cut", () => {
    expect(clipText("Police detained 128 people in the capital on Saturday", 30)).toBe("Police detained 128 people in…");
  });

  it("drops a comma or colon left before the cut", () => {
    expect(clipText("Minsk, Belarus: police detained 128 people", 18)).toBe("Minsk, Belarus…");
  });

  it("cuts hard when no word boundary is in the second half", () => {
    expect(clipText("x".repeat(200), 10)).toBe(`${"x".repeat(9)}…`);
  });

  it("never leaves half of a surrogate pair at a hard cut", () => {
    const clipped = clipText("ab👍👍👍👍👍👍", 6);
    expect(clipped).toBe("ab👍…");
    expect(clipped).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
  });
});
