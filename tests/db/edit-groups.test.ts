/** Comparison groups kept by a reviewer: confirm, reject, members, split, delete; claims leaving groups. */
import { describe, expect, it } from "vitest";
import { exportWorkspace } from "../../src/db/exchange/export-workspace.ts";
import { confirmGroup, deleteGroup, rejectGroup, setGroupMembers, setGroupVerdict, splitGroup } from "../../src/db/writes/edit-groups.ts";
import { deleteClaims } from "../../src/db/writes/delete-claims.ts";
import { importArticles } from "../../src/db/writes/import-articles.ts";
import { undo } from "../../src/db/writes/undo.ts";
import { ann, freshWorkspace, makeExtractedArticle, MATCH_STORY } from "./factories.ts";

async function workspace() {
  const { db } = freshWorkspace();
  await importArticles(db, [makeExtractedArticle(), makeExtractedArticle({ raw: MATCH_STORY })], ann);
  const ids = (await db.claims.toCollection().primaryKeys()).sort();
  return { db, ids };
}

describe("comparison groups", () => {
  it("confirms a proposal and records it once in the history, undoably", async () => {
    const { db, ids } = await workspace();
    await confirmGroup(db, { id: "g-1", about: "jobs cut", claimIds: [ids[0]!, ids[1]!], verdict: "consistent" }, ann);
    expect(await db.groups.get("g-1")).toMatchObject({ confirmed: true, verdict: "consistent", claimIds: [ids[0], ids[1]] });
    expect((await db.history.orderBy("seq").last())?.action).toBe("edit-groups");
    await undo(db, ann);
    expect(await db.groups.get("g-1")).toBeUndefined();
  });

  it("keeps a rejected proposal out of the exported claim set", async () => {
    const { db, ids } = await workspace();
    await rejectGroup(db, { id: "g-2", about: "x", claimIds: [ids[0]!, ids[2]!], verdict: "conflicting" }, ann);
    expect(await db.groups.get("g-2")).toMatchObject({ confirmed: false, rejected: true });
    expect((await exportWorkspace(db)).groups).toBeUndefined();
  });

  it("moves claims in and out, recomputed verdict given, and drops a group left with one claim", async () => {
    const { db, ids } = await workspace();
    await confirmGroup(db, { id: "g-3", about: "fans", claimIds: [ids[0]!, ids[1]!], verdict: "consistent" }, ann);
    await setGroupMembers(db, "g-3", [ids[0]!, ids[1]!, ids[2]!], "conflicting", ann);
    expect(await db.groups.get("g-3")).toMatchObject({ claimIds: [ids[0], ids[1], ids[2]], verdict: "conflicting" });
    await setGroupVerdict(db, "g-3", "different-scope", ann);
    expect((await db.groups.get("g-3"))?.verdict).toBe("different-scope");
    await setGroupMembers(db, "g-3", [ids[0]!], "consistent", ann);
    expect(await db.groups.get("g-3")).toBeUndefined();
  });

  it("splits a group in two, and refuses a split that leaves a part of one", async () => {
    const { db, ids } = await workspace();
    await confirmGroup(db, { id: "g-4", about: "all", claimIds: ids.slice(0, 4), verdict: "conflicting" }, ann);
    await splitGroup(db, "g-4", { id: "g-5", about: "part", claimIds: ids.slice(2, 4), verdict: "consistent" }, { verdict: "consistent" }, ann);
    expect((await db.groups.get("g-4"))?.claimIds).toEqual(ids.slice(0, 2));
    expect(await db.groups.get("g-5")).toMatchObject({ claimIds: ids.slice(2, 4), confirmed: true });
    await expect(splitGroup(db, "g-4", { id: "g-6", about: "one", claimIds: [ids[0]!], verdict: "consistent" }, { verdict: "consistent" }, ann)).rejects.toThrow(
      /at least two/,
    );
    await deleteGroup(db, "g-5", ann);
    expect(await db.groups.get("g-5")).toBeUndefined();
  });

  it("refuses a group of claims that do not exist", async () => {
    const { db, ids } = await workspace();
    await expect(confirmGroup(db, { id: "g-7", about: "x", claimIds: [ids[0]!, "nope"], verdict: "consistent" }, ann)).rejects.toThrow();
    expect(await db.groups.count()).toBe(0);
  });

  it("takes a deleted claim out of its groups, and undo puts it back", async () => {
    const { db, ids } = await workspace();
    await confirmGroup(db, { id: "g-8", about: "three", claimIds: ids.slice(0, 3), verdict: "consistent" }, ann);
    await confirmGroup(db, { id: "g-9", about: "two", claimIds: [ids[0]!, ids[3]!], verdict: "consistent" }, ann);
    await deleteClaims(db, [ids[0]!], ann);
    expect((await db.groups.get("g-8"))?.claimIds).toEqual(ids.slice(1, 3));
    expect(await db.groups.get("g-9")).toBeUndefined();
    await undo(db, ann);
    expect((await db.groups.get("g-8"))?.claimIds).toEqual(ids.slice(0, 3));
    expect((await db.groups.get("g-9"))?.claimIds).toEqual([ids[0], ids[3]]);
  });
});
