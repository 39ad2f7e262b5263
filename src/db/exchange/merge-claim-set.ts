/**
 * Importing a claim set into the workspace: a colleague's export of the same articles, a
 * claim set made by the command line, or an earlier export of your own. The plan says what
 * will be added, changed or left alone; applying it is one transaction (all or nothing).
 *
 * Rules, per claim of the incoming set (mine = the workspace's, theirs = the file's):
 *   - an article you do not have comes in with all its claims;
 *   - a claim you do not have, in an article you have, is added — unless you had it once and
 *     removed it (the history knows its id): that stays removed;
 *   - the same claim, the same in every field a reviewer sets: left alone, their verdict recorded;
 *   - theirs reviewed or edited, mine untouched (unreviewed, never edited): theirs replaces mine;
 *   - theirs untouched: mine stays;
 *   - both touched and different: a conflict, shown side by side; mine stays unless the
 *     reviewer chooses theirs for that claim.
 * Every reviewer's verdict is kept in `reviews` whichever version is adopted, so agreement
 * between reviewers can be measured afterwards.
 */
import type { Article, Claim, ClaimSet, ComparisonGroup } from "../../../claim-schemas/claim-set.ts";
import { mergeVerdicts, verdictsOf } from "../../core/review/verdicts.ts";
import type { ClaimbenchDb } from "../database.ts";
import type { StoredArticle, StoredClaim, StoredGroup } from "../records.ts";
import { countOf, transact, type Actor, type Writer } from "../writes/transact.ts";
import { speakerOf, toStoredArticle, toStoredClaim } from "../writes/stored-rows.ts";
import { toClaim } from "./export-workspace.ts";

export type Choice = "mine" | "theirs";

/** What a reviewer can see differ between two versions of one claim. */
export const CLAIM_FIELDS = ["status", "reporting", "speaker", "text", "note", "evidence"] as const;
export type ClaimField = (typeof CLAIM_FIELDS)[number];

export interface ClaimConflict {
  claimId: string;
  articleId: string;
  mine: Claim;
  theirs: Claim;
  differ: ClaimField[];
}

export interface MergePlan {
  articlesAdded: Article[];
  /** Articles you have whose missing outlet, URL or date the file supplies. */
  articlesCompleted: { id: string; fields: string[] }[];
  articlesUnchanged: number;
  claimsAdded: Claim[];
  /** Their version replaces your untouched one. */
  claimsReplaced: Claim[];
  /** Unchanged claims on which the file brings verdicts you did not have. */
  verdictsAdded: number;
  claimsUnchanged: number;
  /** Claims you removed from an article you have; they stay removed. */
  claimsYouRemoved: number;
  conflicts: ClaimConflict[];
  groupsAdded: number;
  groupsUnchanged: number;
}

/** The plan, read from the workspace as it is now. Nothing is written. */
export async function planImport(db: ClaimbenchDb, incoming: ClaimSet): Promise<MergePlan> {
  return db.transaction("r", [db.articles, db.claims, db.groups, db.history], async () => (await readAndPlan(db, incoming)).plan);
}

export interface ImportSummary {
  plan: MergePlan;
  /** How many conflicts took their version. */
  tookTheirs: number;
}

/** Imports undoably up to this many rows; a bigger import is recorded by ids only. */
const UNDOABLE_ROWS = 20_000;

/**
 * Applies the claim set: planned again inside the write transaction, so a change made in
 * another tab since the preview is seen. `choices` picks a version per conflicting claim id;
 * a conflict without a choice keeps yours.
 */
export async function applyImport(
  db: ClaimbenchDb,
  incoming: ClaimSet,
  choices: ReadonlyMap<string, Choice>,
  by: Actor,
): Promise<ImportSummary> {
  const undoable = incoming.claims.length + incoming.articles.length <= UNDOABLE_ROWS;
  const { result } = await transact(
    db,
    by,
    { action: "import", undoable, label: (summary: ImportSummary) => importLabel(summary) },
    async (writer) => {
      const { plan, mine } = await readAndPlan(db, incoming);
      const tookTheirs = await writePlan(writer, plan, mine, incoming, choices);
      return { plan, tookTheirs };
    },
  );
  return result;
}

