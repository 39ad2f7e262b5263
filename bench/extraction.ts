/**
 * Extraction throughput in Node beside its floor: Intl.Segmenter sentence segmentation alone
 * over the same articles in the same run, so the ratio holds on a noisy machine. Sizes grow
 * to show whether cost is linear in text length.
 */
import { performance } from "node:perf_hooks";
import { extractArticle } from "../src/core/extract/extract-claim-set.ts";
import { parseArticleFile } from "../src/core/article/parse-article-file.ts";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { generateCorpus, type GeneratedArticle } from "./corpus/generate-articles.ts";

export interface ExtractionResult {
  corpus: string;
  megabytes: number;
  articles: number;
  claims: number;
  extractSeconds: number;
  segmentSeconds: number;
  extractMBps: number;
  segmentMBps: number;
  /** Extraction time over segmentation time. */
  ratio: number;
}

const MB = 1024 * 1024;

function segmentOnly(corpus: readonly GeneratedArticle[]): number {
  const segmenter = new Intl.Segmenter("en", { granularity: "sentence" });
  let count = 0;
  for (const article of corpus) {
    for (const _segment of segmenter.segment(parseArticleFile(article.raw).text)) count++;
  }
  return count;
}

function extractAll(corpus: readonly GeneratedArticle[]): number {
  let claims = 0;
  for (const article of corpus) claims += extractArticle(article).claims.length;
  return claims;
}

interface Timed {
  seconds: number;
  result: number;
}

/**
 * Runs the two in turn, `runs` times, and keeps the fastest of each: the machine's load
 * changes over seconds, and alternating lets both figures see the same conditions. Which one
 * goes first changes every round, so neither always runs in the other's wake (its garbage).
 */
function fastestAlternating(runs: number, first: () => number, second: () => number): [Timed, Timed] {
  const fns = [first, second];
  const best: [Timed, Timed] = [{ seconds: Infinity, result: 0 }, { seconds: Infinity, result: 0 }];
  for (let i = 0; i < runs; i++) {
    for (const at of i % 2 === 0 ? [0, 1] : [1, 0]) {
      const start = performance.now();
      const result = fns[at]!();
      const seconds = (performance.now() - start) / 1000;
      if (seconds < best[at]!.seconds) best[at] = { seconds, result };
    }
  }
  return best;
}

/** The real seed articles, repeated to the size asked (each copy made distinct). */
export function seedCorpus(megabytes: number): GeneratedArticle[] {
  const seeds = readdirSync("seeds").filter((name) => name.endsWith(".txt")).map((name) => readFileSync(join("seeds", name), "utf8"));
  const corpus: GeneratedArticle[] = [];
  for (let i = 0, bytes = 0; bytes < megabytes * MB; i++) {
    const raw = `${seeds[i % seeds.length]!}\n\nCopy ${i}.`;
    corpus.push({ fileName: `seed-copy-${i}.txt`, raw });
    bytes += raw.length;
  }
  return corpus;
}

export function benchExtraction(megabytes: number, runs = megabytes > 10 ? 2 : 5, source: "generated" | "seeds" = "generated"): ExtractionResult {
  const corpus = source === "seeds" ? seedCorpus(megabytes) : generateCorpus(megabytes * MB, megabytes);
  const bytes = corpus.reduce((sum, article) => sum + article.raw.length, 0);
  const [segment, extract] = fastestAlternating(runs, () => segmentOnly(corpus), () => extractAll(corpus));
  const size = bytes / MB;
  return {
    corpus: source,
    megabytes: Math.round(size * 100) / 100,
    articles: corpus.length,
    claims: extract.result,
    extractSeconds: extract.seconds,
    segmentSeconds: segment.seconds,
    extractMBps: size / extract.seconds,
    segmentMBps: size / segment.seconds,
    ratio: extract.seconds / segment.seconds,
  };
}
