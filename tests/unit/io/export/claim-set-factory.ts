/**
 * Claim sets for the export tests, built on invented articles (not the seeds): claims are
 * anchored by their exact text, so spans and quotes are what the extractor would write.
 */
import { ClaimSet, type Article, type Claim, type Review } from "../../../../claim-schemas/claim-set.ts";

export const HARBOUR_TEXT =
  "Dock workers in Port Valen walked out on Friday. The harbour authority said 340 workers joined the strike. " +
  "Union leader Mara Ostrova said more than 500 took part, and that the strike would go on until wages rose by 15%.";

/** Cyrillic, Arabic and CJK text with emoji: 👍🏽 and 🇧🇾 are two code points and four code units each. */
export const MIXED_SCRIPT_TEXT =
  "Мэр Зорина 👍🏽 заявила, что в городе открыто 12 новых школ 🇧🇾. " +
  "قال الوزير إن 40 شخصا أصيبوا. " +
  "市政府表示有300人参加了活动𠮷。";

export function createArticle(overrides: Partial<Article> = {}): Article {
  const text = overrides.text ?? HARBOUR_TEXT;
  return {
    id: "art-harbour",
    title: "Dock strike in Port Valen",
    outlet: "Valen Courier",
    url: "https://courier.example/2023/05/dock-strike",
    date: "2023-05-14",
    text,
    sentences: [{ start: 0, end: text.length }],
    ...overrides,
  };
}

const CONTEXT_LENGTH = 20;

/** A claim on the first place `exact` occurs in the article's text. */
export function createClaim(article: Article, exact: string, overrides: Partial<Claim> = {}): Claim {
  const start = article.text.indexOf(exact);
  if (start < 0) throw new Error(`"${exact}" is not in the article's text`);
  const end = start + exact.length;
  return {
    id: `${article.id}-c${start}`,
    articleId: article.id,
    text: exact,
    span: { start, end },
    quote: {
      exact,
      prefix: article.text.slice(Math.max(0, start - CONTEXT_LENGTH), start),
      suffix: article.text.slice(end, end + CONTEXT_LENGTH),
    },
    kind: "other",
    checkworthiness: 0.7,
    quantities: [],
    attribution: null,
    occurrences: [{ start, end }],
    review: { status: "unreviewed", reporting: "unchecked", evidence: [] },
    ...overrides,
  };
}

export function reviewed(status: Review["status"], overrides: Partial<Review> = {}): Review {
  return {
    status,
    reporting: "accurate",
    evidence: [],
    reviewer: "Ines Kovač",
    reviewedAt: "2023-05-16T09:30:00+02:00",
    ...overrides,
  };
}

/** Parsed with the real schema, so a fixture that breaks the contract fails loudly. */
export function createClaimSet(articles: Article[], claims: Claim[]): ClaimSet {
  return ClaimSet.parse({
    format: "claimbench.claim-set",
    version: 1,
    generator: "export tests",
    exportedAt: "2023-05-20T12:00:00.000Z",
    articles,
    claims,
  });
}
