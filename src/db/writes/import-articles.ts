/**
 * Adds extracted articles and their claims in one transaction: all of them or none. An
 * article already in the workspace (same id: the content hash) is left alone and reported as
 * a duplicate. Recorded in the history, not undoable (delete the articles instead).
 */
import type { ExtractedArticle } from "../../core/extract/extract-claim-set.ts";
import type { ClaimbenchDb } from "../database.ts";
import type { StoredArticle, StoredClaim } from "../records.ts";
import { countOf, transact, validateRows, type Actor, type Writer } from "./transact.ts";
import { toStoredArticle, toStoredClaim } from "./stored-rows.ts";

export interface ImportOutcome {
  /** Ids of the articles added, in input order. */
  added: string[];
  /** Ids of the articles that were already there (or given twice). */
  duplicates: string[];
}

export async function importArticles(db: ClaimbenchDb, parts: readonly ExtractedArticle[], by: Actor): Promise<ImportOutcome> {
  // Rows are built and checked before the transaction, a slice at a time, so a thousand
  // articles never block the page; the transaction then only writes.
  const now = new Date().toISOString();
  const prepared: PreparedPart[] = [];
  for (const part of parts) {
    prepared.push({
      part,
      article: (await validateRows("articles", [toStoredArticle(part.article, now)]))[0]!,
      claims: await validateRows("claims", part.claims.map((claim) => toStoredClaim(claim, "extracted", now))),
    });
  }
  const { result } = await transact(
    db,
    by,
    {
      action: "import",
      undoable: false,
      label: (outcome: ImportOutcome) => `Imported ${countOf(outcome.added.length, "article")}`,
    },
    (writer) => addArticles(db, writer, parts, prepared),
  );
  return result;
}

interface PreparedPart {
  part: ExtractedArticle;
  article: StoredArticle;
  claims: StoredClaim[];
}

/** The import itself, inside a caller's transaction (the seeds use it too). */
export async function addArticles(db: ClaimbenchDb, writer: Writer, parts: readonly ExtractedArticle[], prepared?: readonly PreparedPart[]): Promise<ImportOutcome> {
  const ids = parts.map((part) => part.article.id);
  const existing = await db.articles.bulkGet(ids);
  const outcome: ImportOutcome = { added: [], duplicates: [] };
  const fresh: ExtractedArticle[] = [];
  const seen = new Set<string>();
  parts.forEach((part, index) => {
    const id = part.article.id;
    if (existing[index] !== undefined || seen.has(id)) {
      outcome.duplicates.push(id);
      return;
    }
    seen.add(id);
    outcome.added.push(id);
    fresh.push(part);
  });
  for (const part of fresh) {
    const wrongArticle = part.claims.find((claim) => claim.articleId !== part.article.id);
    if (wrongArticle !== undefined) throw new Error(`claim ${wrongArticle.id} does not belong to article ${part.article.id}`);
  }
  const rowsOf = new Map(prepared?.map((item) => [item.part, item]));
  await writer.addAll("articles", fresh.map((part) => rowsOf.get(part)?.article ?? toStoredArticle(part.article, writer.now)));
  await writer.addAll(
    "claims",
    fresh.flatMap((part) => rowsOf.get(part)?.claims ?? part.claims.map((claim) => toStoredClaim(claim, "extracted", writer.now))),
  );
  return outcome;
}
