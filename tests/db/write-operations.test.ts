import { afterEach, describe, expect, it } from "vitest";
import { subscribeToChanges, readChangesSince } from "../../src/db/change-feed.ts";
import type { ClaimbenchDb } from "../../src/db/database.ts";
import { claimHistory } from "../../src/db/queries/claim-history.ts";
import { getArticle } from "../../src/db/queries/get-article.ts";
import { claimsOfArticle, getClaim } from "../../src/db/queries/get-claim.ts";
import { listArticles } from "../../src/db/queries/list-articles.ts";
import { loadClaimRows } from "../../src/db/queries/load-claim-rows.ts";
import { addClaim } from "../../src/db/writes/add-claim.ts";
import { deleteArticles } from "../../src/db/writes/delete-articles.ts";
import { deleteClaims } from "../../src/db/writes/delete-claims.ts";
import { editArticle } from "../../src/db/writes/edit-article.ts";
import { editClaim } from "../../src/db/writes/edit-claim.ts";
import { importArticles } from "../../src/db/writes/import-articles.ts";
import { isSeeded, loadSeedArticles } from "../../src/db/writes/load-seed-articles.ts";
import { mergeClaims } from "../../src/db/writes/merge-claims.ts";
import { setReporting } from "../../src/db/writes/set-reporting.ts";
import { setStatus } from "../../src/db/writes/set-status.ts";
import { splitClaim } from "../../src/db/writes/split-claim.ts";
import { transact } from "../../src/db/writes/transact.ts";
import { ann, bob, freshWorkspace, makeExtractedArticle, MATCH_STORY, withClaim } from "./factories.ts";

let db: ClaimbenchDb;
afterEach(() => db?.close());

async function seededWorkspace() {
  ({ db } = freshWorkspace());
  const part = makeExtractedArticle();
  await importArticles(db, [part], ann);
  return { part, claims: await claimsOfArticle(db, part.article.id) };
}

describe("importArticles", () => {
  it("stores articles and claims with their bookkeeping, and records one history entry", async () => {
    const { part, claims } = await seededWorkspace();
    expect(claims).toHaveLength(part.claims.length);
    const budget = claims.find((claim) => claim.text.includes("£4.2 million"))!;
    expect(budget.speaker).toBe(budget.attribution?.entity ?? budget.attribution?.source);
    expect(budget.origin).toBe("extracted");
    expect(budget.createdAt).toBe(budget.updatedAt);
    const history = await db.history.toArray();
    expect(history).toHaveLength(1);
    expect(history[0]).toMatchObject({ action: "import", reviewer: "Ann", undoable: false, articleIds: [part.article.id] });
    expect(history[0]!.claimIds.sort()).toEqual(part.claims.map((claim) => claim.id).sort());
    expect(history[0]!.changes).toBeUndefined();
  });

  it("recognises an article already there, and one given twice, as duplicates", async () => {
    const { part } = await seededWorkspace();
    const match = makeExtractedArticle({ raw: MATCH_STORY, fileName: "match.txt" });
    const outcome = await importArticles(db, [part, match, match], ann);
    expect(outcome).toEqual({ added: [match.article.id], duplicates: [part.article.id, match.article.id] });
    expect(await db.articles.count()).toBe(2);
  });

  it("is all or nothing: one invalid claim stores nothing at all", async () => {
    ({ db } = freshWorkspace());
    const good = makeExtractedArticle({ raw: MATCH_STORY });
    const bad = withClaim(makeExtractedArticle(), 0, { checkworthiness: 7 });
    await expect(importArticles(db, [good, bad], ann)).rejects.toThrow(/invalid claim .* checkworthiness/);
    expect(await db.articles.count()).toBe(0);
    expect(await db.claims.count()).toBe(0);
    expect(await db.history.count()).toBe(0);
  });

  it("refuses a claim that points to another article", async () => {
    ({ db } = freshWorkspace());
    const part = withClaim(makeExtractedArticle(), 0, { articleId: "a-elsewhere" });
    await expect(importArticles(db, [part], ann)).rejects.toThrow(/does not belong/);
    expect(await db.claims.count()).toBe(0);
  });
});

