/**
 * Factories for database tests: a fresh fake-indexeddb database per test, and articles made by
 * running the real extractor over small texts written for these tests (never the seeds).
 */
import { IDBFactory, IDBKeyRange } from "fake-indexeddb";
import type { Claim } from "../../claim-schemas/claim-set.ts";
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
