/**
 * Reviewed claims as schema.org ClaimReview JSON-LD (https://schema.org/ClaimReview), the
 * markup fact-check publishers put on their pages and search engines read
 * (https://developers.google.com/search/docs/appearance/structured-data/factcheck).
 *
 * What goes out:
 *   - only reviewed claims (status other than "unreviewed"): an unreviewed claim has no
 *     verdict to publish;
 *   - a JSON array with one ClaimReview object per claim, each carrying its own "@context",
 *     so any one of them can be pasted into a page's <script type="application/ld+json">;
 *   - claimReviewed is the claim's text clipped to 75 characters at a word, with "…" (Google
 *     asks for a short summary of the claim);
 *   - itemReviewed is the Claim: its author is the speaker (Organization when the name has an
 *     organisation word — "Interior Ministry", "the harbour authority" — otherwise Person);
 *     for a claim the article makes in its own voice, the outlet as an Organization, or no
 *     author when the outlet is unknown. Its appearance is the article (NewsArticle when the
 *     outlet is known, CreativeWork otherwise) and its datePublished the article's date;
 *   - reviewRating on a 1..5 scale, from CLAIM_REVIEW_RATINGS. "unverifiable" has no place on
 *     a truth scale — 3 would read as "half true" — so its Rating carries only alternateName
 *     "Unverifiable", without ratingValue, bestRating or worstRating; schema.org allows that
 *     and Google requires only alternateName. 4 is unused: the vocabulary has no "mostly
 *     supported";
 *   - author is options.organisation (as Organization) when given, else the reviewer (Person),
 *     else left out; datePublished is the day part of review.reviewedAt; url comes from
 *     options.reviewUrl, since only the publisher knows where the fact check will live.
 * The reviewer's note and evidence stay out: they are working notes, not the published review.
 */
import type { Article, Claim, ClaimSet } from "../../../claim-schemas/claim-set.ts";
import { STATUS_LABELS, type Status } from "../../../claim-schemas/vocabulary.ts";
import { ORGANISATION_HEADS } from "../../core/attribution/cues.ts";
import { clipText } from "../../core/text/clip-text.ts";

export const SCHEMA_ORG_CONTEXT = "https://schema.org";

/** Google's advice: a claimReviewed longer than this wraps on a phone. */
export const CLAIM_REVIEWED_MAX_LENGTH = 75;

export const BEST_RATING = 5;
export const WORST_RATING = 1;

export type ReviewedStatus = Exclude<Status, "unreviewed">;

export interface StatusRating {
  /** null: the status has no place on the truth scale, and the Rating has only a name. */
  ratingValue: number | null;
  alternateName: string;
}

/** DESIGN.md, "Verification vocabulary": each reviewed status as a ClaimReview rating. */
export const CLAIM_REVIEW_RATINGS: Readonly<Record<ReviewedStatus, StatusRating>> = {
  supported: { ratingValue: 5, alternateName: STATUS_LABELS.supported },
  "partly-supported": { ratingValue: 3, alternateName: STATUS_LABELS["partly-supported"] },
  unsupported: { ratingValue: 2, alternateName: STATUS_LABELS.unsupported },
  refuted: { ratingValue: 1, alternateName: STATUS_LABELS.refuted },
  unverifiable: { ratingValue: null, alternateName: STATUS_LABELS.unverifiable },
};

export interface ClaimReviewOptions {
  /** The fact-checking organisation that publishes the reviews; it replaces the reviewer as author. */
  organisation?: { name: string; url?: string };
  /** Where the published fact check of a claim lives; undefined leaves url out. */
  reviewUrl?: (claim: Claim) => string | undefined;
}

export interface Agent {
  "@type": "Person" | "Organization";
  name: string;
  url?: string;
}

export interface Rating {
  "@type": "Rating";
  ratingValue?: number;
  bestRating?: number;
  worstRating?: number;
  alternateName: string;
}

