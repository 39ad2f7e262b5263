/**
 * The browser side of `npm run bench`: builds the app (into a directory of its own, so the
 * dist/ other work uses is left alone), serves it with vite preview the way the end-to-end
 * tests do (tests/e2e/global-setup.ts), and opens Debian's Chromium with a fresh profile and
 * the end-to-end tests' launch arguments (tests/e2e/browser.ts). Every page records its long
 * tasks and counts its IndexedDB reads from the start, so a scenario can ask what happened
 * during one step.
 */
import { mkdtemp, rm } from "node:fs/promises";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import { chromium, type BrowserContext, type Page } from "playwright-core";
import { build, preview, type PreviewServer } from "vite";
import { CHROMIUM_PATH } from "../../tests/e2e/browser.ts";

/** The end-to-end tests' arguments (tests/e2e/browser.ts). */
const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

export const ROOT = path.resolve(import.meta.dirname, "../..");

/** `vite build` with the project's config into `outDir`; returns `outDir`. */
export async function buildApp(outDir: string): Promise<string> {
  await build({ root: ROOT, logLevel: "warn", build: { outDir, emptyOutDir: true } });
  return outDir;
}

export interface Server {
  url: string;
  dist: string;
  close(): Promise<void>;
}

/** Serves a build with vite preview on a free port of 127.0.0.1 (configFile: false, as the e2e setup). */
export async function serve(dist: string): Promise<Server> {
  const server: PreviewServer = await preview({
    root: ROOT,
    configFile: false,
    logLevel: "warn",
    build: { outDir: dist },
    preview: { host: "127.0.0.1", port: 0, strictPort: true, open: false },
  });
  const address = server.httpServer.address() as AddressInfo;
  return { url: `http://127.0.0.1:${address.port}/`, dist, close: () => server.close() };
}

/** A path of the served build that is a plain document (no app): a blank page of the app's origin. */
export const BLANK_PATH = "favicon.svg";

/**
 * Runs in every document before its own scripts. tsx (esbuild) wraps named functions with a
 * helper, __name, that functions handed to page.evaluate then call in the page: define it.
 * Records long tasks (PerformanceObserver "longtask": every task over 50 ms), when the first
 * claim row is painted, and counts IndexedDB reads (requests and records returned).
 */
const PAGE_PROBES = `
globalThis.__name = (fn) => fn;
(() => {
  const probes = { longTasks: [], idb: { requests: 0, records: 0 } };
  globalThis.__bench = probes;
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) probes.longTasks.push({ start: entry.startTime, duration: entry.duration });
    }).observe({ type: "longtask", buffered: true });
  } catch {}
  // The first claim row: when it is in the DOM, and when the frame that paints it is done.
  if (typeof MutationObserver !== "undefined" && typeof document !== "undefined") {
    const watch = new MutationObserver(() => {
      if (probes.firstRow !== undefined || document.querySelector(".claims-row") === null) return;
      probes.firstRow = performance.now();
      watch.disconnect();
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => (probes.firstRowPainted = performance.now());
        channel.port2.postMessage(null);
      });
    });
    watch.observe(document, { childList: true, subtree: true });
  }
  if (typeof IDBObjectStore === "undefined") return;
  const count = (proto, name) => {
    const original = proto[name];
    proto[name] = function (...args) {
      const request = original.apply(this, args);
      probes.idb.requests++;
      request.addEventListener("success", () => {
        const result = request.result;
        if (Array.isArray(result)) probes.idb.records += result.length;
        else if (result !== undefined && name !== "count") probes.idb.records++;
      });
      return request;
    };
  };
  for (const proto of [IDBObjectStore.prototype, IDBIndex.prototype]) {
    for (const name of ["get", "getAll", "getAllKeys", "openCursor", "count"]) count(proto, name);
  }
  const advance = IDBCursor.prototype.continue;
  IDBCursor.prototype.continue = function (...args) {
    probes.idb.records++;
    return advance.apply(this, args);
  };
})();
`;

export interface Profile {
  context: BrowserContext;
  page: Page;
  close(): Promise<void>;
}

