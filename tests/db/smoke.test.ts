import { IDBFactory, IDBKeyRange } from "fake-indexeddb";
import { expect, it } from "vitest";
import { extractArticle } from "../../src/core/extract/extract-claim-set.ts";
import { openClaimbenchDb } from "../../src/db/database.ts";
import { importArticles } from "../../src/db/writes/import-articles.ts";
import { setStatus } from "../../src/db/writes/set-status.ts";
import { undo, redo } from "../../src/db/writes/undo.ts";

it("imports, sets status, undoes and redoes", async () => {
  const db = openClaimbenchDb("t", { indexedDB: new IDBFactory(), IDBKeyRange });
  const part = extractArticle({ raw: "date 2024-01-02 Police detained 128 people on Saturday, the ministry said. Shares fell 3% on Monday." });
  const outcome = await importArticles(db, [part], { reviewer: "" });
  expect(outcome.added).toHaveLength(1);
  const ids = (await db.claims.toArray()).map((c) => c.id);
  await setStatus(db, ids, "refuted", { reviewer: "ann" });
  expect((await db.claims.toArray()).every((c) => c.review.status === "refuted")).toBe(true);
  await undo(db, { reviewer: "ann" });
  expect((await db.claims.toArray()).every((c) => c.review.status === "unreviewed")).toBe(true);
  await redo(db, { reviewer: "ann" });
  expect((await db.claims.toArray()).every((c) => c.review.status === "refuted")).toBe(true);
  expect((await importArticles(db, [part], { reviewer: "" })).duplicates).toHaveLength(1);
});
