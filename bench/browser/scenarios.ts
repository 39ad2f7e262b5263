/**
 * Benchmarks in real Chromium against the production build, each beside a floor measured in
 * the same page: first load (bundle size, time to the first claim row cold and with the
 * service worker warm), import of 1,000 articles beside a raw IndexedDB write of the same
 * rows, and the claims table at 100,000 and more claims beside plain array work over the
 * same rows.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import type { Page } from "playwright-core";
import { generateArticle } from "../corpus/generate-articles.ts";
import { openProfile, putSetting, takeLongTasks } from "./harness.ts";

export interface FirstLoadResult {
  gzipKB: number;
  rawKB: number;
  largestChunk: string;
  largestChunkGzipKB: number;
  coldSeconds: number;
  warmSeconds: number;
}

export function bundleSize(root: string): Omit<FirstLoadResult, "coldSeconds" | "warmSeconds"> {
  const assets = path.join(root, "dist", "assets");
  let gzip = 0;
  let raw = 0;
  let largest = { name: "", gzip: 0 };
  for (const name of readdirSync(assets)) {
    if (!/\.(?:js|css)$/.test(name)) continue;
    const bytes = readFileSync(path.join(assets, name));
    const size = gzipSync(bytes).length;
    gzip += size;
    raw += statSync(path.join(assets, name)).size;
    if (size > largest.gzip) largest = { name, gzip: size };
  }
  return { gzipKB: gzip / 1024, rawKB: raw / 1024, largestChunk: largest.name, largestChunkGzipKB: largest.gzip / 1024 };
}

async function firstRowSeconds(page: Page): Promise<number> {
  await page.waitForSelector(".claims-row", { timeout: 120_000 });
  return page.evaluate(() => ((window as unknown as { __firstRowAt?: number }).__firstRowAt ?? performance.now()) / 1000);
}

export async function benchFirstLoad(url: string, root: string): Promise<FirstLoadResult> {
  const profile = await openProfile();
  try {
    await profile.page.goto(url);
    const coldSeconds = await firstRowSeconds(profile.page);
    await profile.page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    // Second load: the worker takes control; third load: served from its cache.
    await profile.page.reload();
    await firstRowSeconds(profile.page);
    await profile.page.reload();
    const warmSeconds = await firstRowSeconds(profile.page);
    return { ...bundleSize(root), coldSeconds, warmSeconds };
  } finally {
    await profile.close();
  }
}

export interface ImportResult {
  articles: number;
  claims: number;
  seconds: number;
  rawWriteSeconds: number;
  longestTaskMs: number;
  tasksOver100ms: number;
}

export async function benchImport(url: string, articles = 1000): Promise<ImportResult> {
  const profile = await openProfile();
  const { page } = profile;
  try {
    await page.goto(url);
    await page.waitForSelector(".claims-row");
    await putSetting(page, "reviewer", "Bench");
    await page.goto(`${url}?view=import`);
    await page.getByRole("heading", { name: "Import articles" }).waitFor();
    const files = Array.from({ length: articles }, (_, index) => {
      const article = generateArticle(index, 11);
      return { name: article.fileName, mimeType: "text/plain", buffer: Buffer.from(article.raw) };
    });
    await page.evaluate(() => {
      const w = window as unknown as { __importStart?: number; __importEnd?: number };
      const input = document.querySelector('.drop-zone input[type="file"]')!;
      input.addEventListener("change", () => (w.__importStart = performance.now()), { once: true, capture: true });
      const watch = new MutationObserver(() => {
        if (document.querySelector(".import-batch-summary") !== null) {
          w.__importEnd = performance.now();
          watch.disconnect();
        }
      });
      watch.observe(document.body, { childList: true, subtree: true });
    });
    await takeLongTasks(page);
    await page.locator('.drop-zone input[type="file"]').setInputFiles(files);
    await page.waitForSelector(".import-batch-summary", { timeout: 600_000 });
    const tasks = await takeLongTasks(page);
    const timing = await page.evaluate(() => {
      const w = window as unknown as { __importStart: number; __importEnd: number };
      return (w.__importEnd - w.__importStart) / 1000;
    });
    // The floor: the same rows written raw in one transaction into another database.
    const raw = await page.evaluate(
      () =>
        new Promise<{ seconds: number; claims: number }>((resolve, reject) => {
          const open = indexedDB.open("claimbench");
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const db = open.result;
            const read = db.transaction(["articles", "claims"], "readonly");
            const articles = read.objectStore("articles").getAll();
            const claims = read.objectStore("claims").getAll();
            read.oncomplete = () => {
              db.close();
              const target = indexedDB.open(`bench-raw-${Date.now()}`, 1);
              target.onupgradeneeded = () => {
                target.result.createObjectStore("articles", { keyPath: "id" });
                const store = target.result.createObjectStore("claims", { keyPath: "id" });
                store.createIndex("articleId", "articleId");
                store.createIndex("status", "review.status");
              };
              target.onsuccess = () => {
                const out = target.result;
                const start = performance.now();
                const write = out.transaction(["articles", "claims"], "readwrite");
                for (const row of articles.result as unknown[]) write.objectStore("articles").put(row);
                for (const row of claims.result as unknown[]) write.objectStore("claims").put(row);
                write.oncomplete = () => resolve({ seconds: (performance.now() - start) / 1000, claims: (claims.result as unknown[]).length });
                write.onerror = () => reject(write.error);
              };
            };
          };
        }),
    );
    return {
      articles,
      claims: raw.claims,
      seconds: timing,
      rawWriteSeconds: raw.seconds,
      longestTaskMs: Math.max(0, ...tasks),
      tasksOver100ms: tasks.filter((duration) => duration > 100).length,
    };
  } finally {
    await profile.close();
  }
}

export interface TableResult {
  claims: number;
  firstRowsSeconds: number;
  allRowsSeconds: number;
  rawReadSeconds: number;
  keystrokeMs: number;
  filterFloorMs: number;
  sortMs: number;
  sortFloorMs: number;
  statusEditMs: number;
  scrollLongTasks: number;
  scrollLongestMs: number;
}

/** Fills the app's database with `count` claims copied from the seeds (50 per article copy). */
async function fill(page: Page, count: number): Promise<void> {
  await page.evaluate(
    (total) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open("claimbench");
        open.onerror = () => reject(open.error);
        open.onsuccess = async () => {
          const db = open.result;
          const read = db.transaction(["articles", "claims"], "readonly");
          const articles = read.objectStore("articles").getAll();
          const claims = read.objectStore("claims").getAll();
          await new Promise((done) => (read.oncomplete = done));
          const seedArticles = articles.result as { id: string }[];
          const seedClaims = claims.result as { id: string; articleId: string; text: string }[];
          const perArticle = 50;
          for (let start = 0; start < total; start += 20_000) {
            const write = db.transaction(["articles", "claims"], "readwrite");
            for (let i = start; i < Math.min(total, start + 20_000); i++) {
              const seed = seedClaims[i % seedClaims.length]!;
              const copy = Math.floor(i / perArticle);
              const articleId = `${seed.articleId}-b${copy}`;
              if (i % perArticle === 0) {
                const article = seedArticles.find((item) => item.id === seed.articleId)!;
                write.objectStore("articles").put({ ...article, id: articleId, title: `Copy ${copy}` });
              }
              write.objectStore("claims").put({ ...seed, id: `${seed.id}-b${i}`, articleId, text: `${seed.text} (${i})` });
            }
            await new Promise((done, fail) => {
              write.oncomplete = done;
              write.onerror = () => fail(write.error);
            });
          }
          db.close();
          resolve();
        };
      }),
    count,
  );
}