function importLabel({ plan, tookTheirs }: ImportSummary): string {
  const parts = [
    plan.articlesAdded.length > 0 ? countOf(plan.articlesAdded.length, "article") : "",
    plan.claimsAdded.length + plan.claimsReplaced.length + tookTheirs > 0
      ? `${countOf(plan.claimsAdded.length + plan.claimsReplaced.length + tookTheirs, "claim")} added or updated`
      : "",
    plan.verdictsAdded > 0 ? `${countOf(plan.verdictsAdded, "verdict")} recorded` : "",
  ].filter(Boolean);
  return `Imported a claim set${parts.length > 0 ? `: ${parts.join(", ")}` : ""}`;
}

interface Mine {
  articles: Map<string, StoredArticle>;
  claims: Map<string, StoredClaim>;
  groups: Set<string>;
}

async function readAndPlan(db: ClaimbenchDb, incoming: ClaimSet): Promise<{ plan: MergePlan; mine: Mine }> {
  const articleRows = await db.articles.bulkGet(incoming.articles.map((article) => article.id));
  const claimRows = await db.claims.bulkGet(incoming.claims.map((claim) => claim.id));
  const groupRows = await db.groups.bulkGet((incoming.groups ?? []).map((group) => group.id));
  const mine: Mine = {
    articles: new Map(articleRows.filter(isDefined).map((row) => [row.id, row])),
    claims: new Map(claimRows.filter(isDefined).map((row) => [row.id, row])),
    groups: new Set(groupRows.filter(isDefined).map((row: StoredGroup) => row.id)),
  };
  // A claim of an article you have, missing now but named in the history, is one you removed.
  const absent = incoming.claims.filter((claim) => !mine.claims.has(claim.id) && mine.articles.has(claim.articleId)).map((claim) => claim.id);
  const removed = new Set<string>();
  if (absent.length > 0) {
    const wanted = new Set(absent);
    await db.history.where("claimIds").anyOf(absent).each((entry) => {
      for (const id of entry.claimIds) if (wanted.has(id)) removed.add(id);
    });
  }
  return { plan: planMerge(mine, incoming, removed), mine };
}

function planMerge(mine: Mine, incoming: ClaimSet, removed: ReadonlySet<string>): MergePlan {
  const plan: MergePlan = {
    articlesAdded: [],
    articlesCompleted: [],
    articlesUnchanged: 0,
    claimsAdded: [],
    claimsReplaced: [],
    verdictsAdded: 0,
    claimsUnchanged: 0,
    claimsYouRemoved: 0,
    conflicts: [],
    groupsAdded: 0,
    groupsUnchanged: 0,
  };
  for (const article of incoming.articles) {
    const own = mine.articles.get(article.id);
    if (!own) {
      plan.articlesAdded.push(article);
      continue;
    }
    const fields = missingArticleFields(own, article);
    if (fields.length > 0) plan.articlesCompleted.push({ id: article.id, fields });
    else plan.articlesUnchanged++;
  }
  for (const theirs of incoming.claims) {
    const own = mine.claims.get(theirs.id);
    if (!own) {
      if (removed.has(theirs.id)) plan.claimsYouRemoved++;
      else plan.claimsAdded.push(theirs);
      continue;
    }
    const differ = claimDifferences(own, theirs);
    if (differ.length === 0 || !isTouched(theirs)) {
      if (bringsVerdicts(own, theirs)) plan.verdictsAdded++;
      else plan.claimsUnchanged++;
    } else if (!isTouchedStored(own)) {
      plan.claimsReplaced.push(theirs);
    } else {
      plan.conflicts.push({ claimId: theirs.id, articleId: theirs.articleId, mine: toClaim(own), theirs, differ });
    }
  }
  for (const group of incoming.groups ?? []) {
    if (mine.groups.has(group.id)) plan.groupsUnchanged++;
    else plan.groupsAdded++;
  }
  return plan;
}

