/**
 * `claimbench export`: claim sets and articles in, one export out (JSON, CSV, ClaimReview or
 * Web Annotations, through src/io/export). Each input is a claim set when it is a JSON object
 * whose "format" is "claimbench.claim-set" — checked by readClaimSet, as `validate` and the
 * workbench's import check it; a bad one stops the command naming the file and the first
 * problem's path — and an article otherwise,
 * extracted as `extract` does. Every input is read and checked before the extractor loads.
 *
 * Several inputs become one claim set, in the order given. An article or claim whose id an
 * earlier input already gave is left out (the first copy wins); when a left-out claim differs
 * from the kept one, a warning on stderr says how many — merging reviews is the workbench's job.
 * A single claim set is exported as it is.
 */
import { ClaimSet, type Article, type Claim, type ComparisonGroup } from "../../../claim-schemas/claim-set.ts";
import { CLAIM_SET_FORMAT } from "../../../claim-schemas/vocabulary.ts";
import { exportClaimSet, type ExportFormat } from "../../io/export/export-claim-set.ts";
import { readClaimSet } from "../../io/claim-set/read-claim-set.ts";
import { wholeArticleInput, type LabelledArticleInput } from "../article-inputs.ts";
import type { CliContext } from "../cli-context.ts";
import { displayName, InputProblem, readInputs, type ReadInput } from "../read-inputs.ts";
import { checkedClaimSet, extractNamed } from "./extract.ts";

export interface ExportCommandOptions {
  files: readonly string[];
  format: ExportFormat;
}

export type ExportInput = { kind: "claim-set"; label: string; claimSet: ClaimSet } | { kind: "article"; labelled: LabelledArticleInput };

export async function runExport(options: ExportCommandOptions, context: CliContext): Promise<void> {
  const inputs = (await readInputs(options.files, context.io)).map(classifyInput);
  const claimSet = await combineInputs(inputs, context);
  await context.io.writeStdout(exportClaimSet(claimSet, options.format).text);
}

/** A claim set (checked), or an article; throws an InputProblem for JSON that is no valid claim set. */
export function classifyInput(input: ReadInput): ExportInput {
  const json = parseJson(input.text);
  if (json === undefined || typeof json !== "object" || json === null) {
    return { kind: "article", labelled: wholeArticleInput(input) };
  }
  if (Array.isArray(json) || (json as { format?: unknown }).format !== CLAIM_SET_FORMAT) {
    // JSON syntax is never an article someone meant to extract claims from.
    throw new InputProblem(input.path, `is JSON but not a claim set (a claim set has "format": "${CLAIM_SET_FORMAT}")`);
  }
  // The same gate as `validate` and the workbench's import: schema, integrity, older versions.
  const result = readClaimSet(input.text);
  if (!result.ok) {
    const [first] = result.problems;
    const where = first && first.path !== "" ? `${first.path}: ` : "";
    throw new InputProblem(input.path, `not a valid claim set: ${where}${first?.message ?? "unknown problem"} (run 'claimbench validate' for every problem)`);
  }
  return { kind: "claim-set", label: displayName(input.path), claimSet: result.claimSet };
}

export async function combineInputs(inputs: readonly ExportInput[], context: CliContext): Promise<ClaimSet> {
  const [only] = inputs;
  if (inputs.length === 1 && only?.kind === "claim-set") return only.claimSet;
  const core = await context.loadCore();
  const articles = new Keeper<Article>();
  const claims = new Keeper<Claim>();
  const groups = new Keeper<ComparisonGroup>();
  for (const input of inputs) {
    if (input.kind === "article") {
      const part = extractNamed(core, input.labelled.article, input.labelled.label);
      // The same article given twice appears once, with the claims of its first extraction.
      if (!articles.add(part.article)) continue;
      for (const claim of part.claims) claims.add(claim);
      continue;
    }
    const { claimSet, label } = input;
    for (const article of claimSet.articles) articles.add(article);
    const differing = claimSet.claims.filter((claim) => !claims.add(claim) && !claims.sameAsKept(claim)).length;
    for (const group of claimSet.groups ?? []) groups.add(group);
    if (differing > 0) {
      context.io.writeStderr(
        `claimbench: warning: ${label}: ${differing} ${differing === 1 ? "claim differs" : "claims differ"} from an earlier input's claim with the same id; the earlier one is kept\n`,
      );
    }
  }
  // The extractor's own envelope: its generator name and the time of this export.
  const envelope = core.buildClaimSet([]);
  const merged: ClaimSet = { ...envelope, articles: articles.items, claims: claims.items };
  if (groups.items.length > 0) merged.groups = groups.items;
  return checkedClaimSet(merged);
}

/** Items by id, first copy wins. */
class Keeper<T extends { id: string }> {
  readonly items: T[] = [];
  private readonly byId = new Map<string, T>();

  /** False when an item with this id is already kept. */
  add(item: T): boolean {
    if (this.byId.has(item.id)) return false;
    this.byId.set(item.id, item);
    this.items.push(item);
    return true;
  }

  sameAsKept(item: T): boolean {
    return JSON.stringify(this.byId.get(item.id)) === JSON.stringify(item);
  }
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}
