/**
 * Scenario 3, the claims table at scale: a workspace of N claims written straight into the
 * app's database before the app opens (workspace-rows.ts), then, each beside a floor measured
 * in the same page over the same rows:
 *   open       navigation → first claim row painted, and → every claim loaded;
 *              floor: a raw getAll of every claim (and of the first 5,000, the app's first page)
 *   keystroke  one character typed in the search box → the changed row set painted (the first
 *              keystroke, which also builds each row's search text, and a later one);
 *              floor: Array.filter over the same rows' text with String.includes
 *   sort       a click on the Check-worthiness header → the re-ordered rows painted;
 *              floor: Array.sort of the same rows by check-worthiness
 *   edit       a status key on the selected claim → its row repainted with the new status,
 *              with the IndexedDB reads it caused (an edit must not re-read every claim);
 *              once more right after the first rows, while the other claims still load
 *   scroll     the table scrolled for about 2 s: long tasks and the longest frame
 * With `profile`, each step is repeated under the CPU profiler right after it was timed
 * (cpu-profile.ts), for evidence of where the time goes; the reported timings are unprofiled.
 */
import type { Page } from "playwright-core";
import { Profiler, type ProfileSummary } from "./cpu-profile.ts";
import { firstRowPainted, inputToPaint, openProfile, takeIdbReads, takeLongTasks, type IdbReads, type LongTasks, type Server, type Watch } from "./session.ts";
import { extractedParts, fillWorkspace, storedRows, type RowTemplate } from "./workspace-rows.ts";

export interface TableBench {
  claims: number;
  articles: number;
  /** Writing the workspace before the app opened (raw, in transactions of 20,000 claims). */
  fillSeconds: number;
  firstRowsMs: number;
  allRowsMs: number;
  rawReadAllMs: number;
  rawReadFirstPageMs: number;
  heapMB: number;
  openLongTasks: LongTasks;
  /** laterMs: the median of three keystrokes after the first. */
  keystroke: { character: string; shown: number; firstMs: number; laterMs: number; laterSamples: number[]; floorMs: number };
  /** ms: the median of two clicks (the higher). */
  sort: { ms: number; samples: number[]; floorMs: number };
  /** ms: the median of three edits; IndexedDB reads and long tasks over all of them. */
  edit: { ms: number; samples: number[]; edits: number; idbReads: IdbReads; longTasks: LongTasks };
  /**
   * A status edit made right after the first rows: stillLoading when the rest were still
   * loading once its row repainted, shown when the row then had the new status.
   */
  editWhileLoading: { ms: number; stillLoading: boolean; shown: boolean };
  scroll: { seconds: number; pixels: number; frames: number; longestFrameMs: number; longTasks: LongTasks };
  profiles?: Record<string, ProfileSummary>;
}

/** Rows to copy: 250 generated articles, about 5,000 claims. */
export function tableTemplate(): RowTemplate {
  return storedRows(extractedParts(250, 7));
}

const STATUS_COUNT: Watch = { root: ".claims-status-line", selector: ".claims-status-line strong", read: "text" };
const ROW_ORDER: Watch = { root: ".claims-scroll", selector: ".claims-row", read: "claimIds" };
const SELECTED_ROW: Watch = { root: ".claims-scroll", selector: ".claims-row.selected", read: "class" };