/** A fresh Chromium profile (persistent, so a service worker and IndexedDB survive a reload). */
export async function openProfile(viewport = { width: 1280, height: 900 }): Promise<Profile> {
  const dir = await mkdtemp(path.join(os.tmpdir(), "claimbench-benchmark-"));
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport,
    deviceScaleFactor: 1,
    serviceWorkers: "allow",
  });
  await context.addInitScript(PAGE_PROBES);
  const page = context.pages()[0] ?? (await context.newPage());
  page.setDefaultTimeout(120_000);
  return {
    context,
    page,
    async close() {
      await context.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

export interface LongTasks {
  count: number;
  over100: number;
  longestMs: number;
  totalMs: number;
  /** The longest task's start (page time): where to look in a profile. */
  longestStart?: number;
}

/** Long tasks recorded since the last call (and forgets them); `since`: only those that started then or later (page time). */
export async function takeLongTasks(page: Page, since = -Infinity): Promise<LongTasks> {
  const all = await page.evaluate(() => {
    const probes = (globalThis as unknown as { __bench: { longTasks: { start: number; duration: number }[] } }).__bench;
    const taken = probes.longTasks;
    probes.longTasks = [];
    return taken;
  });
  const tasks = all.filter((task) => task.start >= since);
  const durations = tasks.map((task) => task.duration);
  const longest = tasks.reduce<{ start: number; duration: number } | undefined>((a, b) => (a === undefined || b.duration > a.duration ? b : a), undefined);
  const result: LongTasks = {
    count: tasks.length,
    over100: durations.filter((duration) => duration > 100).length,
    longestMs: Math.round(Math.max(0, ...durations)),
    totalMs: Math.round(durations.reduce((sum, duration) => sum + duration, 0)),
  };
  if (longest !== undefined) result.longestStart = longest.start;
  return result;
}

export interface IdbReads {
  requests: number;
  records: number;
}

/** ms from navigation start to the frame that painted the first claim row (waits for it). */
export async function firstRowPainted(page: Page): Promise<number> {
  await page.waitForFunction(() => (globalThis as unknown as { __bench: { firstRowPainted?: number } }).__bench.firstRowPainted !== undefined, undefined, {
    timeout: 300_000,
  });
  return page.evaluate(() => (globalThis as unknown as { __bench: { firstRowPainted: number } }).__bench.firstRowPainted);
}

/** IndexedDB read requests and records returned since the last call (and resets the count). */
export async function takeIdbReads(page: Page): Promise<IdbReads> {
  return page.evaluate(() => {
    const probes = (globalThis as unknown as { __bench: { idb: { requests: number; records: number } } }).__bench;
    const taken = { ...probes.idb };
    probes.idb = { requests: 0, records: 0 };
    return taken;
  });
}

/** What to read before and after a step: it changed when the reading differs. */
export interface Watch {
  /** Element whose subtree is observed. */
  root: string;
  /** Elements read. */
  selector: string;
  /** What of them: their text, their class, or their data-claim-id (the first 20, in order). */
  read: "text" | "class" | "claimIds";
}

/**
 * ms from an input event (its own timeStamp: when the browser received it, so time the main
 * thread kept it waiting counts) to the frame that paints the change: the reading of `watch`
 * is taken on every DOM mutation under its root; once it differs from before, the time is
 * taken in a task queued from the next requestAnimationFrame callback, i.e. after that
 * frame's style, layout and paint.
 */
export async function inputToPaint(page: Page, event: "keydown" | "click", watch: Watch, act: () => Promise<void>): Promise<number> {
  await page.evaluate(
    ({ event, watch }) => {
      const read = (): string =>
        [...document.querySelectorAll(watch.selector)]
          .slice(0, 20)
          .map((element) =>
            watch.read === "text" ? element.textContent : watch.read === "class" ? element.className : (element as HTMLElement).dataset.claimId,
          )
          .join("|");
      const before = read();
      const step: { input?: number; painted?: number } = {};
      (globalThis as unknown as { __step: typeof step }).__step = step;
      document.addEventListener(event, (e) => (step.input ??= e.timeStamp), { capture: true, once: true });
      const root = document.querySelector(watch.root);
      if (root === null) throw new Error(`no ${watch.root}`);
      const observer = new MutationObserver(() => {
        if (step.input === undefined || read() === before) return;
        observer.disconnect();
        requestAnimationFrame(() => {
          const channel = new MessageChannel();
          channel.port1.onmessage = () => (step.painted = performance.now());
          channel.port2.postMessage(null);
        });
      });
      observer.observe(root, { childList: true, subtree: true, characterData: true, attributes: true });
    },
    { event, watch },
  );
  await act();
  await page.waitForFunction(() => (globalThis as unknown as { __step: { painted?: number } }).__step.painted !== undefined, undefined, {
    timeout: 120_000,
  });
  return page.evaluate(() => {
    const step = (globalThis as unknown as { __step: { input: number; painted: number } }).__step;
    return step.painted - step.input;
  });
}
