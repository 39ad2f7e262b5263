/**
 * `claimbench extract`: reads and checks every input, extracts each article, and prints
 * one claim set as JSON, JSON Lines or CSV. The claim set is checked against the ClaimSet
 * schema before it is printed, so the command never emits a file other tools would reject.
 */
import { ClaimSet } from "../../../claim-schemas/claim-set.ts";
import type { ArticleInput, ExtractedArticle } from "../../core/extract/extract-claim-set.ts";
import { toArticleInputs } from "../article-inputs.ts";
import type { CliContext, CliCore } from "../cli-context.ts";
import { claimSetToCsv } from "../../io/export/csv.ts";
import { claimSetToJson } from "../../io/export/claim-set-json.ts";
import { claimSetToJsonLines } from "../formats/json-lines.ts";
import type { OutputFormat } from "../parse-command-line.ts";
import { readInputs } from "../read-inputs.ts";

export interface ExtractOptions {
  files: readonly string[];
  format: OutputFormat;
  eachLine: boolean;
}

/** A failure after the inputs were read; its message is the whole stderr line. */
export class ExtractionFailure extends Error {
  override name = "ExtractionFailure";
}

export async function runExtract(options: ExtractOptions, context: CliContext): Promise<void> {
  const inputs = await readInputs(options.files, context.io);
  const core = await context.loadCore();
  const parts: ExtractedArticle[] = [];
  const seenArticleIds = new Set<string>();
  for (const { label, article } of toArticleInputs(inputs, options.eachLine)) {
    const part = extractNamed(core, article, label);
    // The same article given twice (same date and text, so the same id) appears once,
    // as in extractClaimSet; done here so that a failure can name its input.
    if (seenArticleIds.has(part.article.id)) continue;
    seenArticleIds.add(part.article.id);
    parts.push(part);
  }
  const claimSet = checkedClaimSet(core.buildClaimSet(parts));
  await context.io.writeStdout(formatClaimSet(claimSet, options.format));
}

export function formatClaimSet(claimSet: ClaimSet, format: OutputFormat): string {
  switch (format) {
    case "json":
      return claimSetToJson(claimSet);
    case "jsonl":
      return claimSetToJsonLines(claimSet);
    case "csv":
      return claimSetToCsv(claimSet);
  }
}

export function extractNamed(core: CliCore, input: ArticleInput, label: string): ExtractedArticle {
  try {
    return core.extractArticle(input);
  } catch (error) {
    throw new ExtractionFailure(`${label}: extraction failed: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/** The claim set if it meets the schema; an internal error otherwise (the inputs were checked). */
export function checkedClaimSet(claimSet: ClaimSet): ClaimSet {
  const result = ClaimSet.safeParse(claimSet);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const where = issue && issue.path.length > 0 ? `${issue.path.join(".")}: ` : "";
  throw new ExtractionFailure(
    `internal error: the extractor made an invalid claim set (${where}${issue?.message ?? "unknown problem"})`,
  );
}