export async function benchTable(
  server: Server,
  claims: number,
  options: { template?: RowTemplate; character?: string; profile?: boolean } = {},
): Promise<TableBench> {
  const { template = tableTemplate(), character = "7" } = options;
  const profile = await openProfile();
  const { page } = profile;
  try {
    const fill = await fillWorkspace(page, server.url, template, claims);
    await page.goto(`${server.url}?view=claims`);
    const firstRowsMs = await firstRowPainted(page);
    const total = claims.toLocaleString("en");
    // A status key while the other claims are still loading: the row repaints at once, not
    // once every claim is in (this slows the load measured next by one edit's write).
    const loadingRow = page.locator(".claims-row").nth(3);
    const loadingId = (await loadingRow.getAttribute("data-claim-id")) ?? "";
    await loadingRow.click();
    await page.waitForFunction((id) => new URL(location.href).searchParams.get("claim") === id, loadingId);
    const loadingWatch: Watch = { root: ".claims-scroll", selector: `.claims-row[data-claim-id="${loadingId}"]`, read: "class" };
    const duringLoadMs = await inputToPaint(page, "keydown", loadingWatch, () => page.keyboard.press("2"));
    const stillLoading = !((await page.locator(".claims-status-line").textContent()) ?? "").includes(`of ${total} claims`);
    const loadingShown = ((await page.locator(loadingWatch.selector).getAttribute("class")) ?? "").includes("status-partly-supported");
    const allHandle = await page.waitForFunction(
      (total) => {
        const line = document.querySelector(".claims-status-line")?.textContent ?? "";
        return line.includes(`of ${total} claims`) ? performance.now() : false;
      },
      total,
      { polling: "raf", timeout: 600_000 },
    );
    const allRows = (await allHandle.jsonValue()) as number;
    await settle(page);
    const openLongTasks = await takeLongTasks(page);
    const heapMB = await heapUsedMB(page);
    const floors = await rawFloors(page);

    // With --profile, a step is repeated under the profiler right after it was timed, in the
    // same state; the timings reported are the unprofiled ones.
    const profiler = options.profile === true ? await Profiler.attach(page) : null;
    const profiles: Record<string, ProfileSummary> = {};
    const profiled = async (name: string, step: () => Promise<unknown>) => {
      if (profiler === null) return;
      await settle(page);
      await profiler.start();
      await step();
      profiles[name] = await profiler.stop(server.dist);
    };

    // Keystroke: the first (builds each row's search text), then three more after clearing.
    const search = page.locator('[data-shortcut-target="search"]');
    const type = () => inputToPaint(page, "keydown", STATUS_COUNT, () => page.keyboard.type(character));
    await search.click();
    const firstMs = await type();
    const shown = Number((await page.locator(".claims-status-line strong").textContent())?.replace(/,/g, ""));
    await clearSearch(page, total);
    const later: number[] = [];
    for (let i = 0; i < 3; i++) {
      later.push(await type());
      await clearSearch(page, total);
    }
    await profiled("keystroke (later)", type);
    await clearSearch(page, total);

    // Sort: two clicks on the header (one way, then the other).
    const header = page.getByRole("button", { name: /^Check-worthiness/ });
    const sortClick = () => inputToPaint(page, "click", ROW_ORDER, () => header.click());
    const sorts: number[] = [];
    for (let i = 0; i < 2; i++) {
      sorts.push(await sortClick());
      await settle(page);
    }
    await profiled("sort", sortClick);

    // Select a claim, then give it a status with its key, three times (refuted, unsupported,
    // supported): no dialog asks, the reviewer's name is stored.
    await page.locator(".claims-row").nth(3).click();
    await page.waitForFunction(() => new URL(location.href).searchParams.get("claim") !== null);
    await settle(page);
    await takeIdbReads(page);
    await takeLongTasks(page);
    const edits: number[] = [];
    for (const key of ["3", "4", "1"]) {
      edits.push(await inputToPaint(page, "keydown", SELECTED_ROW, () => page.keyboard.press(key)));
      await settle(page);
    }
    const editReads = await takeIdbReads(page);
    const editLongTasks = await takeLongTasks(page);
    await profiled("status edit", async () => {
      await inputToPaint(page, "keydown", SELECTED_ROW, () => page.keyboard.press("5"));
      await settle(page);
    });

    const scroll = await scrollFor(page, 2000);
    await profiled("scrolling", () => scrollFor(page, 1000));

    // The open and the first keystroke again, profiled: a reload.
    if (profiler !== null) {
      await profiled("open", async () => {
        await page.reload();
        await firstRowPainted(page);
        await page.waitForFunction((total) => document.querySelector(".claims-status-line")?.textContent?.includes(`of ${total} claims`) === true, total, {
          timeout: 600_000,
        });
      });
      await page.locator('[data-shortcut-target="search"]').click();
      await profiled("keystroke (first)", type);
      await profiler.detach();
    }

    const result: TableBench = {
      claims: fill.claims,
      articles: fill.articles,
      fillSeconds: fill.seconds,
      firstRowsMs,
      allRowsMs: allRows,
      rawReadAllMs: floors.readAllMs,
      rawReadFirstPageMs: floors.readFirstPageMs,
      heapMB,
      openLongTasks,
      keystroke: { character, shown, firstMs, laterMs: median(later), laterSamples: later, floorMs: floors.filterMs(character) },
      sort: { ms: median(sorts), samples: sorts, floorMs: floors.sortMs },
      edit: { ms: median(edits), samples: edits, edits: edits.length, idbReads: editReads, longTasks: editLongTasks },
      editWhileLoading: { ms: duringLoadMs, stillLoading, shown: loadingShown },
      scroll,
    };
    if (profiler !== null) result.profiles = profiles;
    return result;
  } finally {
    await profile.close();
  }
}