/** ms from an input event to the first change of the element matching `selector`. */
async function timeToChange(page: Page, selector: string, act: () => Promise<void>, attributes = false): Promise<number> {
  await page.evaluate(
    ([target, watchAttributes]) => {
      const w = window as unknown as { __actAt?: number; __changedAt?: number };
      w.__actAt = undefined;
      w.__changedAt = undefined;
      const mark = () => (w.__actAt ??= performance.now());
      document.addEventListener("keydown", mark, { once: true, capture: true });
      document.addEventListener("pointerdown", mark, { once: true, capture: true });
      const element = document.querySelector(target)!;
      const watch = new MutationObserver(() => {
        if (w.__actAt !== undefined && w.__changedAt === undefined) {
          // Counted when the change is painted: the next frame after the DOM change.
          requestAnimationFrame(() => (w.__changedAt ??= performance.now()));
          watch.disconnect();
        }
      });
      watch.observe(element, { childList: true, subtree: true, characterData: true, attributes: watchAttributes });
    },
    [selector, attributes] as const,
  );
  await act();
  await page.waitForFunction(() => (window as unknown as { __changedAt?: number }).__changedAt !== undefined, undefined, { timeout: 60_000 });
  return page.evaluate(() => {
    const w = window as unknown as { __actAt: number; __changedAt: number };
    return w.__changedAt - w.__actAt;
  });
}

