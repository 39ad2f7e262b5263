/**
 * What each write leaves in the history (the change feed and undo read nothing else), and
 * that bad input to any write changes nothing: no row, no history entry, no announcement.
 */
import { afterEach, describe, expect, it } from "vitest";
import { subscribeToChanges } from "../../src/db/change-feed.ts";
import type { ClaimbenchDb } from "../../src/db/database.ts";
import { claimsOfArticle } from "../../src/db/queries/get-claim.ts";
import { getSetting } from "../../src/db/queries/get-setting.ts";
import type { HistoryEntry, StoredClaim } from "../../src/db/records.ts";
import { addClaim } from "../../src/db/writes/add-claim.ts";
import { deleteArticles } from "../../src/db/writes/delete-articles.ts";
import { deleteClaims } from "../../src/db/writes/delete-claims.ts";
import { editArticle } from "../../src/db/writes/edit-article.ts";
import { editClaim } from "../../src/db/writes/edit-claim.ts";
import { importArticles } from "../../src/db/writes/import-articles.ts";
import { mergeClaims } from "../../src/db/writes/merge-claims.ts";
import { setReporting } from "../../src/db/writes/set-reporting.ts";
import { setSetting } from "../../src/db/writes/set-setting.ts";
import { setStatus } from "../../src/db/writes/set-status.ts";
import { splitClaim } from "../../src/db/writes/split-claim.ts";
import { redo, undo } from "../../src/db/writes/undo.ts";
import { ann, freshWorkspace, makeExtractedArticle, makePart, MATCH_STORY } from "./factories.ts";

let db: ClaimbenchDb;
afterEach(() => db?.close());

async function workspace() {
  ({ db } = freshWorkspace());
  const part = makeExtractedArticle();
  const match = makeExtractedArticle({ raw: MATCH_STORY, fileName: "match.txt" });
  await importArticles(db, [part, match], ann);
  const claims = await claimsOfArticle(db, part.article.id);
  const tax = claims.find((claim) => claim.quote.exact.includes("3 per cent"))!;
  return { part, match, claims, tax, articleId: part.article.id };
}

async function lastEntry(): Promise<HistoryEntry> {
  return (await db.history.orderBy("seq").last())!;
}

const keysOf = (entry: HistoryEntry) => entry.changes!.map((change) => `${change.table}:${change.key}:${change.before ? "b" : ""}${change.after ? "a" : ""}`).sort();

