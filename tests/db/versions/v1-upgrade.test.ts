/**
 * Schema version 1, built by hand with the raw IndexedDB API — as a browser that last ran the
 * first release would hold it — then opened with today's code: every row must read back the
 * same and every query must work. Each later version gets a test like this one for the
 * version before it (STYLE.md, "IndexedDB").
 */
import { IDBKeyRange } from "fake-indexeddb";
import { afterEach, expect, it } from "vitest";
import { openClaimbenchDb, type ClaimbenchDb } from "../../../src/db/database.ts";
import { claimHistory } from "../../../src/db/queries/claim-history.ts";
import { claimsOfArticle } from "../../../src/db/queries/get-claim.ts";
import { latestSeq } from "../../../src/db/queries/latest-seq.ts";
import { loadClaimRows } from "../../../src/db/queries/load-claim-rows.ts";
import { setStatus } from "../../../src/db/writes/set-status.ts";
import { undo } from "../../../src/db/writes/undo.ts";
import { freshWorkspace } from "../factories.ts";

/** Dexie stores schema version n as IndexedDB version n × 10. */
const V1_IDB_VERSION = 10;

const ARTICLE = {
  id: "a-0011223344556677",
  title: "Budget passed",
  date: "2025-03-14",
  text: "The council approved a budget of £4.2 million on Thursday, the mayor said.",
  sentences: [{ start: 0, end: 75 }],
  boilerplate: [],
  addedAt: "2025-03-14T10:00:00.000Z",
  updatedAt: "2025-03-14T10:00:00.000Z",
};

const CLAIM = {
  id: "a-0011223344556677-c0-59",
  articleId: ARTICLE.id,
  text: "The council approved a budget of £4.2 million on Thursday",
  span: { start: 0, end: 59 },
  quote: { exact: "The council approved a budget of £4.2 million on Thursday", prefix: "", suffix: ", the mayor said." },
  kind: "quantity",
  checkworthiness: 0.9,
  quantities: [{ raw: "£4.2 million", span: { start: 33, end: 45 }, value: 4_200_000, qualifier: "exact", unit: "GBP" }],
  attribution: { source: "the mayor", sourceSpan: { start: 61, end: 70 }, cue: "said", mode: "reported" },
  date: "2025-03-13",
  occurrences: [{ start: 0, end: 59 }],
  review: { status: "supported", reporting: "accurate", evidence: [{ url: "https://example.org/minutes", note: "minutes" }], reviewer: "Ann", reviewedAt: "2025-03-15T09:00:00.000Z" },
  speaker: "the mayor",
  origin: "extracted",
  createdAt: "2025-03-14T10:00:00.000Z",
  updatedAt: "2025-03-15T09:00:00.000Z",
};

const GROUP = { id: "g-1", about: "council budget", claimIds: [CLAIM.id], verdict: "unreviewed", confirmed: false, updatedAt: "2025-03-15T09:00:00.000Z" };

const HISTORY = [
  { at: "2025-03-14T10:00:00.000Z", reviewer: "", action: "import", label: "Imported 1 article", articleIds: [ARTICLE.id], claimIds: [CLAIM.id], undoable: false },
  {
    at: "2025-03-15T09:00:00.000Z",
    reviewer: "Ann",
    action: "set-status",
    label: "Status of 1 claim → supported",
    articleIds: [],
    claimIds: [CLAIM.id],
    undoable: true,
    changes: [{ table: "claims", key: CLAIM.id, before: { ...CLAIM, review: { status: "unreviewed", reporting: "accurate", evidence: CLAIM.review.evidence } }, after: CLAIM }],
  },
];

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

