/**
 * Workspaces for the browser benchmarks, written straight into IndexedDB: rows in the stored
 * shape of src/db/records.ts (made by the real extractor and the write module's own
 * toStoredArticle / toStoredClaim from generated articles), in a database built from the
 * published schema (src/db/versions/v1.ts) the way Dexie builds it. The same page code makes
 * the raw-write floors, into a database of another name.
 */
import type { Page } from "playwright-core";
import { extractArticle, type ExtractedArticle } from "../../src/core/extract/extract-claim-set.ts";
import type { StoredArticle, StoredClaim } from "../../src/db/records.ts";
import { toStoredArticle, toStoredClaim } from "../../src/db/writes/stored-rows.ts";
import { V1_STORES } from "../../src/db/versions/v1.ts";
import { generateArticle } from "../corpus/generate-articles.ts";
import { BLANK_PATH } from "./session.ts";

/** Dexie keeps schema version n as IndexedDB version n × 10. */
export const V1_IDB_VERSION = 10;

export interface RowTemplate {
  articles: StoredArticle[];
  claims: StoredClaim[];
}

/** Generated articles (seed `seed`) extracted and turned into stored rows. */
export function extractedParts(count: number, seed: number): ExtractedArticle[] {
  return Array.from({ length: count }, (_, index) => extractArticle(generateArticle(index, seed)));
}

export function storedRows(parts: readonly ExtractedArticle[], now = "2026-01-01T00:00:00.000Z"): RowTemplate {
  return {
    articles: parts.map((part) => toStoredArticle(part.article, now)),
    claims: parts.flatMap((part) => part.claims.map((claim) => toStoredClaim(claim, "extracted", now))),
  };
}

export interface FillResult {
  articles: number;
  claims: number;
  seconds: number;
}

/**
 * Creates database `name` with the v1 stores and indexes, then writes `claims` claims: the
 * template's articles copied as often as needed (each copy its own ids and title), in
 * transactions of about `batch` claims (one transaction when batch >= claims), plus the
 * settings given. Runs on `page`, which must be on the app's origin.
 */
export async function writeRows(
  page: Page,
  options: {
    name: string;
    /** The rows to copy; "workspace": every row of the app's database, read in the page first (not timed). */
    template: RowTemplate | "workspace";
    claims: number;
    settings?: Record<string, unknown>;
    batch?: number;
  },
): Promise<FillResult> {
  const { name, template, claims, settings = {}, batch = 20_000 } = options;
  return page.evaluate(
    async ({ name, version, stores, template: given, total, settings, batch }) => {
      const done = (request: IDBRequest | IDBTransaction) =>
        new Promise<void>((resolve, reject) => {
          if (request instanceof IDBTransaction) {
            request.oncomplete = () => resolve();
            request.onerror = () => reject(request.error);
            request.onabort = () => reject(request.error ?? new Error("aborted"));
          } else {
            request.onsuccess = () => resolve();
            request.onerror = () => reject(request.error);
          }
        });
      const open = indexedDB.open(name, version);
      open.onupgradeneeded = () => {
        const db = open.result;
        // Dexie's schema syntax: the first entry is the key ("++" auto-increment), "*" a
        // multi-entry index, "[a+b]" a compound index named as written.
        for (const [table, schema] of Object.entries(stores)) {
          const [key, ...indexes] = schema.split(",").map((part) => part.trim());
          const auto = key!.startsWith("++");
          const store = db.createObjectStore(table, { keyPath: key!.replace(/^\+\+/, ""), autoIncrement: auto });
          for (const index of indexes) {
            if (index.startsWith("[")) store.createIndex(index, index.slice(1, -1).split("+"));
            else if (index.startsWith("*")) store.createIndex(index.slice(1), index.slice(1), { multiEntry: true });
            else store.createIndex(index, index);
          }
        }
      };
      const template =
        given !== "workspace"
          ? given
          : await new Promise<{ articles: { id: string; title?: string; fileName?: string }[]; claims: { id: string; articleId: string }[] }>(
              (resolve, reject) => {
                const app = indexedDB.open("claimbench");
                app.onerror = () => reject(app.error);
                app.onsuccess = () => {
                  const read = app.result.transaction(["articles", "claims"], "readonly");
                  const articles = read.objectStore("articles").getAll();
                  const claims = read.objectStore("claims").getAll();
                  read.oncomplete = () => {
                    app.result.close();
                    resolve({ articles: articles.result, claims: claims.result });
                  };
                  read.onerror = () => reject(read.error);
                };
              },
            );
      await done(open);
      const db = open.result;
      const start = performance.now();
      let written = 0;
      let articles = 0;
      let copy = 0;
      let tx = db.transaction(["articles", "claims", "settings"], "readwrite");
      for (const [key, value] of Object.entries(settings)) tx.objectStore("settings").put({ key, value });
      let inTx = 0;
      const byArticle = new Map<string, typeof template.claims>();
      for (const claim of template.claims) {
        const list = byArticle.get(claim.articleId) ?? [];
        list.push(claim);
        byArticle.set(claim.articleId, list);
      }
      outer: for (;;) {
        for (const article of template.articles) {
          if (written >= total) break outer;
          const id = copy === 0 ? article.id : `${article.id}-${copy}`;
          tx.objectStore("articles").put(copy === 0 ? article : { ...article, id, title: `${article.title ?? article.fileName} (${copy})` });
          articles++;
          for (const claim of byArticle.get(article.id) ?? []) {
            if (written >= total) break;
            tx.objectStore("claims").put(copy === 0 ? claim : { ...claim, id: id + claim.id.slice(article.id.length), articleId: id });
            written++;
            inTx++;
          }
          if (inTx >= batch) {
            await done(tx);
            tx = db.transaction(["articles", "claims", "settings"], "readwrite");
            inTx = 0;
          }
        }
        copy++;
        if (template.claims.length === 0) break;
      }
      await done(tx);
      const seconds = (performance.now() - start) / 1000;
      db.close();
      return { articles, claims: written, seconds };
    },
    { name, version: V1_IDB_VERSION, stores: V1_STORES as Record<string, string>, template, total: claims, settings, batch },
  );
}

/**
 * A workspace of `claims` claims in the app's own database, written from a blank page of the
 * app's origin before the app ever opens, with the reviewer's name (so the first edit asks
 * nothing) and "seeded" (so the seeds are not loaded: load-seed-articles.ts).
 */
export async function fillWorkspace(page: Page, url: string, template: RowTemplate, claims: number): Promise<FillResult> {
  await page.goto(url + BLANK_PATH);
  return writeRows(page, { name: "claimbench", template, claims, settings: { reviewer: "Bench", seeded: true } });
}

/** How many articles and claims the app's database holds. */
export async function countWorkspaceRows(page: Page): Promise<{ articles: number; claims: number }> {
  return page.evaluate(
    () =>
      new Promise<{ articles: number; claims: number }>((resolve, reject) => {
        const open = indexedDB.open("claimbench");
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction(["articles", "claims"], "readonly");
          const articles = tx.objectStore("articles").count();
          const claims = tx.objectStore("claims").count();
          tx.oncomplete = () => {
            open.result.close();
            resolve({ articles: articles.result, claims: claims.result });
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
  );
}