export interface ClaimReviewJsonLd {
  "@context": typeof SCHEMA_ORG_CONTEXT;
  "@type": "ClaimReview";
  url?: string;
  claimReviewed: string;
  itemReviewed: {
    "@type": "Claim";
    author?: Agent;
    appearance?: {
      "@type": "NewsArticle" | "CreativeWork";
      url?: string;
      headline?: string;
      datePublished?: string;
      publisher?: Agent;
    };
    datePublished?: string;
  };
  author?: Agent;
  datePublished?: string;
  reviewRating: Rating;
}

/** The reviewed claims of a claim set as a JSON array of ClaimReview objects, pretty-printed. */
export function claimSetToClaimReview(claimSet: ClaimSet, options: ClaimReviewOptions = {}): string {
  const articles = new Map(claimSet.articles.map((article) => [article.id, article]));
  const reviews = claimSet.claims.flatMap((claim) => {
    const review = claimToClaimReview(claim, articles.get(claim.articleId), options);
    return review ? [review] : [];
  });
  return `${JSON.stringify(reviews, null, 2)}\n`;
}

/** One claim as a ClaimReview; undefined for an unreviewed claim. */
export function claimToClaimReview(
  claim: Claim,
  article: Article | undefined,
  options: ClaimReviewOptions = {},
): ClaimReviewJsonLd | undefined {
  const { status, reviewer, reviewedAt } = claim.review;
  if (status === "unreviewed") return undefined;
  const url = options.reviewUrl?.(claim);
  const author = options.organisation
    ? agent("Organization", options.organisation.name, options.organisation.url)
    : reviewer
      ? agent("Person", reviewer)
      : undefined;
  return {
    "@context": SCHEMA_ORG_CONTEXT,
    "@type": "ClaimReview",
    ...(url ? { url } : {}),
    claimReviewed: clipText(claim.text, CLAIM_REVIEWED_MAX_LENGTH),
    itemReviewed: itemReviewed(claim, article),
    ...(author ? { author } : {}),
    // The reviewer's own calendar day: "2023-05-16T00:30:00+02:00" was the 16th where they were.
    ...(reviewedAt ? { datePublished: reviewedAt.slice(0, 10) } : {}),
    reviewRating: rating(status),
  };
}

export function rating(status: ReviewedStatus): Rating {
  const { ratingValue, alternateName } = CLAIM_REVIEW_RATINGS[status];
  if (ratingValue === null) return { "@type": "Rating", alternateName };
  return { "@type": "Rating", ratingValue, bestRating: BEST_RATING, worstRating: WORST_RATING, alternateName };
}

/**
 * Person or Organization for a speaker known only by name: an organisation word anywhere in
 * it ("Interior Ministry", "the harbour authority", "Reuters") makes it an Organization.
 */
export function speakerType(name: string): Agent["@type"] {
  const words = name.toLowerCase().split(/[^\p{L}\p{N}]+/u);
  return words.some((word) => ORGANISATION_HEADS.has(word)) ? "Organization" : "Person";
}

function itemReviewed(claim: Claim, article: Article | undefined): ClaimReviewJsonLd["itemReviewed"] {
  const speaker = claim.attribution ? (claim.attribution.entity ?? claim.attribution.source) : undefined;
  const author = speaker
    ? agent(speakerType(speaker), speaker)
    : article?.outlet
      ? agent("Organization", article.outlet)
      : undefined;
  const appearance = article ? appearanceOf(article) : undefined;
  return {
    "@type": "Claim",
    ...(author ? { author } : {}),
    ...(appearance ? { appearance } : {}),
    ...(article?.date ? { datePublished: article.date } : {}),
  };
}

function appearanceOf(article: Article): NonNullable<ClaimReviewJsonLd["itemReviewed"]["appearance"]> | undefined {
  if (!article.url && !article.title && !article.date && !article.outlet) return undefined;
  return {
    "@type": article.outlet ? "NewsArticle" : "CreativeWork",
    ...(article.url ? { url: article.url } : {}),
    ...(article.title ? { headline: article.title } : {}),
    ...(article.date ? { datePublished: article.date } : {}),
    ...(article.outlet ? { publisher: agent("Organization", article.outlet) } : {}),
  };
}

function agent(type: Agent["@type"], name: string, url?: string): Agent {
  return url ? { "@type": type, name, url } : { "@type": type, name };
}
