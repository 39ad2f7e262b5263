/**
 * Importing claim sets into a workspace: into an empty one (the same workspace comes back),
 * a colleague's review of the same articles (merged, conflicts left for a choice), and the
 * history and undo of an import.
 */
import { describe, expect, it } from "vitest";
import type { ClaimSet } from "../../../claim-schemas/claim-set.ts";
import { exportWorkspace } from "../../../src/db/exchange/export-workspace.ts";
import { applyImport, planImport, type Choice } from "../../../src/db/exchange/merge-claim-set.ts";
import { deleteClaims } from "../../../src/db/writes/delete-claims.ts";
import { editClaim } from "../../../src/db/writes/edit-claim.ts";
import { importArticles } from "../../../src/db/writes/import-articles.ts";
import { setStatus } from "../../../src/db/writes/set-status.ts";
import { undo } from "../../../src/db/writes/undo.ts";
import { ann, bob, freshWorkspace, makeExtractedArticle, MATCH_STORY } from "../factories.ts";

const AT = "2025-06-01T12:00:00.000Z";
const none = new Map<string, Choice>();

async function workspaceWithStories() {
  const { db } = freshWorkspace();
  await importArticles(db, [makeExtractedArticle(), makeExtractedArticle({ raw: MATCH_STORY, fileName: "match.txt" })], ann);
  const ids = (await db.claims.toArray()).map((claim) => claim.id).sort();
  return { db, ids };
}

/** A colleague's workspace: the same articles, imported separately. */
async function colleagueExport(review: (db: Awaited<ReturnType<typeof workspaceWithStories>>) => Promise<void>): Promise<ClaimSet> {
  const theirs = await workspaceWithStories();
  await review(theirs);
  return exportWorkspace(theirs.db, {}, AT);
}

describe("import into an empty workspace", () => {
  it("gives back the same claim set", async () => {
    const { db, ids } = await workspaceWithStories();
    await setStatus(db, [ids[0]!, ids[1]!], "refuted", ann);
    await editClaim(db, ids[2]!, { note: "Budget papers say £4.1m 📄", reporting: "inaccurate" }, bob);
    await deleteClaims(db, [ids[3]!], ann);
    const exported = await exportWorkspace(db, {}, AT);

    const empty = freshWorkspace().db;
    await applyImport(empty, exported, none, ann);
    expect(await exportWorkspace(empty, {}, AT)).toEqual(exported);
  });

  it("previews every article and claim as added and writes nothing", async () => {
    const { db } = await workspaceWithStories();
    const exported = await exportWorkspace(db, {}, AT);
    const empty = freshWorkspace().db;
    const plan = await planImport(empty, exported);
    expect(plan.articlesAdded).toHaveLength(2);
    expect(plan.claimsAdded).toHaveLength(exported.claims.length);
    expect(plan.conflicts).toEqual([]);
    expect(await empty.claims.count()).toBe(0);
  });
});

