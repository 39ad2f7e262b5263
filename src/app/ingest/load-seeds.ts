/**
 * First start: the seed articles bundled with the app (seeds/) are extracted in the worker
 * and stored, so a new user opens a working workbench. Runs once per workspace: skipped when
 * the workspace was seeded before or already holds articles (loadSeedArticles checks both
 * again inside its transaction; the checks here only save an extraction).
 */
import type { ClaimbenchDb } from "../../db/database.ts";
import { isSeeded, loadSeedArticles } from "../../db/writes/load-seed-articles.ts";
import { extractInWorker, type ExtractInWorker } from "../../worker/extraction-client.ts";
import { SEED_FILES, type SeedFile } from "./seed-files.ts";

/** True when the seeds were loaded now. */
export async function loadSeedsOnFirstStart(
  db: ClaimbenchDb,
  { files = SEED_FILES, extract = extractInWorker }: { files?: readonly SeedFile[]; extract?: ExtractInWorker } = {},
): Promise<boolean> {
  if ((await isSeeded(db)) || (await db.articles.count()) > 0) return false;
  const outcomes = await extract(files.map(({ fileName, raw }) => ({ raw, fileName })));
  const parts = outcomes.flatMap((outcome, index) => {
    if (outcome.ok) return [outcome.result];
    // A seed the extractor cannot read is a bug to fix, not a reason to open an empty workspace.
    console.warn(`claimbench: seed ${files[index]?.fileName ?? index} not loaded: ${outcome.error}`);
    return [];
  });
  return loadSeedArticles(db, parts);
}
