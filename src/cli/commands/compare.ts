/**
 * `claimbench compare FILE...`: the comparison groups of articles (extracted first) or claim
 * sets — each group with its verdict, the reason, and its figures with their article, speaker
 * and day — as a plain-text table (default) or JSON (`--format json`: an array of groups with
 * their figures). Inputs are read and checked as `export` reads them.
 */
import type { Article, ClaimSet } from "../../../claim-schemas/claim-set.ts";
import { proposeGroups, type ProposedGroup } from "../../core/compare/propose-groups.ts";
import type { CliContext } from "../cli-context.ts";
import type { CompareFormat } from "../parse-command-line.ts";
import { readInputs } from "../read-inputs.ts";
import { classifyInput, combineInputs } from "./export.ts";


export async function runCompare(options: { files: readonly string[]; format: CompareFormat }, context: CliContext): Promise<void> {
  const inputs = (await readInputs(options.files, context.io)).map(classifyInput);
  const claimSet = await combineInputs(inputs, context);
  const groups = proposeGroups(claimSet.claims, claimSet.articles);
  await context.io.writeStdout(options.format === "json" ? `${JSON.stringify(groups, replaceInfinity, 2)}\n` : formatTable(groups, claimSet));
}

/** JSON has no Infinity: an open upper bound is written as null. */
function replaceInfinity(_key: string, value: unknown): unknown {
  return value === Infinity ? null : value;
}

export function formatTable(groups: readonly ProposedGroup[], claimSet: ClaimSet): string {
  if (groups.length === 0) return "no comparison groups: no two claims give a figure for the same thing\n";
  const articles = new Map<string, Article>(claimSet.articles.map((article) => [article.id, article]));
  const lines: string[] = [];
  for (const group of groups) {
    lines.push(`${group.about} — ${group.verdict} (${group.why})`);
    const rows = group.figures.map((figure) => {
      const article = articles.get(figure.articleId);
      return [figure.raw, figure.date ?? "-", figure.speaker === "" ? "the article" : figure.speaker, clip(article?.title ?? article?.fileName ?? figure.articleId, 50)];
    });
    const widths = [0, 1, 2].map((column) => Math.max(...rows.map((row) => row[column]!.length)));
    for (const row of rows) lines.push(`  ${row.map((cell, column) => (column < 3 ? cell.padEnd(widths[column]!) : cell)).join("  ")}`.trimEnd());
    lines.push("");
  }
  return `${lines.join("\n")}`;
}

function clip(text: string, length: number): string {
  const line = text.replace(/\s+/g, " ");
  return line.length <= length ? line : `${line.slice(0, length - 1)}…`;
}