describe("loadSeedArticles", () => {
  it("loads into an empty workspace once, and never after the seeds were deleted", async () => {
    ({ db } = freshWorkspace());
    const seed = makeExtractedArticle({ raw: MATCH_STORY });
    expect(await loadSeedArticles(db, [seed])).toBe(true);
    expect(await isSeeded(db)).toBe(true);
    expect(await loadSeedArticles(db, [seed])).toBe(false);
    await deleteArticles(db, [seed.article.id], ann);
    expect(await db.articles.count()).toBe(0);
    expect(await loadSeedArticles(db, [seed])).toBe(false);
    expect(await db.articles.count()).toBe(0);
  });

  it("does not load over the user's own data", async () => {
    await seededWorkspace();
    expect(await loadSeedArticles(db, [makeExtractedArticle({ raw: MATCH_STORY })])).toBe(false);
    expect(await db.articles.count()).toBe(1);
  });
});

describe("status and reporting", () => {
  it("stamps the reviewer and time, rewrites only claims that change, and keeps before/after", async () => {
    const { claims } = await seededWorkspace();
    const [first, second] = claims;
    await setStatus(db, [first!.id], "refuted", ann);
    await setStatus(db, [first!.id, second!.id], "refuted", bob);
    const [a, b] = await db.claims.bulkGet([first!.id, second!.id]);
    expect(a!.review).toMatchObject({ status: "refuted", reviewer: "Ann" });
    expect(b!.review).toMatchObject({ status: "refuted", reviewer: "Bob" });
    expect(Date.parse(b!.review.reviewedAt!)).not.toBeNaN();
    const last = (await db.history.orderBy("seq").last())!;
    expect(last.claimIds).toEqual([second!.id]);
    expect(last.changes).toHaveLength(1);
    expect((last.changes![0]!.before as { review: { status: string } }).review.status).toBe("unreviewed");
    expect((last.changes![0]!.after as { review: { status: string } }).review.status).toBe("refuted");
  });

  it("sets reporting apart from status", async () => {
    const { claims } = await seededWorkspace();
    await setReporting(db, [claims[0]!.id], "inaccurate", ann);
    const claim = await db.claims.get(claims[0]!.id);
    expect(claim!.review).toMatchObject({ status: "unreviewed", reporting: "inaccurate", reviewer: "Ann" });
  });

  it("writes nothing when a claim does not exist", async () => {
    const { claims } = await seededWorkspace();
    await expect(setStatus(db, [claims[0]!.id, "no-such-claim"], "supported", ann)).rejects.toThrow("no such claim: no-such-claim");
    expect((await db.claims.get(claims[0]!.id))!.review.status).toBe("unreviewed");
    expect(await db.history.count()).toBe(1);
  });
});