describe("one history entry per write, naming what it touched", () => {
  it("import: the articles and every claim, no rows copied, not undoable", async () => {
    const { part, match } = await workspace();
    const entry = await lastEntry();
    expect(entry).toMatchObject({ seq: 1, action: "import", reviewer: "Ann", label: "Imported 2 articles", undoable: false });
    expect(entry.articleIds).toEqual([part.article.id, match.article.id]);
    expect(entry.claimIds).toHaveLength(part.claims.length + match.claims.length);
    expect(entry.changes).toBeUndefined();
    expect(Date.parse(entry.at)).not.toBeNaN();
  });

  it("set-status and set-reporting: each changed claim before and after, stamped with the reviewer", async () => {
    const { claims } = await workspace();
    await setStatus(db, [claims[0]!.id, claims[1]!.id], "partly-supported", ann);
    const status = await lastEntry();
    expect(status).toMatchObject({ action: "set-status", label: "Status of 2 claims → partly supported", undoable: true, articleIds: [] });
    expect(status.claimIds).toEqual([claims[0]!.id, claims[1]!.id]);
    const after = status.changes![0]!.after as StoredClaim;
    expect(after.review).toMatchObject({ status: "partly-supported", reviewer: "Ann", reviewedAt: status.at });
    expect(after.updatedAt).toBe(status.at);
    expect(status.changes![0]!.before).toEqual(claims[0]);

    await setReporting(db, [claims[0]!.id], "accurate", ann);
    const reporting = await lastEntry();
    expect(reporting).toMatchObject({ action: "set-reporting", label: "Reporting of 1 claim → accurate", claimIds: [claims[0]!.id] });
    expect((reporting.changes![0]!.after as StoredClaim).review).toMatchObject({ status: "partly-supported", reporting: "accurate" });
  });

  it("a status the claims already have records nothing", async () => {
    const { claims } = await workspace();
    await setStatus(db, [claims[0]!.id], "unreviewed", ann);
    expect(await db.history.count()).toBe(1);
  });

  it("edit-claim: the fields named in the label, the row before and after", async () => {
    const { claims } = await workspace();
    await editClaim(db, claims[0]!.id, { kind: "event", note: "see minutes" }, ann);
    const entry = await lastEntry();
    expect(entry).toMatchObject({ action: "edit-claim", label: "Edited kind, note of a claim", claimIds: [claims[0]!.id], undoable: true });
    expect(keysOf(entry)).toEqual([`claims:${claims[0]!.id}:ba`]);
    expect(entry.changes![0]!.after).toMatchObject({ kind: "event", review: { note: "see minutes", reviewer: "Ann" }, updatedAt: entry.at });
  });

  it("add-claim: one added row, origin manual", async () => {
    const { part, articleId } = await workspace();
    const start = part.article.text.indexOf("Council tax");
    const id = await addClaim(db, articleId, { start, end: start + "Council tax will rise".length }, ann);
    const entry = await lastEntry();
    expect(entry).toMatchObject({ action: "add-claim", claimIds: [id], undoable: true });
    expect(keysOf(entry)).toEqual([`claims:${id}:a`]);
    expect(id).toBe(`${articleId}-c${start}-${start + 21}`);
    expect(entry.changes![0]!.after).toMatchObject({ origin: "manual", review: { status: "unreviewed" }, speaker: "officials" });
  });

  it("add-claim over a span that is already a claim takes the id with a suffix", async () => {
    const { tax, articleId } = await workspace();
    const id = await addClaim(db, articleId, tax.span, ann);
    expect(id).toBe(`${tax.id}-2`);
    expect(await addClaim(db, articleId, tax.span, ann)).toBe(`${tax.id}-3`);
  });

  it("split-claim: the original removed, two added, review and attribution inherited", async () => {
    const { part, tax } = await workspace();
    await setStatus(db, [tax.id], "supported", ann);
    const reviewed = (await db.claims.get(tax.id))!;
    const [first, second] = await splitClaim(db, tax.id, part.article.text.indexOf("rise", tax.span.start), ann);
    const entry = await lastEntry();
    expect(entry).toMatchObject({ action: "split-claim", label: "Split a claim in two", undoable: true });
    expect(entry.claimIds).toEqual([tax.id, first, second]);
    expect(keysOf(entry)).toEqual([`claims:${tax.id}:b`, `claims:${first}:a`, `claims:${second}:a`].sort());
    for (const id of [first, second]) {
      const claim = (await db.claims.get(id))!;
      expect(claim.review).toEqual(reviewed.review);
      expect(claim.attribution).toEqual(reviewed.attribution);
      expect(claim.speaker).toBe(reviewed.speaker);
      expect(claim.id).toBe(`${tax.articleId}-c${claim.span.start}-${claim.span.end}`);
    }
    // The part that lost the figure is no longer a quantity claim.
    expect((await db.claims.get(first))!.kind).toBe("quote");
    expect((await db.claims.get(second))!.kind).toBe("quantity");
  });

  it("merge-claims of overlapping claims keeps each shared figure once", async () => {
    const { tax } = await workspace();
    const copy = await addClaim(db, tax.articleId, tax.span, ann);
    const id = await mergeClaims(db, [tax.id, copy], ann);
    const merged = (await db.claims.get(id))!;
    expect(merged.quantities).toEqual(tax.quantities);
    expect(merged.kind).toBe("quantity");
  });

  it("merge-claims: the parts removed, one added with every figure and the first's attribution", async () => {
    const { claims, articleId } = await workspace();
    const [a, b] = [claims[1]!, claims[2]!];
    const id = await mergeClaims(db, [b.id, a.id], ann);
    const entry = await lastEntry();
    expect(entry).toMatchObject({ action: "merge-claims", label: "Merged 2 claims", undoable: true });
    expect(keysOf(entry)).toEqual([`claims:${a.id}:b`, `claims:${b.id}:b`, `claims:${id}:a`].sort());
    const merged = (await db.claims.get(id))!;
    expect(merged.span).toEqual({ start: a.span.start, end: Math.max(a.span.end, b.span.end) });
    expect(merged.id).toBe(`${articleId}-c${merged.span.start}-${merged.span.end}`);
    expect(merged.quantities.map((quantity) => quantity.raw)).toEqual([...a.quantities, ...b.quantities].map((quantity) => quantity.raw));
    expect(merged.attribution).toEqual(a.attribution);
    expect(merged.quote.exact).toBe((await db.articles.get(articleId))!.text.slice(merged.span.start, merged.span.end));
  });

  it("delete-claims: each row before, nothing after", async () => {
    const { claims } = await workspace();
    await deleteClaims(db, [claims[0]!.id, claims[1]!.id], ann);
    const entry = await lastEntry();
    expect(entry).toMatchObject({ action: "delete-claims", label: "Deleted 2 claims", undoable: true });
    expect(entry.changes!.map((change) => change.before)).toEqual([claims[0], claims[1]]);
    expect(entry.changes!.every((change) => !("after" in change))).toBe(true);
  });

  it("edit-article: the article before and after, only the fields given", async () => {
    const { articleId, part } = await workspace();
    await editArticle(db, articleId, { outlet: "Gazette", date: "2025-03-15" }, ann);
    const entry = await lastEntry();
    expect(entry).toMatchObject({ action: "edit-article", label: "Edited outlet, date of an article", articleIds: [articleId], claimIds: [] });
    expect(entry.changes![0]!.after).toMatchObject({ outlet: "Gazette", date: "2025-03-15", title: part.article.title, updatedAt: entry.at });
  });

  it("delete-articles: the article and all its claims, and no other article's", async () => {
    const { articleId, claims, match } = await workspace();
    await deleteArticles(db, [articleId], ann);
    const entry = await lastEntry();
    expect(entry).toMatchObject({ action: "delete-articles", articleIds: [articleId], undoable: true });
    expect([...entry.claimIds].sort()).toEqual(claims.map((claim) => claim.id).sort());
    expect(entry.changes).toHaveLength(claims.length + 1);
    expect(await db.claims.count()).toBe(match.claims.length);
  });

  it("setting: recorded with no rows, not undoable; getSetting reads it back", async () => {
    await workspace();
    await setSetting(db, "reviewer", "Ann Patel");
    await setSetting(db, "columns", ["text", "speaker"]);
    expect(await getSetting(db, "reviewer")).toBe("Ann Patel");
    expect(await getSetting(db, "columns")).toEqual(["text", "speaker"]);
    expect(await getSetting(db, "missing")).toBeUndefined();
    const entry = await lastEntry();
    expect(entry).toMatchObject({ action: "setting", undoable: false, claimIds: [], articleIds: [], label: 'Setting "columns" changed' });
  });

  it("undo and redo: the claims they restored and the entry they reversed", async () => {
    const { claims } = await workspace();
    await setStatus(db, [claims[0]!.id], "refuted", ann);
    const undone = (await undo(db, ann))!;
    expect(undone).toMatchObject({ seq: 2, undone: true });
    expect(await lastEntry()).toMatchObject({ action: "undo", claimIds: [claims[0]!.id], undoable: false });
    expect((await db.history.get(2))!.undone).toBe(true);
    const redone = (await redo(db, ann))!;
    expect(redone).toMatchObject({ seq: 2, undone: false });
    expect(await lastEntry()).toMatchObject({ action: "redo", label: "Redid: Status of 1 claim → refuted" });
  });
});

