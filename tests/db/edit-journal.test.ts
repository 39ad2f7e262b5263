/** The write-ahead journal: an edit noted before its transaction, replayed when the tab closed first. */
import { afterEach, describe, expect, it } from "vitest";
import { replayPendingEdits } from "../../src/db/writes/replay-edits.ts";
import { journaled, setJournalStore, type JournalStore } from "../../src/db/writes/edit-journal.ts";
import { importArticles } from "../../src/db/writes/import-articles.ts";
import { setStatus } from "../../src/db/writes/set-status.ts";
import { ann, bob, freshWorkspace, makeExtractedArticle } from "./factories.ts";

class MemoryStore implements JournalStore {
  readonly items = new Map<string, string>();
  get length() {
    return this.items.size;
  }
  key(index: number) {
    return [...this.items.keys()][index] ?? null;
  }
  getItem(key: string) {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    this.items.set(key, value);
  }
  removeItem(key: string) {
    this.items.delete(key);
  }
}

afterEach(() => setJournalStore(undefined));

async function workspace() {
  const { db, reopen } = freshWorkspace();
  await importArticles(db, [makeExtractedArticle()], ann);
  const id = (await db.claims.toCollection().first())!.id;
  return { db, reopen, id };
}

describe("the edit journal", () => {
  it("notes an edit while it is written and removes the note once it committed", async () => {
    const store = new MemoryStore();
    setJournalStore(store);
    const { db, id } = await workspace();
    let seen = 0;
    await journaled(db, { kind: "set-status", claimIds: [id], status: "refuted" }, ann, async () => {
      seen = store.length;
    });
    expect(seen).toBe(1);
    await setStatus(db, [id], "refuted", ann);
    expect(store.length).toBe(0);
  });

  it("replays an edit whose tab closed before it committed", async () => {
    const store = new MemoryStore();
    setJournalStore(store);
    const { db, reopen, id } = await workspace();
    // The tab closes mid-write: the note is made, the transaction never runs.
    const never = journaled(db, { kind: "set-status", claimIds: [id], status: "unsupported" }, bob, () => new Promise<void>(() => {}));
    void never;
    expect(store.length).toBe(1);
    db.close();
    const next = reopen();
    expect(await replayPendingEdits(next)).toBe(1);
    expect((await next.claims.get(id))?.review).toMatchObject({ status: "unsupported", reviewer: "Bob" });
    expect(store.length).toBe(0);
  });

  it("does not replay over a newer edit of the same claim", async () => {
    const store = new MemoryStore();
    setJournalStore(store);
    const { db, id } = await workspace();
    void journaled(db, { kind: "set-status", claimIds: [id], status: "unsupported" }, bob, () => new Promise<void>(() => {}));
    await new Promise((resolve) => setTimeout(resolve, 5));
    await setStatus(db, [id], "supported", ann);
    expect(await replayPendingEdits(db)).toBe(0);
    expect((await db.claims.get(id))?.review.status).toBe("supported");
  });

  it("works without a store (Node, storage refused)", async () => {
    setJournalStore(undefined);
    const { db, id } = await workspace();
    await setStatus(db, [id], "refuted", ann);
    expect(await replayPendingEdits(db)).toBe(0);
  });
});
