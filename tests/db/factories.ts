/**
 * Factories for database tests: a fresh fake-indexeddb database per test; articles made by
 * running the real extractor over small texts written for these tests (never the seeds); and
 * hand-built rows with overrides (makeArticle, makeClaim) where a test needs exact values or
 * many rows fast.
 */
import { IDBFactory, IDBKeyRange } from "fake-indexeddb";
import type { Article, Claim } from "../../claim-schemas/claim-set.ts";
import { extractArticle, type ArticleInput, type ExtractedArticle } from "../../src/core/extract/extract-claim-set.ts";
import { openClaimbenchDb, type ClaimbenchDb } from "../../src/db/database.ts";

let counter = 0;

/** A new, empty workspace with its own IndexedDB factory; `factory` reopens the same one. */
export function freshWorkspace(): { db: ClaimbenchDb; reopen: () => ClaimbenchDb; factory: IDBFactory; name: string } {
  const factory = new IDBFactory();
  const name = `test-${++counter}`;
  return { db: openClaimbenchDb(name, { indexedDB: factory, IDBKeyRange }), reopen: () => openClaimbenchDb(name, { indexedDB: factory, IDBKeyRange }), factory, name };
}

export const COUNCIL_STORY = `date 2025-03-14 Council approves budget

The city council approved a budget of £4.2 million on Thursday, the mayor said. Council tax will rise by 3 per cent, officials said, adding that 120 jobs would be cut.

"We had no choice," said Mayor Ann Patel.
`;

export const MATCH_STORY = `date 2025-05-04 Rovers win the cup

Rovers beat City 3-1 in front of 42,000 fans on Saturday. The club said more than 500 stewards were on duty.
`;

export function makeExtractedArticle(overrides: Partial<ArticleInput> = {}): ExtractedArticle {
  return extractArticle({ raw: COUNCIL_STORY, fileName: "council.txt", ...overrides });
}

/** A claim of `part` with fields replaced. */
export function withClaim(part: ExtractedArticle, index: number, overrides: Partial<Claim>): ExtractedArticle {
  const claims = part.claims.map((claim, at) => (at === index ? { ...claim, ...overrides } : claim));
  return { ...part, claims };
}

export const ann = { reviewer: "Ann" };
export const bob = { reviewer: "Bob" };

const HAND_TEXT = "Police said 128 people were held. The ministry put the figure at more than 120.";

/** A small article written by hand; `id` and `text` can be replaced (sentences follow the text). */
export function makeArticle(overrides: Partial<Article> = {}): Article {
  const text = overrides.text ?? HAND_TEXT;
  const firstStop = text.indexOf(". ") + 1;
  const sentences = firstStop > 0 ? [{ start: 0, end: firstStop }, { start: firstStop + 1, end: text.length }] : [{ start: 0, end: text.length }];
  return { id: "a-hand", title: "Held overnight", date: "2025-01-02", text, sentences, boilerplate: [], ...overrides };
}

/** A claim over the first 33 characters of makeArticle's text ("Police said 128 people were held."). */
export function makeClaim(overrides: Partial<Claim> = {}): Claim {
  const articleId = overrides.articleId ?? "a-hand";
  const span = overrides.span ?? { start: 12, end: 32 };
  return {
    id: `${articleId}-c${span.start}-${span.end}`,
    articleId,
    text: "128 people were held",
    span,
    quote: { exact: "128 people were held", prefix: "Police said ", suffix: ". The ministry put" },
    kind: "quantity",
    checkworthiness: 0.8,
    quantities: [{ raw: "128 people", span: { start: 12, end: 22 }, value: 128, qualifier: "exact", counted: "people" }],
    attribution: { source: "Police", sourceSpan: { start: 0, end: 6 }, cue: "said", mode: "reported" },
    occurrences: [span],
    review: { status: "unreviewed", reporting: "unchecked", evidence: [] },
    ...overrides,
  };
}

/** An article with `claimCount` hand-made claims, ready for importArticles. */
export function makePart(articleId: string, claimCount: number): ExtractedArticle {
  const article = makeArticle({ id: articleId });
  const claims = Array.from({ length: claimCount }, (_, index) => makeClaim({ articleId, id: `${articleId}-c${index}` }));
  return { article, claims };
}