/** Waits until the page has had 300 ms without a long task (work after a step has finished). */
async function settle(page: Page): Promise<void> {
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        let last = performance.now();
        const probes = (globalThis as unknown as { __bench: { longTasks: unknown[] } }).__bench;
        let seen = probes.longTasks.length;
        const check = () => {
          if (probes.longTasks.length !== seen) {
            seen = probes.longTasks.length;
            last = performance.now();
          }
          if (performance.now() - last > 300) resolve();
          else setTimeout(check, 50);
        };
        setTimeout(check, 50);
      }),
  );
}

async function clearSearch(page: Page, total: string): Promise<void> {
  await page.keyboard.press("Backspace");
  await page.waitForFunction((total) => document.querySelector(".claims-status-line strong")?.textContent === total, total, { timeout: 120_000 });
  await settle(page);
}

async function heapUsedMB(page: Page): Promise<number> {
  const session = await page.context().newCDPSession(page);
  const { usedSize } = (await session.send("Runtime.getHeapUsage")) as { usedSize: number };
  await session.detach();
  return Math.round(usedSize / 2 ** 20);
}

interface Floors {
  readAllMs: number;
  readFirstPageMs: number;
  sortMs: number;
  filterMs(character: string): number;
}

/** Raw reads of the app's database, and plain array work over the same rows, in this page. */
async function rawFloors(page: Page): Promise<Floors> {
  const floors = await page.evaluate(async () => {
    const open = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open("claimbench");
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const time = async <T,>(read: (tx: IDBTransaction) => IDBRequest<T>[]): Promise<{ ms: number; results: T[] }> => {
      const start = performance.now();
      const tx = open.transaction(["articles", "claims"], "readonly");
      const requests = read(tx);
      await new Promise((resolve, reject) => {
        tx.oncomplete = resolve;
        tx.onerror = () => reject(tx.error);
      });
      return { ms: performance.now() - start, results: requests.map((request) => request.result) };
    };
    const firstPage = await time((tx) => [tx.objectStore("claims").getAll(null, 5000)]);
    const all = await time((tx) => [tx.objectStore("articles").getAll(), tx.objectStore("claims").getAll()]);
    open.close();
    type Claim = { text: string; speaker: string; articleId: string; checkworthiness: number; quantities: { raw: string }[]; attribution?: { cue?: string } };
    const [articles, claims] = all.results as [{ id: string; title?: string }[], Claim[]];
    const titles = new Map(articles.map((article) => [article.id, article.title ?? ""]));
    // The same text the app searches (filter-claims.ts): claim, speaker, article, figures, cue.
    const texts = claims.map((claim) =>
      `${claim.text}\n${claim.speaker}\n${titles.get(claim.articleId)}\n${claim.quantities.map((q) => q.raw).join("; ")}\n${claim.attribution?.cue ?? ""}`.toLowerCase(),
    );
    const rows = claims.map((claim, index) => ({ index, checkworthiness: claim.checkworthiness }));
    const best = (fn: () => void) => {
      let ms = Infinity;
      for (let i = 0; i < 3; i++) {
        const start = performance.now();
        fn();
        ms = Math.min(ms, performance.now() - start);
      }
      return ms;
    };
    const filterMs: Record<string, number> = {};
    for (const character of "0123456789abcdefghijklmnopqrstuvwxyz") filterMs[character] = best(() => texts.filter((text) => text.includes(character)));
    const sortMs = best(() => [...rows].sort((a, b) => a.checkworthiness - b.checkworthiness || a.index - b.index));
    return { readAllMs: all.ms, readFirstPageMs: firstPage.ms, sortMs, filterMs };
  });
  return { ...floors, filterMs: (character) => floors.filterMs[character.toLowerCase()] ?? NaN };
}

/** Scrolls the table's scroller down by 300 px a frame for `ms`; long tasks and frame gaps. */
async function scrollFor(page: Page, ms: number): Promise<TableBench["scroll"]> {
  await takeLongTasks(page);
  const scrolled = await page.evaluate(
    (ms) =>
      new Promise<{ seconds: number; pixels: number; frames: number; longestFrameMs: number }>((resolve) => {
        const scroller = document.querySelector(".claims-scroll")!;
        const start = performance.now();
        let last = start;
        let frames = 0;
        let longest = 0;
        const from = scroller.scrollTop;
        const frame = (now: number) => {
          frames++;
          longest = Math.max(longest, now - last);
          last = now;
          if (now - start < ms) {
            scroller.scrollTop += 300;
            requestAnimationFrame(frame);
          } else {
            resolve({ seconds: (now - start) / 1000, pixels: scroller.scrollTop - from, frames, longestFrameMs: longest });
          }
        };
        requestAnimationFrame(frame);
      }),
    ms,
  );
  // Tasks the last frames caused are reported too.
  await page.waitForTimeout(200);
  return { ...scrolled, longTasks: await takeLongTasks(page) };
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
}
