import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ALWAYS_CONTINUE, BEFORE_NUMBER, PLACE_ABBREVIATIONS } from "../../../../src/core/sentences/abbreviations.ts";
import { missedBreaks } from "../../../../src/core/sentences/split-sentences.ts";
import { cutAt } from "./cut-at.ts";

/** The text cut at the missed breaks, to read a failure. */
function cutAtMissedBreaks(text: string): string[] {
  return cutAt(text, missedBreaks(text, 0, text.length));
}

describe("missedBreaks", () => {
  it.each([
    ["punctuation glued to a capitalised word", "Sales rose 4%.Analysts were surprised", ["Sales rose 4%.", "Analysts were surprised"]],
    ["a closing quote glued to a capitalised word", "“It worked!”Then we left", ["“It worked!”", "Then we left"]],
    ["a run of marks glued to a capitalised word", "Really?!Nobody knew", ["Really?!", "Nobody knew"]],
    ["a sentence that starts with a year", "Exports fell. 2022 was better", ["Exports fell. ", "2022 was better"]],
    ["a sentence that starts with a sum of money", "Rents rose. €900 buys a room now", ["Rents rose. ", "€900 buys a room now"]],
    ["a quoted sentence before a figure", "He said “no.” 12 people agreed", ["He said “no.” ", "12 people agreed"]],
    ["an ellipsis before a capital", "Prices rose… Then they fell", ["Prices rose… ", "Then they fell"]],
    ["an ellipsis before a quoted capital", "He waited… “Now,” he said", ["He waited… ", "“Now,” he said"]],
    ["a capital from outside the Basic Multilingual Plane", "It ended.\u{1d400}bc", ["It ended.", "\u{1d400}bc"]],
  ])("breaks after %s", (_label, text, expected) => {
    expect(cutAtMissedBreaks(text)).toEqual(expected);
  });

  it.each([
    ["a capital after a capital", "Born in the USA.Then"],
    ["an abbreviation glued to a name", "Signed by Gen.Okoro today"],
    ["a web address", "Write to desk@paper.News or visit www.paper.News"],
    ["a glued all-capital word", "It closed.NATO said"],
    ["a month before a day", "It opened Aug. 14 in Leeds"],
    ["a number before a number", "See No. 7 and item 3. 5 more were found"],
    ["an initial before a figure", "Box A. 6 held papers"],
    ["a lower-case word after an ellipsis", "Prices rose… then fell"],
    ["a capital glued to an ellipsis", "Prices rose…Then fell"],
    ["a single capital glued to a mark", "He got an A.B grades followed"],
  ])("adds no break after %s", (_label, text) => {
    expect(cutAtMissedBreaks(text)).toEqual([text]);
  });

  it("returns absolute offsets for a paragraph inside a text", () => {
    const text = "Intro line.\nCosts rose. 2023 was worse.";
    expect(missedBreaks(text, 12, text.length)).toEqual([24]);
  });
});

// The regular expressions missedBreaks used before it read the punctuation by hand: the
// oracle for the property test below.
const GLUED_BREAK = /[.!?][)\]"'”’]*(?=\p{Lu}\p{Ll})/gu;
const GLUED_AFTER = /[\p{Ll}\d%]/u;
const NUMBER_BREAK = /[.!?][)\]"'”’]*\s+(?=[\d$£€¥])/gu;
const ELLIPSIS_BREAK = /…[)\]"'”’]*\s+(?=["“‘(]?\p{Lu})/gu;
const SINGLE_INITIAL = /^\p{Lu}$/u;
const DOTTED_INITIALS = /^(?:\p{L}\.)+\p{L}$/u;

function isKnownAbbreviation(word: string): boolean {
  const key = word.toLowerCase();
  return ALWAYS_CONTINUE.has(key) || BEFORE_NUMBER.has(key) || PLACE_ABBREVIATIONS.has(key) || DOTTED_INITIALS.test(word);
}

function wordBefore(text: string, dot: number): string {
  let i = dot;
  const stop = Math.max(0, dot - 40);
  while (i > stop && !/[\s"'([“‘«]/.test(text[i - 1]!)) i--;
  return text.slice(i, dot);
}

function regexMissedBreaks(paragraph: string): number[] {
  const breaks: number[] = [];
  for (const m of paragraph.matchAll(GLUED_BREAK)) {
    let dot = m.index;
    while (dot > 0 && /[.!?…]/.test(paragraph[dot - 1]!)) dot--;
    if (dot === 0 || !GLUED_AFTER.test(paragraph[dot - 1]!)) continue;
    const word = wordBefore(paragraph, dot);
    if (m[0][0] === "." && (isKnownAbbreviation(word) || /[/@:]|www/i.test(word))) continue;
    breaks.push(m.index + m[0].length);
  }
  for (const m of paragraph.matchAll(NUMBER_BREAK)) {
    if (m[0][0] === "." && m[0].trimEnd().length === 1) {
      const word = wordBefore(paragraph, m.index);
      if (word === "" || isKnownAbbreviation(word) || /^\d{1,2}$/.test(word) || SINGLE_INITIAL.test(word)) continue;
    }
    breaks.push(m.index + m[0].length);
  }
  for (const m of paragraph.matchAll(ELLIPSIS_BREAK)) breaks.push(m.index + m[0].length);
  return breaks.sort((a, b) => a - b);
}

const PIECES = [
  ".", "!", "?", "…", "...", ")", "]", '"', "'", "”", "’", "“", "‘", "(", " ", "  ", "\u00a0", "\t", "Then", "THEN", "then",
  "Éric", "éte", "A", "b", "\u{1d400}", "\u{1d41a}", "😀", "5", "12", "2021", "$", "£", "€", "¥", "%", "Gen", "Aug", "No",
  "U.S", "e.g", "www", "a@b", "x/y", "St", "mr", "word", "x".repeat(45),
];
const paragraphText = fc.array(fc.constantFrom(...PIECES), { maxLength: 80, size: "max" }).map((parts) => parts.join(""));

describe("missedBreaks against the regular expressions it replaced", () => {
  it("finds the same breaks on random text", () => {
    fc.assert(
      fc.property(paragraphText, (text) => {
        expect(missedBreaks(text, 0, text.length)).toEqual(regexMissedBreaks(text));
      }),
      { numRuns: 5000 },
    );
  });
});