describe("editClaim", () => {
  it("edits text, kind, date, note and evidence without moving the span", async () => {
    const { claims } = await seededWorkspace();
    const claim = claims[0]!;
    await editClaim(db, claim.id, { text: "  The council approved a £4.2m budget.  ", kind: "event", date: "2025-03-13", note: "minutes checked", evidence: [{ url: "https://example.org/minutes", note: "minutes" }] }, ann);
    const edited = (await db.claims.get(claim.id))!;
    expect(edited).toMatchObject({ text: "The council approved a £4.2m budget.", kind: "event", date: "2025-03-13", span: claim.span });
    expect(edited.review).toMatchObject({ note: "minutes checked", reviewer: "Ann", evidence: [{ url: "https://example.org/minutes", note: "minutes" }] });
    await editClaim(db, claim.id, { date: null, note: "" }, ann);
    const cleared = (await db.claims.get(claim.id))!;
    expect(cleared.date).toBeUndefined();
    expect(cleared.review.note).toBeUndefined();
  });

  it("keeps the indexed speaker in step with the attribution", async () => {
    const { claims } = await seededWorkspace();
    await editClaim(db, claims[0]!.id, { attribution: { source: "the treasurer", entity: "Treasurer Jo Lane", mode: "reported", cue: "said" } }, ann);
    expect((await db.claims.get(claims[0]!.id))!.speaker).toBe("Treasurer Jo Lane");
    await editClaim(db, claims[0]!.id, { attribution: null }, ann);
    expect((await db.claims.get(claims[0]!.id))!.speaker).toBe("");
    expect(await db.claims.where("speaker").equals("").count()).toBeGreaterThan(0);
  });

  it("stores the speaker the attribution gives even when an operation passes a stale one", async () => {
    const { claims } = await seededWorkspace();
    await transact(db, ann, { action: "edit-claim", undoable: true, label: "test" }, async (writer) => {
      await writer.put("claims", { ...claims[0]!, speaker: "stale", attribution: { source: "the clerk", mode: "reported" } });
    });
    expect((await db.claims.get(claims[0]!.id))!.speaker).toBe("the clerk");
  });

  it("refuses empty text and an invalid date, writing nothing", async () => {
    const { claims } = await seededWorkspace();
    await expect(editClaim(db, claims[0]!.id, { text: "   " }, ann)).rejects.toThrow("cannot be empty");
    await expect(editClaim(db, claims[0]!.id, { date: "2025-02-30" }, ann)).rejects.toThrow("The date must be a real day");
    await expect(editClaim(db, claims[0]!.id, { date: "0999-12-31" }, ann)).rejects.toThrow("The date must be a real day");
    expect((await db.claims.get(claims[0]!.id))!.text).toBe(claims[0]!.text);
    expect(await db.history.count()).toBe(1);
  });
});

describe("claims made, split and merged by hand", () => {
  it("addClaim proposes figures and the sentence's speaker for a selection", async () => {
    const { part } = await seededWorkspace();
    const text = part.article.text;
    const start = text.indexOf("120 jobs");
    // A selection with a space on either side is trimmed to the words.
    const id = await addClaim(db, part.article.id, { start: start - 1, end: start + "120 jobs would be cut".length }, ann);
    const claim = (await db.claims.get(id))!;
    expect(claim.origin).toBe("manual");
    expect(claim.quote.exact).toBe("120 jobs would be cut");
    expect(claim.quantities.map((quantity) => quantity.value)).toEqual([120]);
    expect(claim.attribution?.source).toBe("officials");
    await expect(addClaim(db, part.article.id, { start: 5, end: text.length + 10 }, ann)).rejects.toThrow(/not inside the article/);
  });

  it("splitClaim makes two claims at a word, each with its own figures; merge puts them back together", async () => {
    const { part, claims } = await seededWorkspace();
    const text = part.article.text;
    const tax = claims.find((claim) => claim.quote.exact.includes("3 per cent"))!;
    const at = text.indexOf("rise", tax.span.start);
    await expect(splitClaim(db, tax.id, tax.span.end + 5, ann)).rejects.toThrow(/must fall inside/);
    const [firstId, secondId] = await splitClaim(db, tax.id, at, ann);
    expect(await db.claims.get(tax.id)).toBeUndefined();
    const [first, second] = (await db.claims.bulkGet([firstId, secondId]))!;
    expect(first!.span).toEqual({ start: tax.span.start, end: text.slice(0, at).trimEnd().length });
    expect(first!.quote.exact).toBe("Council tax will");
    expect(second!.quote.exact.startsWith("rise by 3 per cent")).toBe(true);
    expect(first!.quantities).toEqual([]);
    expect(second!.quantities.map((quantity) => quantity.raw)).toEqual(["3 per cent"]);
    expect(first!.attribution).toEqual(tax.attribution);

    const mergedId = await mergeClaims(db, [secondId, firstId], ann);
    const merged = (await db.claims.get(mergedId))!;
    expect(merged.span).toEqual({ start: tax.span.start, end: second!.span.end });
    expect(merged.quantities.map((quantity) => quantity.raw)).toEqual(["3 per cent"]);
    expect(await db.claims.bulkGet([firstId, secondId])).toEqual([undefined, undefined]);
  });

  it("does not merge claims of different articles", async () => {
    const { claims } = await seededWorkspace();
    const match = makeExtractedArticle({ raw: MATCH_STORY });
    await importArticles(db, [match], ann);
    await expect(mergeClaims(db, [claims[0]!.id, match.claims[0]!.id], ann)).rejects.toThrow("same article");
    expect(await db.claims.get(claims[0]!.id)).toBeDefined();
  });
});

