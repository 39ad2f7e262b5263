import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { contentHash } from "../../../../src/core/article/content-hash.ts";

describe("contentHash", () => {
  // Stored article ids are these hashes: a change to the digest would make every article
  // already in a workspace look new on its next import.
  it.each([
    [[""], "811c9dc5cbf29ce4"],
    [["Minsk"], "c1f930e50c7ba205"],
    [["  Minsk \r\n police\u00a0said\t "], "68eff8c24528ee93"],
    [["2020-08-10", "\n", "Minsk police said"], "4b5171c78e1703b0"],
    [["Café “quoted” — 😀"], "e1bdf7fcf544f4d3"],
  ])("keeps the digest of %j", (parts, digest) => {
    expect(contentHash(...parts)).toBe(digest);
  });

  it("folds runs of white space and ignores it at the ends", () => {
    expect(contentHash("Minsk police\r\n\r\nsaid")).toBe(contentHash(" Minsk\u00a0police said\t"));
    expect(contentHash("Minsk police said")).not.toBe(contentHash("Minskpolice said"));
  });

  it("hashes parts as their concatenation", () => {
    const piece = fc.string({ unit: fc.constantFrom("a", "b", " ", "\n", "\t", "\u00a0", "é", "😀"), maxLength: 12 });
    fc.assert(fc.property(fc.array(piece, { maxLength: 5 }), (parts) => contentHash(...parts) === contentHash(parts.join(""))));
  });
});
