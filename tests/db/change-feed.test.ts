/**
 * The change feed: in-tab listeners and other tabs (a BroadcastChannel of the same name) hear
 * each commit's seq once, after the commit; readChangesSince lists exactly what changed.
 */
import { afterEach, describe, expect, it, vi } from "vitest";
import { readChangesSince, subscribeToChanges } from "../../src/db/change-feed.ts";
import { claimsOfArticle } from "../../src/db/queries/get-claim.ts";
import { latestSeq } from "../../src/db/queries/latest-seq.ts";
import { editArticle } from "../../src/db/writes/edit-article.ts";
import { importArticles } from "../../src/db/writes/import-articles.ts";
import { setStatus } from "../../src/db/writes/set-status.ts";
import { undo } from "../../src/db/writes/undo.ts";
import { ann, bob, freshWorkspace, makeExtractedArticle } from "./factories.ts";

const CHANNEL = "claimbench-changes";

const open: { close: () => void }[] = [];
afterEach(() => {
  for (const handle of open.splice(0)) handle.close();
  vi.unstubAllGlobals();
  vi.resetModules();
});

async function workspace() {
  const created = freshWorkspace();
  open.push(created.db);
  const part = makeExtractedArticle();
  await importArticles(created.db, [part], ann);
  return { ...created, part, claims: await claimsOfArticle(created.db, part.article.id) };
}

/** Another tab's end of the channel, collecting what it hears. */
function otherTab() {
  const channel = new BroadcastChannel(CHANNEL);
  open.push(channel);
  const heard: unknown[] = [];
  let wake = () => {};
  channel.onmessage = (event: MessageEvent<unknown>) => {
    heard.push(event.data);
    wake();
  };
  const next = () => new Promise<void>((resolve) => (wake = resolve));
  return { channel, heard, next };
}

describe("subscribeToChanges", () => {
  it("calls every listener once per commit, in commit order, after the commit", async () => {
    const { db, claims } = await workspace();
    const heard: [string, number, string | undefined][] = [];
    const stopA = subscribeToChanges((seq) => heard.push(["a", seq, undefined]));
    const stopB = subscribeToChanges((seq) => {
      // Called after the commit: the changed row is already readable.
      void db.claims.get(claims[0]!.id).then((claim) => heard.push(["b", seq, claim?.review.status]));
    });
    await setStatus(db, [claims[0]!.id], "supported", ann);
    await setStatus(db, [claims[0]!.id], "refuted", ann);
    await new Promise((resolve) => setTimeout(resolve, 10));
    stopA();
    stopB();
    expect(heard.filter(([who]) => who === "a")).toEqual([["a", 2, undefined], ["a", 3, undefined]]);
    expect(heard.filter(([who]) => who === "b").map(([, seq]) => seq)).toEqual([2, 3]);
    expect(heard.find(([who, seq]) => who === "b" && seq === 2)?.[2]).not.toBe("unreviewed");
  });

  it("stops calling a listener once unsubscribed", async () => {
    const { db, claims } = await workspace();
    const heard: number[] = [];
    const stop = subscribeToChanges((seq) => heard.push(seq));
    await setStatus(db, [claims[0]!.id], "supported", ann);
    stop();
    await setStatus(db, [claims[0]!.id], "refuted", ann);
    expect(heard).toEqual([2]);
  });

  it("announces nothing for a write that changed nothing", async () => {
    const { db, claims } = await workspace();
    const heard: number[] = [];
    const stop = subscribeToChanges((seq) => heard.push(seq));
    await setStatus(db, [claims[0]!.id], "unreviewed", ann);
    expect(await undo(db, ann)).toBeNull();
    stop();
    expect(heard).toEqual([]);
  });
});

describe("across tabs", () => {
  it("posts each commit's seq on the channel for other tabs", async () => {
    const { db, claims } = await workspace();
    const tab = otherTab();
    const arrived = tab.next();
    await setStatus(db, [claims[0]!.id], "supported", ann);
    await arrived;
    expect(tab.heard).toEqual([{ seq: 2 }]);
  });

  it("delivers another tab's announcement to this tab's listeners, ignoring malformed messages", async () => {
    const tab = otherTab();
    const heard: number[] = [];
    let wake = () => {};
    const stop = subscribeToChanges((seq) => {
      heard.push(seq);
      wake();
    });
    const arrived = new Promise<void>((resolve) => (wake = resolve));
    tab.channel.postMessage({ seq: "7" });
    tab.channel.postMessage(null);
    tab.channel.postMessage({ seq: 7 });
    await arrived;
    stop();
    expect(heard).toEqual([7]);
  });

  it("lets a second tab on the same database catch up with readChangesSince and re-read only what changed", async () => {
    const { db, reopen, claims, part } = await workspace();
    const second = reopen();
    open.push(second);
    const seen = await latestSeq(second);
    expect(seen).toBe(1);
    await setStatus(db, [claims[0]!.id, claims[1]!.id], "refuted", bob);
    await editArticle(db, part.article.id, { outlet: "Gazette" }, bob);
    const entries = await readChangesSince(second, seen);
    expect(entries.map((entry) => [entry.seq, entry.action])).toEqual([[2, "set-status"], [3, "edit-article"]]);
    const claimIds = [...new Set(entries.flatMap((entry) => entry.claimIds))];
    const articleIds = [...new Set(entries.flatMap((entry) => entry.articleIds))];
    expect(claimIds).toEqual([claims[0]!.id, claims[1]!.id]);
    expect(articleIds).toEqual([part.article.id]);
    expect((await second.claims.bulkGet(claimIds)).map((claim) => claim!.review.status)).toEqual(["refuted", "refuted"]);
    expect((await second.articles.get(part.article.id))!.outlet).toBe("Gazette");
    expect(await readChangesSince(second, 3)).toEqual([]);
  });
});

describe("without BroadcastChannel", () => {
  it("still tells listeners in this tab, and writes still work", async () => {
    vi.stubGlobal("BroadcastChannel", undefined);
    vi.resetModules();
    // A fresh module graph that never saw BroadcastChannel.
    const feed = await import("../../src/db/change-feed.ts");
    const writes = await import("../../src/db/writes/import-articles.ts");
    const { db } = freshWorkspace();
    open.push(db);
    const heard: number[] = [];
    const stop = feed.subscribeToChanges((seq) => heard.push(seq));
    await writes.importArticles(db, [makeExtractedArticle()], ann);
    expect(() => feed.announceChange(9)).not.toThrow();
    stop();
    expect(heard).toEqual([1, 9]);
  });
});