describe("merging a colleague's review of the same articles", () => {
  it("takes their verdict where mine is untouched and records it", async () => {
    const mine = await workspaceWithStories();
    const theirs = await colleagueExport(async ({ db, ids }) => setStatus(db, [ids[0]!], "supported", bob));
    const plan = await planImport(mine.db, theirs);
    expect(plan.articlesAdded).toEqual([]);
    expect(plan.claimsReplaced.map((claim) => claim.id)).toEqual([mine.ids[0]]);
    await applyImport(mine.db, theirs, none, ann);
    const claim = await mine.db.claims.get(mine.ids[0]!);
    expect(claim?.review).toMatchObject({ status: "supported", reviewer: "Bob" });
  });

  it("leaves a disagreement as a conflict: mine stays unless I choose theirs, both verdicts kept", async () => {
    const mine = await workspaceWithStories();
    await setStatus(mine.db, [mine.ids[0]!, mine.ids[1]!], "refuted", ann);
    const theirs = await colleagueExport(async ({ db, ids }) => setStatus(db, [ids[0]!, ids[1]!], "supported", bob));

    const plan = await planImport(mine.db, theirs);
    expect(plan.conflicts.map((conflict) => [conflict.claimId, conflict.differ])).toEqual([
      [mine.ids[0], ["status"]],
      [mine.ids[1], ["status"]],
    ]);
    expect(plan.conflicts[0]!.mine.review.status).toBe("refuted");
    expect(plan.conflicts[0]!.theirs.review.status).toBe("supported");

    const summary = await applyImport(mine.db, theirs, new Map([[mine.ids[1]!, "theirs" as const]]), ann);
    expect(summary.tookTheirs).toBe(1);
    const [first, second] = await mine.db.claims.bulkGet([mine.ids[0]!, mine.ids[1]!]);
    expect(first?.review).toMatchObject({ status: "refuted", reviewer: "Ann" });
    expect(second?.review).toMatchObject({ status: "supported", reviewer: "Bob" });
    for (const claim of [first, second]) {
      expect(claim?.reviews?.map((review) => [review.reviewer, review.status])).toEqual([
        ["Ann", "refuted"],
        ["Bob", "supported"],
      ]);
    }
  });

  it("never brings back a claim I removed, and adds claims of theirs I never had", async () => {
    const mine = await workspaceWithStories();
    await deleteClaims(mine.db, [mine.ids[2]!], ann);
    const theirs = await colleagueExport(async () => {});
    const hand = { ...theirs.claims[0]!, id: `${theirs.claims[0]!.id}-theirs`, text: "A claim only the colleague made" };
    const plan = await planImport(mine.db, { ...theirs, claims: [...theirs.claims, hand] });
    expect(plan.claimsYouRemoved).toBe(1);
    expect(plan.claimsAdded.map((claim) => claim.id)).toEqual([hand.id]);
  });

  it("changes nothing when the same file is imported twice", async () => {
    const mine = await workspaceWithStories();
    const theirs = await colleagueExport(async ({ db, ids }) => setStatus(db, [ids[0]!], "supported", bob));
    await applyImport(mine.db, theirs, none, ann);
    const before = await exportWorkspace(mine.db, {}, AT);
    const plan = await planImport(mine.db, theirs);
    expect(plan.claimsAdded.length + plan.claimsReplaced.length + plan.conflicts.length + plan.verdictsAdded).toBe(0);
    await applyImport(mine.db, theirs, none, ann);
    expect(await exportWorkspace(mine.db, {}, AT)).toEqual(before);
  });

  it("is one history entry that undo reverses", async () => {
    const mine = await workspaceWithStories();
    const before = await exportWorkspace(mine.db, {}, AT);
    const theirs = await colleagueExport(async ({ db, ids }) => setStatus(db, ids.slice(0, 3), "unsupported", bob));
    await applyImport(mine.db, theirs, none, ann);
    const entry = await mine.db.history.orderBy("seq").last();
    expect(entry).toMatchObject({ action: "import", undoable: true, reviewer: "Ann" });
    expect(entry?.label).toMatch(/^Imported a claim set: 3 claims added or updated/);
    await undo(mine.db, ann);
    expect(await exportWorkspace(mine.db, {}, AT)).toEqual(before);
  });
});

describe("exporting what a view shows", () => {
  it("gives exactly those claims and their articles", async () => {
    const { db, ids } = await workspaceWithStories();
    const claims = await db.claims.bulkGet([ids[0]!, ids[1]!]);
    const exported = await exportWorkspace(db, { claimIds: [ids[1]!, ids[0]!] }, AT);
    expect(exported.claims.map((claim) => claim.id).sort()).toEqual([ids[0], ids[1]].sort());
    expect(exported.articles.map((article) => article.id).sort()).toEqual([...new Set(claims.map((claim) => claim!.articleId))].sort());
  });
});
