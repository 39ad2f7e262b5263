/**
 * The workspace (or the claims a view shows) as a claim set: stored rows lose their
 * bookkeeping (indexed speaker, row times) and each claim carries every reviewer's verdict.
 * Deterministic order — articles by id, claims by article, position and id — so that
 * exporting, importing into an empty workspace and exporting again gives the same file.
 */
import type { Article, Claim, ClaimSet, ComparisonGroup } from "../../../claim-schemas/claim-set.ts";
import { CLAIM_SET_FORMAT, CLAIM_SET_VERSION } from "../../../claim-schemas/vocabulary.ts";
import { GENERATOR } from "../../core/extract/extract-claim-set.ts";
import { verdictsOf } from "../../core/review/verdicts.ts";
import type { ClaimbenchDb } from "../database.ts";
import type { StoredArticle, StoredClaim, StoredGroup } from "../records.ts";

export interface ExportScope {
  /** Exactly these claims (the table's current rows), with their articles; absent: everything. */
  claimIds?: readonly string[];
}

export async function exportWorkspace(db: ClaimbenchDb, scope: ExportScope = {}, exportedAt = new Date().toISOString()): Promise<ClaimSet> {
  return db.transaction("r", [db.articles, db.claims, db.groups], async () => {
    const stored = scope.claimIds
      ? (await db.claims.bulkGet([...scope.claimIds])).filter((claim): claim is StoredClaim => claim !== undefined)
      : await db.claims.toArray();
    const articleRows = scope.claimIds
      ? (await db.articles.bulkGet([...new Set(stored.map((claim) => claim.articleId))])).filter((row): row is StoredArticle => row !== undefined)
      : await db.articles.toArray();
    const claimIds = new Set(stored.map((claim) => claim.id));
    // A rejected proposal is the reviewer's note to the proposer, not a group.
    const groups = (await db.groups.toArray())
      .filter((group) => (group as { rejected?: unknown }).rejected !== true)
      .map((group) => ({ ...group, claimIds: group.claimIds.filter((id) => claimIds.has(id)) }))
      .filter((group) => group.claimIds.length > 0);
    const claimSet: ClaimSet = {
      format: CLAIM_SET_FORMAT,
      version: CLAIM_SET_VERSION,
      generator: GENERATOR,
      exportedAt,
      articles: articleRows.map(toArticle).sort(byId),
      claims: stored.map(toClaim).sort(byPosition),
    };
    if (groups.length > 0) claimSet.groups = groups.map(toGroup).sort(byId);
    return claimSet;
  });
}

export function toArticle(row: StoredArticle): Article {
  const { addedAt: _added, updatedAt: _updated, ...article } = row;
  return article;
}

/** A stored claim as the contract has it; `origin` stays, so a hand-made claim stays one. */
export function toClaim(row: StoredClaim): Claim {
  const { speaker: _speaker, createdAt: _created, updatedAt: _updated, reviews: _reviews, ...claim } = row;
  const verdicts = verdictsOf(row);
  return verdicts.length > 0 ? { ...claim, reviews: verdicts } : claim;
}

function toGroup(row: StoredGroup): ComparisonGroup {
  const { updatedAt: _updated, ...group } = row;
  return group;
}

function byId(a: { id: string }, b: { id: string }): number {
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

function byPosition(a: Claim, b: Claim): number {
  if (a.articleId !== b.articleId) return a.articleId < b.articleId ? -1 : 1;
  if (a.span.start !== b.span.start) return a.span.start - b.span.start;
  return byId(a, b);
}
