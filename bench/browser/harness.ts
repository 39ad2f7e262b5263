/**
 * The browser side of the benchmarks: serves the production build (dist/) with vite preview
 * and opens Debian's Chromium with a fresh profile, the way the end-to-end tests do.
 */
import { mkdtemp, rm } from "node:fs/promises";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import { chromium, type BrowserContext, type Page } from "playwright-core";
import { preview, type PreviewServer } from "vite";
import { CHROMIUM_PATH } from "../../tests/e2e/browser.ts";

const ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"];

export async function serveDist(root: string): Promise<{ url: string; close: () => Promise<void> }> {
  const server: PreviewServer = await preview({
    root,
    configFile: false,
    logLevel: "warn",
    build: { outDir: path.join(root, "dist") },
    preview: { host: "127.0.0.1", port: 0, strictPort: true, open: false },
  });
  const address = server.httpServer.address() as AddressInfo;
  return { url: `http://127.0.0.1:${address.port}/`, close: () => server.close() };
}

export interface Profile {
  context: BrowserContext;
  page: Page;
  close(): Promise<void>;
}

export async function openProfile(): Promise<Profile> {
  const dir = await mkdtemp(path.join(os.tmpdir(), "claimbench-bench-"));
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: ARGS,
    viewport: { width: 1440, height: 900 },
    serviceWorkers: "allow",
  });
  // Long tasks and the first claim row, recorded from the start of every page.
  // tsx keeps function names with a helper, __name, that functions passed to page.evaluate
  // then call in the page: give the page one.
  await context.addInitScript("globalThis.__name = (fn) => fn;");
  await context.addInitScript(() => {
    const w = window as unknown as { __longTasks: number[]; __firstRowAt?: number };
    w.__longTasks = [];
    try {
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) w.__longTasks.push(entry.duration);
      }).observe({ type: "longtask", buffered: true });
    } catch {
      // Not supported: no long tasks recorded.
    }
    const watch = new MutationObserver(() => {
      if (w.__firstRowAt === undefined && document.querySelector(".claims-row") !== null) {
        w.__firstRowAt = performance.now();
        watch.disconnect();
      }
    });
    document.addEventListener("DOMContentLoaded", () => watch.observe(document.body, { childList: true, subtree: true }));
  });
  const page = context.pages()[0] ?? (await context.newPage());
  return {
    context,
    page,
    async close() {
      await context.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

/** Long tasks recorded since the last call, in ms. */
export async function takeLongTasks(page: Page): Promise<number[]> {
  return page.evaluate(() => {
    const w = window as unknown as { __longTasks: number[] };
    const tasks = w.__longTasks;
    w.__longTasks = [];
    return tasks;
  });
}

/** Puts a setting straight into the app's database (the reviewer's name, so no dialog asks). */
export async function putSetting(page: Page, key: string, value: unknown): Promise<void> {
  await page.evaluate(
    ([k, v]) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open("claimbench");
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction("settings", "readwrite");
          tx.objectStore("settings").put({ key: k, value: v });
          tx.oncomplete = () => {
            db.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
        open.onerror = () => reject(open.error);
      }),
    [key, value] as const,
  );
}
