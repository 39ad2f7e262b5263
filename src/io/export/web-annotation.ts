/**
 * Claims as W3C Web Annotations (https://www.w3.org/TR/annotation-model/), JSON-LD that
 * annotation tools read: one annotation per claim, every claim whether reviewed or not.
 *
 * The file is one AnnotationCollection whose `first` AnnotationPage holds every annotation
 * in `items` — the container form of the W3C Web Annotation Protocol, self-describing where
 * a bare array would not be (it carries the @context once and the total).
 *
 * Each annotation:
 *   - id "urn:claimbench:claim:<claim id>" (percent-encoded), so a re-export names it again;
 *   - motivation "assessing" for a reviewed claim, "describing" for an unreviewed one (nothing
 *     has been assessed yet);
 *   - body: the claim's text (TextualBody, purpose "describing") and its status as the
 *     vocabulary's word — "refuted" — (purpose "assessing", or "tagging" while unreviewed);
 *   - creator (the reviewer, a Person) and created (review.reviewedAt) once reviewed;
 *     generator and generated name the software and time of the claim set;
 *   - target: the article's url, or "urn:claimbench:article:<article id>" when it has none,
 *     with a TextQuoteSelector (the claim's quote) and a TextPositionSelector (its span).
 *
 * Positions: the model counts Unicode code points, claimbench counts UTF-16 code units, so
 * the span is converted (src/core/text/code-point-offsets.ts). Both selectors address the
 * article's plain text as claimbench holds it (Article.text); against the HTML page at the
 * url the quote is what re-anchors, as the model intends. A claim that appears several times
 * is targeted at its first occurrence, its span.
 */
import type { Article, Claim, ClaimSet } from "../../../claim-schemas/claim-set.ts";
import type { Status } from "../../../claim-schemas/vocabulary.ts";
import { hasOnlyBmpText, utf16ToCodePointOffset } from "../../core/text/code-point-offsets.ts";

export const ANNOTATION_CONTEXT = "http://www.w3.org/ns/anno.jsonld";

/** The media type the Web Annotation Protocol gives annotation documents. */
export const ANNOTATION_MEDIA_TYPE = `application/ld+json;profile="${ANNOTATION_CONTEXT}"`;

export interface TextQuoteSelector {
  type: "TextQuoteSelector";
  exact: string;
  prefix?: string;
  suffix?: string;
}

export interface TextPositionSelector {
  type: "TextPositionSelector";
  /** Code points, not UTF-16 code units. */
  start: number;
  end: number;
}

export interface TextualBody {
  type: "TextualBody";
  purpose: "describing" | "assessing" | "tagging";
  value: string;
  format?: "text/plain";
}

export interface Annotation {
  id: string;
  type: "Annotation";
  motivation: "assessing" | "describing";
  created?: string;
  creator?: { type: "Person"; name: string };
  generator: { type: "Software"; name: string };
  generated: string;
  body: [TextualBody, TextualBody];
  target: {
    source: string;
    selector: [TextQuoteSelector] | [TextQuoteSelector, TextPositionSelector];
  };
}

export interface AnnotationCollection {
  "@context": typeof ANNOTATION_CONTEXT;
  id: string;
  type: "AnnotationCollection";
  label: string;
  total: number;
  first: { id: string; type: "AnnotationPage"; startIndex: 0; items: Annotation[] };
}

export function claimUrn(claimId: string): string {
  return `urn:claimbench:claim:${encodeURIComponent(claimId)}`;
}

export function articleUrn(articleId: string): string {
  return `urn:claimbench:article:${encodeURIComponent(articleId)}`;
}

/** The claim set as one AnnotationCollection, pretty-printed. */
export function claimSetToAnnotations(claimSet: ClaimSet): string {
  return `${JSON.stringify(claimSetToAnnotationCollection(claimSet), null, 2)}\n`;
}

export function claimSetToAnnotationCollection(claimSet: ClaimSet): AnnotationCollection {
  const articles = new Map(claimSet.articles.map((article) => [article.id, anchorableArticle(article)]));
  const items = claimSet.claims.map((claim) => claimToAnnotation(claim, articles.get(claim.articleId), claimSet));
  const id = `urn:claimbench:claim-set:${encodeURIComponent(claimSet.exportedAt)}`;
  return {
    "@context": ANNOTATION_CONTEXT,
    id,
    type: "AnnotationCollection",
    label: `Claims exported by ${claimSet.generator}`,
    total: items.length,
    first: { id: `${id}:page:1`, type: "AnnotationPage", startIndex: 0, items },
  };
}

/** An article with the knowledge of whether its offsets need converting, worked out once. */
export interface AnchorableArticle {
  article: Article;
  /** True when UTF-16 offsets and code-point offsets agree everywhere in the text. */
  bmpOnly: boolean;
}

export function anchorableArticle(article: Article): AnchorableArticle {
  return { article, bmpOnly: hasOnlyBmpText(article.text) };
}

/** One claim as an annotation, without "@context": the collection around it carries that. */
export function claimToAnnotation(
  claim: Claim,
  anchorable: AnchorableArticle | undefined,
  claimSet: Pick<ClaimSet, "generator" | "exportedAt">,
): Annotation {
  const { status, reviewer, reviewedAt } = claim.review;
  const isReviewed = status !== "unreviewed";
  const position = anchorable ? positionSelector(claim, anchorable) : undefined;
  const quote = quoteSelector(claim);
  return {
    id: claimUrn(claim.id),
    type: "Annotation",
    motivation: isReviewed ? "assessing" : "describing",
    ...(isReviewed && reviewedAt ? { created: reviewedAt } : {}),
    ...(isReviewed && reviewer ? { creator: { type: "Person" as const, name: reviewer } } : {}),
    generator: { type: "Software", name: claimSet.generator },
    generated: claimSet.exportedAt,
    body: [
      { type: "TextualBody", purpose: "describing", value: claim.text, format: "text/plain" },
      statusBody(status),
    ],
    target: {
      source: anchorable?.article.url || articleUrn(claim.articleId),
      selector: position ? [quote, position] : [quote],
    },
  };
}

function statusBody(status: Status): TextualBody {
  return { type: "TextualBody", purpose: status === "unreviewed" ? "tagging" : "assessing", value: status };
}

function quoteSelector(claim: Claim): TextQuoteSelector {
  const { exact, prefix, suffix } = claim.quote;
  return {
    type: "TextQuoteSelector",
    exact,
    ...(prefix ? { prefix } : {}),
    ...(suffix ? { suffix } : {}),
  };
}

/** Undefined when the span does not fit the article's text: a wrong position is worse than none. */
function positionSelector(claim: Claim, { article, bmpOnly }: AnchorableArticle): TextPositionSelector | undefined {
  const { start, end } = claim.span;
  if (end > article.text.length) return undefined;
  if (bmpOnly) return { type: "TextPositionSelector", start, end };
  return {
    type: "TextPositionSelector",
    start: utf16ToCodePointOffset(article.text, start),
    end: utf16ToCodePointOffset(article.text, end),
  };
}