describe("deleting and editing articles", () => {
  it("deleteClaims and deleteArticles remove rows, articles with every claim", async () => {
    const { part, claims } = await seededWorkspace();
    await deleteClaims(db, [claims[0]!.id], ann);
    expect(await db.claims.get(claims[0]!.id)).toBeUndefined();
    await deleteArticles(db, [part.article.id], ann);
    expect(await db.articles.count()).toBe(0);
    expect(await db.claims.count()).toBe(0);
  });

  it("editArticle changes metadata and removes a field given as empty", async () => {
    const { part } = await seededWorkspace();
    await editArticle(db, part.article.id, { outlet: "The Gazette", url: "https://gazette.example/budget", title: "" }, ann);
    const article = (await db.articles.get(part.article.id))!;
    expect(article).toMatchObject({ outlet: "The Gazette", url: "https://gazette.example/budget" });
    expect(article.title).toBeUndefined();
    expect(article.text).toBe(part.article.text);
  });

  it("editArticle takes dates from the year 1000 to 9999, as the extractor reckons them", async () => {
    const { part } = await seededWorkspace();
    for (const date of ["0999-12-31", "20250-01-01"]) {
      await expect(editArticle(db, part.article.id, { date }, ann)).rejects.toThrow("The date must be a real day from the year 1000 on");
    }
    await editArticle(db, part.article.id, { date: "1000-01-01" }, ann);
    expect((await db.articles.get(part.article.id))!.date).toBe("1000-01-01");
  });
});

describe("change feed and reads", () => {
  it("announces each commit's seq, and readChangesSince lists what changed", async () => {
    const { claims } = await seededWorkspace();
    const heard: number[] = [];
    const stop = subscribeToChanges((seq) => heard.push(seq));
    await setStatus(db, [claims[1]!.id], "supported", ann);
    await expect(setStatus(db, ["missing"], "supported", ann)).rejects.toThrow();
    stop();
    expect(heard).toEqual([2]);
    const changes = await readChangesSince(db, 1);
    expect(changes.map((entry) => entry.claimIds)).toEqual([[claims[1]!.id]]);
    expect((await claimHistory(db, claims[1]!.id)).map((entry) => entry.action)).toEqual(["import", "set-status"]);
  });

  it("loadClaimRows pages through every claim as table rows", async () => {
    const { part } = await seededWorkspace();
    const pages: number[] = [];
    const rows = await loadClaimRows(db, (page) => void pages.push(page.length));
    expect(rows).toHaveLength(part.claims.length);
    expect(pages.reduce((sum, size) => sum + size, 0)).toBe(part.claims.length);
    expect(rows.every((row) => row.articleTitle === part.article.title)).toBe(true);
  });

  it("getClaim, getArticle and listArticles read single rows and every article, oldest import first", async () => {
    const { part, claims } = await seededWorkspace();
    const match = makeExtractedArticle({ raw: MATCH_STORY });
    await new Promise((resolve) => setTimeout(resolve, 5));
    await importArticles(db, [match], ann);
    expect(await getClaim(db, claims[0]!.id)).toEqual(claims[0]);
    expect(await getClaim(db, "nope")).toBeUndefined();
    expect((await getArticle(db, part.article.id))?.text).toBe(part.article.text);
    expect(await getArticle(db, "nope")).toBeUndefined();
    expect((await listArticles(db)).map((article) => article.id)).toEqual([part.article.id, match.article.id]);
  });
});
