/** A status or reporting edit shows in the claim index as soon as it is noted, before its write. */
import { afterEach, describe, expect, it, vi } from "vitest";
import type { ClaimRow } from "../../../../src/db/claim-row.ts";
import { claimRow } from "../claim-row-factory.ts";
import type { ClaimbenchDb } from "../../../../src/db/database.ts";
import { journaled, setJournalStore, subscribeToPendingEdits } from "../../../../src/db/writes/edit-journal.ts";
import { ClaimsStore } from "../../../../src/app/workspace/claims-store.ts";
import { PendingEdits } from "../../../../src/app/workspace/pending-edits.ts";

function row(id: string, overrides: Partial<Omit<ClaimRow, "search">> = {}): ClaimRow {
  return claimRow({ id, ...overrides });
}

const db = { name: "pending-edits-test" } as ClaimbenchDb;
const by = { reviewer: "Ann" };

/** A write that finishes when told to. */
function heldWrite(): { run: () => Promise<void>; finish: () => void; fail: () => void } {
  let finish = () => {};
  let fail = () => {};
  const done = new Promise<void>((resolve, reject) => {
    finish = resolve;
    fail = () => reject(new Error("disk full"));
  });
  return { run: () => done, finish, fail };
}

function setUp() {
  const claims = new ClaimsStore();
  claims.apply([row("1"), row("2", { status: "refuted" })]);
  claims.markLoaded();
  const restored: string[][] = [];
  const pending = new PendingEdits(claims, (ids) => restored.push([...ids]));
  const stop = pending.follow();
  return { claims, pending, restored, stop };
}

describe("pending edits", () => {
  afterEach(() => setJournalStore(undefined));

  it("shows a status edit in the index before its write finished, stamped with the reviewer", async () => {
    setJournalStore(undefined);
    const { claims, stop } = setUp();
    const write = heldWrite();
    const writing = journaled(db, { kind: "set-status", claimIds: ["1", "2"], status: "refuted" }, by, write.run);
    expect(claims.get("1")).toMatchObject({ status: "refuted", reviewer: "Ann" });
    // Claim 2 already had that status: nothing to show, nothing replaced.
    expect(claims.getSnapshot().patch?.previous.has("2")).toBe(false);
    write.finish();
    await writing;
    stop();
  });

  it("shows a reporting edit, and ignores text edits (they wait for the stored claim)", async () => {
    const { claims, stop } = setUp();
    await journaled(db, { kind: "set-reporting", claimIds: ["1"], reporting: "inaccurate" }, by, async () => {
      expect(claims.get("1")?.reporting).toBe("inaccurate");
    });
    const before = claims.get("2");
    await journaled(db, { kind: "edit-claim", claimId: "2", patch: { text: "Something else" } }, by, async () => {});
    expect(claims.get("2")).toBe(before);
    stop();
  });

  it("holds back rows read for a claim while its edit is being written, then lets them in", async () => {
    const { claims, pending, stop } = setUp();
    const write = heldWrite();
    const writing = journaled(db, { kind: "set-status", claimIds: ["1"], status: "supported" }, by, write.run);
    const stale = row("1", { status: "unreviewed" });
    expect(pending.settledRows([stale, row("2")]).map((item) => item.id)).toEqual(["2"]);
    write.finish();
    await writing;
    expect(pending.settledRows([stale])).toEqual([stale]);
    expect(claims.get("1")?.status).toBe("supported");
    stop();
  });

  it("reads a claim again once its edit is written when a row read meanwhile was held back", async () => {
    const { pending, restored, stop } = setUp();
    const write = heldWrite();
    const writing = journaled(db, { kind: "set-status", claimIds: ["1"], status: "supported" }, by, write.run);
    pending.settledRows([row("1", { status: "supported", text: "Edited in another tab" })]);
    write.finish();
    await writing;
    await Promise.resolve();
    // The write may have changed nothing (no change announced): the stored row is read again.
    expect(restored).toEqual([["1"]]);
    stop();
  });

  it("writes the edit even when a listener fails", async () => {
    const { stop } = setUp();
    const unsubscribe = subscribeToPendingEdits(() => {
      throw new Error("listener broke");
    });
    const quiet = vi.spyOn(console, "error").mockImplementation(() => {});
    let ran = false;
    await journaled(db, { kind: "set-status", claimIds: ["1"], status: "supported" }, by, async () => {
      ran = true;
    });
    expect(ran).toBe(true);
    expect(quiet).toHaveBeenCalled();
    quiet.mockRestore();
    unsubscribe();
    stop();
  });

  it("reads the stored rows back when the write failed", async () => {
    const { restored, stop } = setUp();
    const write = heldWrite();
    const writing = journaled(db, { kind: "set-status", claimIds: ["1"], status: "supported" }, by, write.run);
    write.fail();
    await expect(writing).rejects.toThrow("disk full");
    await Promise.resolve();
    expect(restored).toEqual([["1"]]);
    stop();
  });

  it("stops showing edits once unsubscribed", async () => {
    const { claims, stop } = setUp();
    stop();
    await journaled(db, { kind: "set-status", claimIds: ["1"], status: "supported" }, by, async () => {});
    expect(claims.get("1")?.status).toBe("unreviewed");
  });
});
