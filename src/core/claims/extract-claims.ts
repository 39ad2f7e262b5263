/**
 * Article -> atomic claims. (First cut: one claim per sentence; replaced by the clause
 * pipeline below as it lands.)
 */
import type { Article, Claim } from "../../../claim-schemas/claim-set.ts";
import { spansOverlap, type Span } from "../text/span.ts";

const QUOTE_CONTEXT = 32;

export function quoteSelector(text: string, range: Span): Claim["quote"] {
  return {
    exact: text.slice(range.start, range.end),
    prefix: text.slice(Math.max(0, range.start - QUOTE_CONTEXT), range.start),
    suffix: text.slice(range.end, range.end + QUOTE_CONTEXT),
  };
}

export function newReview(): Claim["review"] {
  return { status: "unreviewed", reporting: "unchecked", evidence: [] };
}

export function extractClaims(article: Article): Claim[] {
  const boilerplate = article.boilerplate ?? [];
  return article.sentences
    .filter((sentence) => !boilerplate.some((part) => spansOverlap(part, sentence)))
    .map((sentence) => ({
      id: `${article.id}-c${sentence.start}-${sentence.end}`,
      articleId: article.id,
      text: article.text.slice(sentence.start, sentence.end),
      span: sentence,
      quote: quoteSelector(article.text, sentence),
      kind: "other",
      checkworthiness: 0.5,
      quantities: [],
      attribution: null,
      occurrences: [sentence],
      review: newReview(),
    }));
}
