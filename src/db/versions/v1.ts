/**
 * Schema version 1 — PUBLISHED: never edit it. A change is a new versions/vN.ts with its own
 * upgrade and a test that builds this version by hand (tests/db/versions/).
 *
 * Indexes are the queries the interface runs: claims by article, status, kind, speaker, date
 * and last change, and by article or speaker together with status; history by time, action
 * and the claims and articles it touched (the change feed and a claim's own history).
 */
export const V1_STORES = {
  articles: "id, date, addedAt, outlet",
  claims: "id, articleId, review.status, kind, speaker, date, updatedAt, [articleId+review.status], [speaker+review.status]",
  groups: "id, *claimIds, verdict",
  history: "++seq, at, action, *claimIds, *articleIds",
  settings: "key",
} as const;
