/**
 * The extractor's public entry points: raw article files in, a ClaimSet out. Used by the
 * command line, the extraction worker, the evaluation script and the benchmarks alike.
 */
import {
  CLAIM_SET_FORMAT,
  CLAIM_SET_VERSION,
} from "../../../claim-schemas/vocabulary.ts";
import type { Article, Claim, ClaimSet } from "../../../claim-schemas/claim-set.ts";
import { contentHash } from "../article/content-hash.ts";
import { deriveTitle, parseArticleFile } from "../article/parse-article-file.ts";
import { isIsoDay } from "../dates/iso-day.ts";
import { extractClaims } from "../claims/extract-claims.ts";
import { findBoilerplate, findCaptionParagraphs, findCreditStarts } from "../boilerplate/find-boilerplate.ts";
import { splitParagraphs, splitSentences } from "../sentences/split-sentences.ts";
import type { Span } from "../text/span.ts";

export const GENERATOR = "claimbench 0.1.0";

export interface ArticleInput {
  /** The file's text as read: may start with a `date YYYY-MM-DD` header. */
  raw: string;
  fileName?: string;
  title?: string;
  outlet?: string;
  url?: string;
  /** Overrides the header's date. */
  date?: string;
}

export interface ExtractedArticle {
  article: Article;
  claims: Claim[];
}

export function prepareArticle(input: ArticleInput): Article {
  return prepare(input).article;
}

/** What preparing an article finds that captions need again: its paragraphs and where photo credits may start. */
interface Prepared {
  article: Article;
  paragraphs: readonly Span[];
  creditStarts: readonly number[];
}

function prepare(input: ArticleInput): Prepared {
  const parsed = parseArticleFile(input.raw);
  const date = input.date !== undefined && isIsoDay(input.date) ? input.date : parsed.date;
  const paragraphs = splitParagraphs(parsed.text);
  const sentences = splitSentences(parsed.text, paragraphs);
  const creditStarts = findCreditStarts(parsed.text);
  const article: Article = {
    id: `a-${contentHash(date ?? "", "\n", parsed.text)}`,
    title: input.title ?? deriveTitle(parsed.text, input.fileName),
    text: parsed.text,
    sentences,
    boilerplate: findBoilerplate(parsed.text, sentences, creditStarts),
  };
  if (input.outlet !== undefined) article.outlet = input.outlet;
  if (input.url !== undefined) article.url = input.url;
  if (date !== undefined) article.date = date;
  if (input.fileName !== undefined) article.fileName = input.fileName;
  return { article, paragraphs, creditStarts };
}

export function extractArticle(input: ArticleInput): ExtractedArticle {
  const { article, paragraphs, creditStarts } = prepare(input);
  return { article, claims: extractClaims(article, findCaptionParagraphs(article.text, creditStarts, paragraphs)) };
}

export function buildClaimSet(
  parts: readonly ExtractedArticle[],
  options: { generator?: string; exportedAt?: string } = {},
): ClaimSet {
  return {
    format: CLAIM_SET_FORMAT,
    version: CLAIM_SET_VERSION,
    generator: options.generator ?? GENERATOR,
    exportedAt: options.exportedAt ?? new Date().toISOString(),
    articles: parts.map((part) => part.article),
    claims: parts.flatMap((part) => part.claims),
  };
}

/** Extracts every input; an article given twice (same content hash) appears once. */
export function extractClaimSet(
  inputs: readonly ArticleInput[],
  options: { generator?: string; exportedAt?: string } = {},
): ClaimSet {
  const seen = new Set<string>();
  const parts: ExtractedArticle[] = [];
  for (const input of inputs) {
    const part = extractArticle(input);
    if (seen.has(part.article.id)) continue;
    seen.add(part.article.id);
    parts.push(part);
  }
  return buildClaimSet(parts, options);
}
