/**
 * Adds extracted articles and their claims in one transaction: all of them or none. An
 * article already in the workspace (same id: the content hash) is left alone and reported as
 * a duplicate. Recorded in the history, not undoable (delete the articles instead).
 *
 * Two forms: `importArticleStream` takes the articles one at a time while it writes the
 * earlier ones (the import worker extracts each as it is asked for, so extraction runs while
 * IndexedDB stores); `importArticles` takes them all at once (tests, seeds, Node).
 */
import type { ExtractedArticle } from "../../core/extract/extract-claim-set.ts";
import type { ClaimbenchDb } from "../database.ts";
import type { StoredArticle, StoredClaim } from "../records.ts";
import { checkRows, countOf, transact, validateRows, type Actor, type Writer } from "./transact.ts";
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

/** One input of a streamed import: its extracted article, or why there is none. */
export type ImportSource = { part: ExtractedArticle } | { problem: string };

/** What became of one input of a streamed import. */
export type ImportItemOutcome =
  | { status: "added"; articleId: string; title?: string; claimCount: number }
  /** `sameAs`: the index of the input earlier in this import with the same article; absent: already in the workspace. */
  | { status: "duplicate"; articleId: string; title?: string; sameAs?: number }
  | { status: "problem"; detail: string };

export interface StreamedImport {
  /** One per input, in order. */
  outcomes: ImportItemOutcome[];
  /** The history entry's seq; null when nothing was added (nothing recorded). */
  seq: number | null;
}

export interface ImportStreamOptions {
  /** After each input, how many are done. */
  onItem?: (done: number) => void;
  /** Every row is stored; only the history entry and the commit remain: too late to cancel. */
  onCommitting?: () => void;
  /** Checked before each input and before committing: aborting rolls everything back. */
  signal?: AbortSignal;
  /** False when the caller announces the commit (the worker's page does). Default true. */
  announce?: boolean;
}

/**
 * Add requests (two per article) that may be on their way to IndexedDB while the next article
 * is prepared: enough that the database always has rows queued (32 articles are a few tenths
 * of a second of its work), few enough that a big import never holds every row in the queue
 * at once. Only Dexie's own promises are awaited inside the transaction (Dexie keeps track of
 * its transaction across those; tests/db/import-stream.test.ts checks the rollback).
 */
export const ADDS_IN_FLIGHT = 64;

/**
 * Adds the articles `sources` yields, in one transaction: all of them or none. Each is asked
 * for only after the rows of the one before were handed to IndexedDB, so preparing it
 * (extracting, validating) overlaps with storing those. One input that cannot be saved (no
 * article, a row that fails its schema, a claim of another article) is reported on its own;
 * an error of the database (a full disk) rolls back the lot and rejects.
 */
export async function importArticleStream(
  db: ClaimbenchDb,
  sources: Iterable<ImportSource>,
  by: Actor,
  options: ImportStreamOptions = {},
): Promise<StreamedImport> {
  const { onItem, onCommitting, signal, announce = true } = options;
  const { result, entry } = await transact(
    db,
    by,
    {
      action: "import",
      undoable: false,
      announce,
      label: (outcomes: ImportItemOutcome[]) => `Imported ${countOf(outcomes.filter((outcome) => outcome.status === "added").length, "article")}`,
    },
    async (writer) => {
      const existing = new Set(await db.articles.toCollection().primaryKeys());
      const firstIndexById = new Map<string, number>();
      const outcomes: ImportItemOutcome[] = [];
      const inFlight: Promise<void>[] = [];
      for (const source of sources) {
        signal?.throwIfAborted();
        const index = outcomes.length;
        if ("problem" in source) {
          outcomes.push({ status: "problem", detail: source.problem });
        } else {
          const { article, claims } = source.part;
          const title = article.title === undefined ? {} : { title: article.title };
          const sameAs = firstIndexById.get(article.id);
          if (existing.has(article.id) || sameAs !== undefined) {
            outcomes.push({ status: "duplicate", articleId: article.id, ...title, ...(sameAs === undefined ? {} : { sameAs }) });
          } else {
            const rows = storedRowsOf(source.part, writer.now);
            if ("problem" in rows) {
              outcomes.push({ status: "problem", detail: rows.problem });
            } else {
              firstIndexById.set(article.id, index);
              for (const stored of [writer.addNow("articles", [rows.article]), writer.addNow("claims", rows.claims)]) {
                // Awaited in order below; until then a failure must not count as unhandled.
                stored.catch(() => {});
                inFlight.push(stored);
              }
              outcomes.push({ status: "added", articleId: article.id, ...title, claimCount: claims.length });
            }
          }
        }
        onItem?.(outcomes.length);
        while (inFlight.length >= ADDS_IN_FLIGHT) await inFlight.shift();
      }
      for (const stored of inFlight) await stored;
      signal?.throwIfAborted();
      onCommitting?.();
      return outcomes;
    },
  );
  return { outcomes: result, seq: entry?.seq ?? null };
}

/** An extracted article as validated rows, or why it cannot be stored. */
function storedRowsOf(part: ExtractedArticle, now: string): { article: StoredArticle; claims: StoredClaim[] } | { problem: string } {
  const wrongArticle = part.claims.find((claim) => claim.articleId !== part.article.id);
  if (wrongArticle !== undefined) return { problem: `not saved: claim ${wrongArticle.id} does not belong to article ${part.article.id}` };
  try {
    return {
      article: checkRows("articles", [toStoredArticle(part.article, now)])[0]!,
      claims: checkRows("claims", part.claims.map((claim) => toStoredClaim(claim, "extracted", now))),
    };
  } catch (error) {
    return { problem: `not saved: ${error instanceof Error ? error.message : String(error)}` };
  }
}