/** Creates the version-1 stores and indexes exactly as versions/v1.ts declares them, and fills them. */
async function buildVersion1(factory: IDBFactory, name: string): Promise<void> {
  const open = factory.open(name, V1_IDB_VERSION);
  open.onupgradeneeded = () => {
    const raw = open.result;
    const articles = raw.createObjectStore("articles", { keyPath: "id" });
    for (const index of ["date", "addedAt", "outlet"]) articles.createIndex(index, index);
    const claims = raw.createObjectStore("claims", { keyPath: "id" });
    for (const index of ["articleId", "review.status", "kind", "speaker", "date", "updatedAt"]) claims.createIndex(index, index);
    claims.createIndex("[articleId+review.status]", ["articleId", "review.status"]);
    claims.createIndex("[speaker+review.status]", ["speaker", "review.status"]);
    const groups = raw.createObjectStore("groups", { keyPath: "id" });
    groups.createIndex("claimIds", "claimIds", { multiEntry: true });
    groups.createIndex("verdict", "verdict");
    const history = raw.createObjectStore("history", { keyPath: "seq", autoIncrement: true });
    history.createIndex("at", "at");
    history.createIndex("action", "action");
    history.createIndex("claimIds", "claimIds", { multiEntry: true });
    history.createIndex("articleIds", "articleIds", { multiEntry: true });
    raw.createObjectStore("settings", { keyPath: "key" });
  };
  const raw = await request(open);
  const tx = raw.transaction(["articles", "claims", "groups", "history", "settings"], "readwrite");
  tx.objectStore("articles").put(ARTICLE);
  tx.objectStore("claims").put(CLAIM);
  tx.objectStore("groups").put(GROUP);
  for (const entry of HISTORY) tx.objectStore("history").add(entry);
  tx.objectStore("settings").put({ key: "reviewer", value: "Ann" });
  tx.objectStore("settings").put({ key: "seeded", value: true });
  await new Promise<void>((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
  });
  raw.close();
}

let db: ClaimbenchDb | undefined;
afterEach(() => db?.close());

it("opens a version-1 database built by hand and finds every row unchanged", async () => {
  const { factory, name, db: unused } = freshWorkspace();
  unused.close();
  await buildVersion1(factory, name);
  db = openClaimbenchDb(name, { indexedDB: factory, IDBKeyRange });
  await db.open();
  // Dexie found the schema it declares for version 1: it did not have to adjust the database.
  expect(db.backendDB().version).toBe(V1_IDB_VERSION);
  const claimIndexes = [...db.backendDB().transaction("claims").objectStore("claims").indexNames].sort();
  expect(claimIndexes).toEqual(["[articleId+review.status]", "[speaker+review.status]", "articleId", "date", "kind", "review.status", "speaker", "updatedAt"]);

  expect(await db.articles.toArray()).toEqual([ARTICLE]);
  expect(await db.claims.toArray()).toEqual([CLAIM]);
  expect(await db.groups.toArray()).toEqual([GROUP]);
  expect(await db.settings.toArray()).toEqual([
    { key: "reviewer", value: "Ann" },
    { key: "seeded", value: true },
  ]);
  expect((await db.history.orderBy("seq").toArray()).map(({ seq: _seq, ...entry }) => entry)).toEqual(HISTORY);

  // Every query the app runs works on it.
  expect((await claimsOfArticle(db, ARTICLE.id)).map((claim) => claim.id)).toEqual([CLAIM.id]);
  expect((await claimHistory(db, CLAIM.id)).map((entry) => entry.action)).toEqual(["import", "set-status"]);
  expect(await latestSeq(db)).toBe(2);
  expect(await db.claims.where("[articleId+review.status]").equals([ARTICLE.id, "supported"]).count()).toBe(1);
  expect(await db.groups.where("claimIds").equals(CLAIM.id).count()).toBe(1);
  const rows = await loadClaimRows(db);
  expect(rows[0]).toMatchObject({ id: CLAIM.id, articleTitle: "Budget passed", quantities: "£4.2 million", status: "supported" });

  // And the history written by the old version still drives undo and new writes.
  await undo(db, { reviewer: "Ann" });
  expect((await db.claims.get(CLAIM.id))!.review.status).toBe("unreviewed");
  await setStatus(db, [CLAIM.id], "refuted", { reviewer: "Bob" });
  expect((await db.claims.get(CLAIM.id))!.review).toMatchObject({ status: "refuted", reviewer: "Bob" });
});
