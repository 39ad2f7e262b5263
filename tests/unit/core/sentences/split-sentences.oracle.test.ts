import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it, vi } from "vitest";
import { generateCorpus } from "../../../../bench/corpus/generate-articles.ts";
import { parseArticleFile } from "../../../../src/core/article/parse-article-file.ts";
import { splitParagraphs, splitSentences } from "../../../../src/core/sentences/split-sentences.ts";
import type { Span } from "../../../../src/core/text/span.ts";

// splitSentences once took its candidate breaks from Intl.Segmenter. The oracle is the module
// as it is now with only that part put back: Intl.Segmenter's breaks in place of the scan's.
const segmenter = new Intl.Segmenter("en", { granularity: "sentence" });

function segmenterBreaks(text: string, start: number, end: number, out: number[]): void {
  for (const piece of segmenter.segment(text.slice(start, end))) if (piece.index > 0) out.push(start + piece.index);
}

async function loadOracle(): Promise<(text: string) => Span[]> {
  vi.resetModules();
  vi.doMock("../../../../src/core/sentences/candidate-breaks.ts", () => ({ appendCandidateBreaks: segmenterBreaks }));
  const oracle = await import("../../../../src/core/sentences/split-sentences.ts");
  vi.doUnmock("../../../../src/core/sentences/candidate-breaks.ts");
  expect(oracle.splitSentences).not.toBe(splitSentences);
  return oracle.splitSentences;
}

const root = join(import.meta.dirname, "../../../..");
const seeds = readdirSync(join(root, "seeds"))
  .filter((name) => name.endsWith(".txt"))
  .map((name) => readFileSync(join(root, "seeds", name), "utf8"));

describe("splitSentences gives the sentences it gave with Intl.Segmenter", () => {
  it("on the seed articles and a generated corpus", async () => {
    const oracle = await loadOracle();
    const texts = [...seeds, ...generateCorpus(1024 * 1024, 3).map((article) => article.raw)].map((raw) => parseArticleFile(raw).text);
    for (const text of texts) expect(splitSentences(text)).toEqual(oracle(text));
  });

  // Tricky pieces, and long paragraphs: read in chunks, and past the longest sentence allowed.
  const pieces = [
    "Mr.", "Mrs.", "U.S.", "U.S.A", "U.N.", "Gen.", "Aug.", "Sept.", "No.", "vs.", "e.g.", "i.e.", "p.m.", "a.m.", "Inc.",
    "Co.", "St.", "J.", "J.P.", "F.", "I.", "B.", "3.5", "5%.", "2021", "$5", "£4", "10", "said", "police", "was",
    "The", "It", "Police", "Officials", "Sunday.Police", "2020.Officials", 'win."', "win!”", "(AP Photo)", "...",
    "…", "?", "!", "?!", ".", ",", ";", ":", "-", "–", "—", '"', "'", "“", "”", "‘", "’", "(", ")", "[", "]", " ",
    "  ", "\t", "\u00a0", "\u0085", "\n", "\n\n", "\r\n", "\u0301", "\u200b", "😀", "‼", "。", "Гл.", "сказал",
    "word ".repeat(60), "Mr. ".repeat(40), "A. ".repeat(30), "1 ".repeat(300),
  ];
  const newsText = fc
    .array(fc.tuple(fc.constantFrom(...pieces), fc.constantFrom("", " ", " ", "  ")), { maxLength: 500, size: "max" })
    .map((parts) => parts.map(([piece, joiner]) => piece + joiner).join(""));

  it("on random news-like text", async () => {
    const oracle = await loadOracle();
    fc.assert(
      fc.property(newsText, (text) => {
        expect(splitSentences(text)).toEqual(oracle(text));
      }),
      { numRuns: 150 },
    );
  }, 30_000);

  it("on random text that is one long paragraph", async () => {
    const oracle = await loadOracle();
    fc.assert(
      fc.property(newsText, (text) => {
        const paragraph = text.replace(/[\n\r]+/g, " ");
        expect(splitSentences(paragraph)).toEqual(oracle(paragraph));
      }),
      { numRuns: 150 },
    );
  }, 30_000);
});

describe("Intl.Segmenter breaks a paragraph alike alone or among others", () => {
  // splitSentences once gave the segmenter runs of short paragraphs together, and now reads
  // each paragraph on its own: the oracle above is faithful only if that changes no break.
  it("finds the same breaks inside a paragraph as in the run of paragraphs around it", () => {
    const line = fc.array(fc.constantFrom("A.", "b.", "5.", "U.S.", "x", "?", " ", " ", "\u00a0", "\u0301", "\u200b", "”", "—"), { maxLength: 30, size: "max" });
    const separator = fc.constantFrom("\n", "\n\n", "\r\n", " \n\t", "\n\u00a0", "\u2028", "\n\ufeff");
    fc.assert(
      fc.property(fc.array(fc.tuple(line, separator), { maxLength: 20, size: "max" }), (lines) => {
        const text = lines.map(([words, separator]) => words.join("") + separator).join("");
        const run: number[] = [];
        segmenterBreaks(text, 0, text.length, run);
        for (const { start, end } of splitParagraphs(text)) {
          const alone: number[] = [];
          segmenterBreaks(text, start, end, alone);
          expect(alone).toEqual(run.filter((at) => at > start && at < end));
        }
      }),
      { numRuns: 1000 },
    );
  });
});