describe("bad input changes nothing", () => {
  const cases: [string, (ids: { claimId: string; otherClaimId: string; articleId: string; otherArticleId: string; taxId: string; taxEnd: number }) => Promise<unknown>, RegExp][] = [
    ["setStatus with an unknown claim", ({ claimId }) => setStatus(db, [claimId, "nope"], "refuted", ann), /no such claim: nope/],
    ["setReporting with an unknown claim", ({ claimId }) => setReporting(db, [claimId, "nope"], "accurate", ann), /no such claim: nope/],
    ["editClaim of an unknown claim", () => editClaim(db, "nope", { note: "x" }, ann), /no such claim: nope/],
    ["editClaim with an invalid kind", ({ claimId }) => editClaim(db, claimId, { kind: "rumour" as never }, ann), /invalid claim .* kind/],
    ["addClaim to an unknown article", () => addClaim(db, "nope", { start: 0, end: 5 }, ann), /no such article: nope/],
    ["addClaim over white space only", ({ articleId }) => addClaim(db, articleId, { start: 23, end: 25 }, ann), /only white space/],
    ["splitClaim of an unknown claim", () => splitClaim(db, "nope", 10, ann), /no such claim: nope/],
    ["splitClaim at the claim's end", ({ taxId, taxEnd }) => splitClaim(db, taxId, taxEnd, ann), /must fall inside/],
    ["splitClaim at a fractional offset", ({ taxId, taxEnd }) => splitClaim(db, taxId, taxEnd - 0.5, ann), /must fall inside/],
    ["mergeClaims of one claim", ({ claimId }) => mergeClaims(db, [claimId, claimId], ann), /at least two/],
    ["mergeClaims across articles", ({ claimId, otherClaimId }) => mergeClaims(db, [claimId, otherClaimId], ann), /same article/],
    ["mergeClaims with an unknown claim", ({ claimId }) => mergeClaims(db, [claimId, "nope"], ann), /no such claim: nope/],
    ["deleteClaims with an unknown claim", ({ claimId }) => deleteClaims(db, [claimId, "nope"], ann), /no such claim: nope/],
    ["editArticle of an unknown article", () => editArticle(db, "nope", { title: "x" }, ann), /no such article: nope/],
    ["editArticle with an impossible date", ({ articleId }) => editArticle(db, articleId, { date: "2025-02-30" }, ann), /The date must be a real day/],
    ["deleteArticles with an unknown article", ({ articleId }) => deleteArticles(db, [articleId, "nope"], ann), /no such article: nope/],
    ["importArticles with a claim of another article", () => importArticles(db, [{ ...makePart("a-new", 2), claims: makePart("a-other", 1).claims }], ann), /does not belong/],
  ];

  it.each(cases)("%s", async (_name, write, message) => {
    const { claims, match, articleId, tax } = await workspace();
    const before = JSON.stringify([await db.articles.toArray(), await db.claims.toArray(), await db.history.toArray()]);
    const heard: number[] = [];
    const stop = subscribeToChanges((seq) => heard.push(seq));
    try {
      await expect(
        write({ claimId: claims[0]!.id, otherClaimId: match.claims[0]!.id, articleId, otherArticleId: match.article.id, taxId: tax.id, taxEnd: tax.span.end }),
      ).rejects.toThrow(message);
    } finally {
      stop();
    }
    expect(JSON.stringify([await db.articles.toArray(), await db.claims.toArray(), await db.history.toArray()])).toBe(before);
    expect(heard).toEqual([]);
  });

  it("a split inside the space between two words trims both parts", async () => {
    const { tax, part } = await workspace();
    const space = part.article.text.indexOf(" tax", tax.span.start);
    const [first, second] = await splitClaim(db, tax.id, space, ann);
    expect((await db.claims.get(first))!.quote.exact).toBe("Council");
    expect((await db.claims.get(second))!.quote.exact.startsWith("tax will rise")).toBe(true);
  });
});
