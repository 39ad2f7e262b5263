import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { appendCandidateBreaks } from "../../../../src/core/sentences/candidate-breaks.ts";
import { cutAt } from "./cut-at.ts";

// The oracle: what the scan replaces.
const segmenter = new Intl.Segmenter("en", { granularity: "sentence" });

function segmenterBreaks(text: string): number[] {
  const breaks: number[] = [];
  for (const piece of segmenter.segment(text)) if (piece.index > 0) breaks.push(piece.index);
  return breaks;
}

function scannedBreaks(text: string, start = 0, end = text.length): number[] {
  const breaks: number[] = [];
  appendCandidateBreaks(text, start, end, breaks);
  return breaks;
}

describe("appendCandidateBreaks finds UAX #29 sentence breaks", () => {
  it.each([
    ["after a full stop before a capital", "Prices rose. Wages fell.", ["Prices rose. ", "Wages fell."]],
    ["after closing quotes and brackets, and the spaces after them", 'He said "no.") Then', ['He said "no.") ', "Then"]],
    ["not before a lower-case word", "Acme Inc. said so. Fine", ["Acme Inc. said so. ", "Fine"]],
    ["not before figures that lead to a lower-case word", "It fell 5%. 2021 was worse", ["It fell 5%. 2021 was worse"]],
    ["before figures that lead to a capital", "It fell 5%. 2021 Was", ["It fell 5%. ", "2021 Was"]],
    ["not inside a decimal", "It was 3.5 times", ["It was 3.5 times"]],
    ["not between dotted capitals", "the U.S.A today", ["the U.S.A today"]],
    ["after a dot glued to a capital when a digit is before it", "in 2020.Police", ["in 2020.", "Police"]],
    ["not after a dot glued to a capital after a letter", "on Sunday.Police", ["on Sunday.Police"]],
    ["not before a comma, colon or semicolon", "Inc. , Ltd. ; Co. : Then", ["Inc. , Ltd. ; Co. : Then"]],
    ["not before a dash, nor after it", "Now! – Then", ["Now! – Then"]],
    ["straight after a question mark before an ellipsis", "Really?… Yes", ["Really?", "… Yes"]],
    ["not after an ellipsis", "It rose… Then", ["It rose… Then"]],
    ["after a line separator", "one\u0085two\u2028three", ["one\u0085", "two\u2028", "three"]],
    ["after CR LF, not inside it", "one.\r\nTwo", ["one.\r\n", "Two"]],
    ["across a combining mark after the dot", "A.\u0301B c.\u0301 D", ["A.\u0301B c.\u0301 ", "D"]],
    ["after non-ASCII sentence punctuation", "Так‼ Да。Yes", ["Так‼ ", "Да。", "Yes"]],
    ["not before a lower-case Cyrillic word", "Гл. сказал", ["Гл. сказал"]],
    ["before a Georgian word, which has no case for UAX #29", "ok. ა", ["ok. ", "ა"]],
    ["after a terminal in the astral planes", "a\u{11047} b", ["a\u{11047} ", "b"]],
  ])("breaks %s", (_label, text, expected) => {
    expect(cutAt(text, scannedBreaks(text))).toEqual(expected);
    expect(cutAt(text, segmenterBreaks(text))).toEqual(expected);
  });

  it("reads only text[start, end), as a text of its own", () => {
    const text = "xx Done. Next. 5 apples";
    // With "apples" cut off, nothing says the sentence after "Next." goes on (SB8).
    expect(scannedBreaks(text, 3, 16)).toEqual([9, 15]);
    expect(scannedBreaks(text, 3, 16)).toEqual(segmenterBreaks(text.slice(3, 16)).map((at) => at + 3));
    expect(scannedBreaks(text)).toEqual([9]);
    expect(segmenterBreaks(text)).toEqual([9]);
  });

  it("does not read a surrogate pair cut by the end", () => {
    const text = "x.\u{1d400}";
    expect(scannedBreaks(text, 0, 3)).toEqual(segmenterBreaks(text.slice(0, 3)));
    expect(scannedBreaks(text)).toEqual(segmenterBreaks(text));
  });
});

