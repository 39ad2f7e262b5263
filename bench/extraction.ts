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

/** About half a megabyte of articles: a chunk is timed in tens of milliseconds. */
const CHUNK_BYTES = MB / 2;

function chunksOf(corpus: readonly GeneratedArticle[]): GeneratedArticle[][] {
  const chunks: GeneratedArticle[][] = [[]];
  let bytes = 0;
  for (const article of corpus) {
    if (bytes >= CHUNK_BYTES) {
      chunks.push([]);
      bytes = 0;
    }
    chunks.at(-1)!.push(article);
    bytes += article.raw.length;
  }
  return chunks;
}

interface Timed {
  seconds: number;
  result: number;
}

/** Work over some articles; returns a count, so that the work cannot be skipped. */
type Measured = (corpus: readonly GeneratedArticle[]) => number;

/**
 * Runs the two over the corpus `runs` times, chunk by chunk, alternating on every chunk (which
 * goes first changes each time, so neither always runs in the other's wake, its garbage), and
 * adds up each one's fastest time for each chunk. The machine's load changes within a run: a
 * burst then costs only the chunk it lands in, in that run, where the fastest whole run
 * still carries every burst it met. The floor, which takes a sixth of the time or less,
 * suffered most: its best whole run at 10 MB ranged from 24 to 40 MB/s in one day.
 */
function fastestByChunk(corpus: readonly GeneratedArticle[], runs: number, first: Measured, second: Measured): [Timed, Timed] {
  const chunks = chunksOf(corpus);
  const fns = [first, second];
  const best = fns.map(() => chunks.map(() => Infinity));
  const results = fns.map(() => chunks.map(() => 0));
  for (let run = 0; run < runs; run++) {
    chunks.forEach((chunk, index) => {
      for (const at of (run + index) % 2 === 0 ? [0, 1] : [1, 0]) {
        const start = performance.now();
        results[at]![index] = fns[at]!(chunk);
        best[at]![index] = Math.min(best[at]![index]!, (performance.now() - start) / 1000);
      }
    });
  }
  const total = (values: number[]) => values.reduce((sum, value) => sum + value, 0);
  return [
    { seconds: total(best[0]!), result: total(results[0]!) },
    { seconds: total(best[1]!), result: total(results[1]!) },
  ];
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
  const [segment, extract] = fastestByChunk(corpus, runs, segmentOnly, extractAll);
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