export async function benchTable(url: string, count: number): Promise<TableResult> {
  const profile = await openProfile();
  const { page } = profile;
  try {
    await page.goto(url);
    await page.waitForSelector(".claims-row");
    await putSetting(page, "reviewer", "Bench");
    await fill(page, count - 59);
    await page.goto(`${url}?view=claims`);
    const firstRowsSeconds = await firstRowSeconds(page);
    await page.waitForFunction(
      (total) => document.querySelector(".claims-status-line")?.textContent?.includes(`of ${total.toLocaleString("en")} claims`) === true,
      count,
      { timeout: 300_000 },
    );
    const allRowsSeconds = await page.evaluate(() => performance.now() / 1000);
    const rawReadSeconds = await page.evaluate(
      () =>
        new Promise<number>((resolve) => {
          const open = indexedDB.open("claimbench");
          open.onsuccess = () => {
            const start = performance.now();
            const request = open.result.transaction("claims").objectStore("claims").getAll();
            request.onsuccess = () => {
              open.result.close();
              resolve((performance.now() - start) / 1000);
            };
          };
        }),
    );
    // Floors in the same page: a plain filter and a plain sort over as many strings and numbers.
    const floors = await page.evaluate((total) => {
      const texts = Array.from({ length: total }, (_, i) => `claim number ${i} about people detained in minsk`);
      const scores = Array.from({ length: total }, (_, i) => (i * 7919) % 1000);
      let start = performance.now();
      texts.filter((text) => text.includes("7 "));
      const filterMs = performance.now() - start;
      start = performance.now();
      [...scores].sort((a, b) => a - b);
      return { filterMs, sortMs: performance.now() - start };
    }, count);

    const search = page.locator('[data-shortcut-target="search"]');
    await search.click();
    const keystrokeMs = await timeToChange(page, ".claims-status-line", () => page.keyboard.type("7"));
    await page.keyboard.press("Backspace");
    await page.waitForFunction((total) => document.querySelector(".claims-status-line")?.textContent?.includes(`Showing ${total.toLocaleString("en")}`) === true, count);

    const sortMs = await timeToChange(page, ".claims-scroll", () => page.getByRole("button", { name: "Check-worthiness" }).first().click());

    await page.locator(".claims-row").nth(2).click();
    await page.waitForFunction(() => new URL(location.href).searchParams.get("claim") !== null);
    const statusEditMs = await timeToChange(page, ".claims-row.selected", () => page.keyboard.press("3"), true);

    await takeLongTasks(page);
    await page.evaluate(
      () =>
        new Promise<void>((resolve) => {
          const scroller = document.querySelector(".claims-scroll")!;
          const until = performance.now() + 2000;
          const step = () => {
            scroller.scrollTop += 400;
            if (performance.now() < until) requestAnimationFrame(step);
            else resolve();
          };
          requestAnimationFrame(step);
        }),
    );
    const scrollTasks = await takeLongTasks(page);
    return {
      claims: count,
      firstRowsSeconds,
      allRowsSeconds,
      rawReadSeconds,
      keystrokeMs,
      filterFloorMs: floors.filterMs,
      sortMs,
      sortFloorMs: floors.sortMs,
      statusEditMs,
      scrollLongTasks: scrollTasks.length,
      scrollLongestMs: Math.max(0, ...scrollTasks),
    };
  } finally {
    await profile.close();
  }
}