/**
 * Probes that tell every Sentence_Break class apart: a character in the place of each rule's
 * terms. The probes, one per line, are checked in texts of about 1000 characters.
 */
const PROBES: ((c: string) => string)[] = [
  (c) => `a${c} a`,
  (c) => `x${c} B`,
  (c) => `a?${c}B`,
  (c) => `a? ${c}B`,
  (c) => `a. ${c}B`,
  (c) => `a. ${c}b`,
  (c) => `a.${c}B`,
  (c) => `A.${c}B`,
  (c) => `${c}.B`,
  (c) => `A${c}.B`,
];

function expectSameBreaksForCodePoints(codePoints: Iterable<number>): void {
  for (const probe of PROBES) {
    let text = "";
    const check = (): void => {
      if (scannedBreaks(text).join() !== segmenterBreaks(text).join()) {
        // Narrow the failure down to one line; if every line agrees alone, the whole still fails.
        for (const line of text.split("\n")) expect(cutAt(line, scannedBreaks(line))).toEqual(cutAt(line, segmenterBreaks(line)));
        expect(cutAt(text, scannedBreaks(text))).toEqual(cutAt(text, segmenterBreaks(text)));
      }
      text = "";
    };
    for (const cp of codePoints) {
      text += `${probe(String.fromCodePoint(cp))}\n`;
      if (text.length > 1000) check();
    }
    check();
  }
}

function* range(from: number, to: number, step = 1): Generator<number> {
  for (let cp = from; cp < to; cp += step) yield cp;
}

describe("appendCandidateBreaks classifies characters as ICU does", () => {
  it("for every code point of the Basic Multilingual Plane", () => {
    expectSameBreaksForCodePoints(range(0, 0x10000));
  });

  it("for every code point of the Supplementary Multilingual Plane", () => {
    expectSameBreaksForCodePoints(range(0x10000, 0x20000));
  });

  it("for a sample of the other planes", () => {
    expectSameBreaksForCodePoints(range(0x20000, 0x110000, 97));
  });
});

// Pieces of news-like text and characters of every Sentence_Break class, so that random
// texts meet each rule in many contexts.
const PIECES = [
  "Mr.", "U.S.", "U.S.A", "e.g.", "p.m.", "3.5", "5%.", "2021", "$5", "No.", "J.", "Inc.", "said", "police", "The", "A",
  "Sunday.Police", "win.\"", "(AP Photo)", "...", "…", "?!", "?", "!", ".", ",", ";", ":", "-", "–", "—", "\"", "'",
  "“", "”", "‘", "’", "«", "»", "(", ")", "[", "]", " ", "  ", "\t", "\u00a0", "\u2009", "\u0085", "\r\n", "\n",
  "\u0301", "\u00ad", "\u200b", "\u200d", "\ufeff", "😀", "\u{1d400}", "\u{11047}", "\ud800", "‼", "。", "．", "․",
  "Гл.", "сказал", "ДА", "ა", "Ⴀ", "ǅ", "ª", "٣", "\u0600", "١", "中文", "x".repeat(30),
];
const joiners = fc.constantFrom("", " ", "  ");
const newsText = fc.array(fc.tuple(fc.constantFrom(...PIECES), joiners), { maxLength: 150, size: "max" }).map((parts) => parts.map(([piece, joiner]) => piece + joiner).join(""));

describe("appendCandidateBreaks against Intl.Segmenter on random text", () => {
  it("finds the same breaks", () => {
    fc.assert(
      fc.property(newsText, (text) => {
        expect(cutAt(text, scannedBreaks(text))).toEqual(cutAt(text, segmenterBreaks(text)));
      }),
      { numRuns: 2000 },
    );
  });

  it("finds the same breaks in a slice read as a text of its own", () => {
    fc.assert(
      fc.property(newsText, fc.nat(), fc.nat(), (text, a, b) => {
        const start = Math.min(a, b) % (text.length + 1);
        const end = start + ((Math.max(a, b) - Math.min(a, b)) % (text.length - start + 1));
        const expected = segmenterBreaks(text.slice(start, end)).map((at) => at + start);
        expect(scannedBreaks(text, start, end)).toEqual(expected);
      }),
      { numRuns: 1000 },
    );
  });
});