async function writePlan(writer: Writer, plan: MergePlan, mine: Mine, incoming: ClaimSet, choices: ReadonlyMap<string, Choice>): Promise<number> {
  const now = writer.now;
  await writer.addAll("articles", plan.articlesAdded.map((article) => toStoredArticle(article, now)));
  const theirArticles = new Map(incoming.articles.map((article) => [article.id, article]));
  for (const { id, fields } of plan.articlesCompleted) {
    const own = mine.articles.get(id)!;
    const theirs = theirArticles.get(id)!;
    const completed: StoredArticle = { ...own, updatedAt: now };
    for (const field of fields) (completed as Record<string, unknown>)[field] = (theirs as Record<string, unknown>)[field];
    await writer.put("articles", completed);
  }
  await writer.addAll("claims", plan.claimsAdded.map((claim) => toStoredClaim(claim, originOf(claim), now)));
  for (const theirs of plan.claimsReplaced) await writer.put("claims", adopt(theirs, mine.claims.get(theirs.id)!, now));
  let tookTheirs = 0;
  const conflicts = new Set(plan.conflicts.map((conflict) => conflict.claimId));
  const replaced = new Set(plan.claimsReplaced.map((claim) => claim.id));
  for (const theirs of incoming.claims) {
    const own = mine.claims.get(theirs.id);
    if (!own || replaced.has(theirs.id)) continue;
    if (conflicts.has(theirs.id) && choices.get(theirs.id) === "theirs") {
      tookTheirs++;
      await writer.put("claims", adopt(theirs, own, now));
    } else if (bringsVerdicts(own, theirs)) {
      await writer.put("claims", { ...own, reviews: mergeVerdicts(verdictsOf(own), verdictsOf(theirs)), updatedAt: now });
    }
  }
  const added = new Set(plan.claimsAdded.map((claim) => claim.id));
  const present = (id: string) => mine.claims.has(id) || added.has(id);
  const groups = (incoming.groups ?? []).filter((group) => !mine.groups.has(group.id));
  await writer.addAll("groups", groups.map((group) => toStoredGroup(group, present, now)));
  return tookTheirs;
}

/** Their version in place of mine: my row's history fields stay, both reviewers' verdicts are kept. */
function adopt(theirs: Claim, own: StoredClaim, now: string): StoredClaim {
  return {
    ...toStoredClaim(theirs, own.origin, now),
    createdAt: own.createdAt,
    reviews: mergeVerdicts(verdictsOf(own), verdictsOf(theirs)),
  };
}

function toStoredGroup(group: ComparisonGroup, present: (id: string) => boolean, now: string): StoredGroup {
  return { ...group, claimIds: group.claimIds.filter(present), updatedAt: now };
}

function originOf(claim: Claim): StoredClaim["origin"] {
  return (claim as { origin?: unknown }).origin === "manual" ? "manual" : "extracted";
}

const ARTICLE_FILLABLE = ["outlet", "url", "date", "title"] as const;

function missingArticleFields(own: Article, theirs: Article): string[] {
  return ARTICLE_FILLABLE.filter((field) => (own[field] === undefined || own[field] === "") && theirs[field] !== undefined && theirs[field] !== "");
}

/** The fields a reviewer sets on which two versions of a claim differ. */
export function claimDifferences(mine: Claim, theirs: Claim): ClaimField[] {
  const differ: ClaimField[] = [];
  if (mine.review.status !== theirs.review.status) differ.push("status");
  if (mine.review.reporting !== theirs.review.reporting) differ.push("reporting");
  if (speakerOf(mine.attribution).toLowerCase() !== speakerOf(theirs.attribution).toLowerCase()) differ.push("speaker");
  if (mine.text !== theirs.text) differ.push("text");
  if ((mine.review.note ?? "") !== (theirs.review.note ?? "")) differ.push("note");
  if (JSON.stringify(mine.review.evidence) !== JSON.stringify(theirs.review.evidence)) differ.push("evidence");
  return differ;
}

/** Reviewed, annotated or (for a stored claim) edited since it was added. */
function isTouched(claim: Claim): boolean {
  return claim.review.status !== "unreviewed" || claim.review.reporting !== "unchecked" || (claim.review.note ?? "") !== "" || claim.review.evidence.length > 0;
}

function isTouchedStored(claim: StoredClaim): boolean {
  return isTouched(claim) || claim.updatedAt !== claim.createdAt;
}

/** Does the file know a verdict (or a later one) the workspace has not recorded? */
function bringsVerdicts(own: Claim, theirs: Claim): boolean {
  const before = verdictsOf(own);
  return JSON.stringify(mergeVerdicts(before, verdictsOf(theirs))) !== JSON.stringify(before);
}

function isDefined<T>(value: T | undefined): value is T {
  return value !== undefined;
}
