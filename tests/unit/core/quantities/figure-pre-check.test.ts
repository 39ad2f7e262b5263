import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { findQuantities, mayHoldFigure, scanQuantities } from "../../../../src/core/quantities/find-quantities.ts";

const holds = (text: string) => mayHoldFigure(text, 0, text.length);

describe("the first look at a sentence", () => {
  it.each([
    "The talks ended without agreement.",
    "Someone phoned the office; nobody answered.",
    "Critics said the often-delayed bid was rigged.",
  ])("turns away a sentence with no digit and no number word: %s", (text) => {
    expect(holds(text)).toBe(false);
  });

  it.each([
    "Police held 128 people.",
    "SEVENTY-FIVE delegates walked out.",
    "_six_ ministers resigned",
    "Turnout fell by a third in the east.",
    "Half the country voted.",
    "Two-thirds of members agreed.",
    "a handful of senators objected",
    "Dozens gathered outside.",
    "It was her twentieth title.",
  ])("lets through a sentence that may hold a figure: %s", (text) => {
    expect(holds(text)).toBe(true);
  });

  it("looks only inside the range", () => {
    const text = "Nothing here. But 40 there.";
    expect(mayHoldFigure(text, 0, 13)).toBe(false);
    expect(mayHoldFigure(text, 14, text.length)).toBe(true);
  });

  // Pieces that make figures, that go with figures, and that only look like them.
  const figureWords = [
    "six", "Six", "SIXTY", "twenty-one", "few", "handful", "couple", "several", "dozen", "dozens", "hundreds",
    "thousands", "tens", "half", "Half", "third", "thirds", "two-thirds", "quarters", "second", "sixth", "one",
    "five", "million", "12", "3.5", "1,200", "2020", "9",
  ];
  const neighbours = [
    "a", "an", "quite", "of", "in", "out", "bn", "m", "more", "than", "at", "least", "between", "and", "from", "to",
    "people", "years", "old", "year-old", "per", "cent", "%", "$", "US", "USD", "Rs", "the", "voters", "September",
    "aged", "Route", "No", ".", ",", "-", "–", "_", "’",
  ];
  const lookalikes = ["often", "someone", "tone", "tender", "halfway", "é", "\u212a", "\u0130", "x"];
  const piece = fc.oneof(
    { arbitrary: fc.constantFrom(...figureWords), weight: 2 },
    { arbitrary: fc.constantFrom(...neighbours), weight: 3 },
    { arbitrary: fc.constantFrom(...lookalikes), weight: 1 },
  );
  const separator = fc.constantFrom(" ", " ", " ", "", "-", "_", "’", "\n");
  const sentence = fc
    .array(fc.tuple(piece, separator), { maxLength: 10 })
    .map((parts) => parts.map(([word, space]) => word + space).join(""));

  it("never turns away a sentence in which the full reading finds a figure", () => {
    fc.assert(
      fc.property(sentence, (text) => {
        expect(findQuantities(text)).toEqual(scanQuantities(text, 0, text.length));
      }),
      { numRuns: 3000 },
    );
  });

  it("never turns away a range in which the full reading finds a figure", () => {
    fc.assert(
      fc.property(sentence, fc.nat(), fc.nat(), (text, a, b) => {
        const start = a % (text.length + 1);
        const end = start + (b % (text.length - start + 1));
        expect(findQuantities(text, { start, end })).toEqual(scanQuantities(text, start, end));
      }),
      { numRuns: 1000 },
    );
  });
});
