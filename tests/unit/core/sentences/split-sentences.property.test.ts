import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { splitSentences } from "../../../../src/core/sentences/split-sentences.ts";

// Pieces chosen to hit the repair rules: abbreviations, initials, quotes, glued periods,
// ellipses, line breaks and odd white space.
const pieces = [
  "Mr.", "U.S.", "Gen.", "Aug.", "9", "3.5", "No.", "J.P.", "F.", "p.m.", "Inc.", "St.", "said", "The", "police",
  "Sunday.Police", "win.\"", "(AP Photo)", "...", "…", "?", "!", "\"", "“", "”", "(", ")", ".", " ", "  ", "\n", "\n\n",
  "\r\n", "\u00a0", "\t", "😀", "x".repeat(40),
];
const text = fc.array(fc.constantFrom(...pieces), { maxLength: 200 }).map((parts) => parts.join(" "));

describe("splitSentences invariants", () => {
  it("returns ordered, non-overlapping, trimmed, single-line spans covering every non-space character", () => {
    fc.assert(
      fc.property(text, (input) => {
        const spans = splitSentences(input);
        let covered = 0;
        let previousEnd = 0;
        for (const { start, end } of spans) {
          expect(start).toBeGreaterThanOrEqual(previousEnd);
          expect(end).toBeGreaterThan(start);
          expect(/\s/.test(input[start]!)).toBe(false);
          expect(/\s/.test(input[end - 1]!)).toBe(false);
          expect(/[\n\r]/.test(input.slice(start, end))).toBe(false);
          // Only white space between sentences.
          expect(input.slice(previousEnd, start).trim()).toBe("");
          covered += end - start;
          previousEnd = end;
        }
        expect(input.slice(previousEnd).trim()).toBe("");
        expect(covered).toBeLessThanOrEqual(input.length);
      }),
      { numRuns: 300 },
    );
  });
});
