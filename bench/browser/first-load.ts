/**
 * Scenario 6, first load: the production bundle's size (every JS and CSS file of the build,
 * gzipped; the largest chunk; what index.html loads at start), and the time from navigation
 * to the first claim row painted with the seed articles: cold (a fresh profile, so the seeds
 * are extracted and stored first) and warm (the same profile loading again, served by the
 * service worker once it controls the page). Beside each, the browser's own first
 * contentful paint of the same load: fetching, parsing and running the bundle up to its
 * first frame, which the app cannot beat.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import type { Page } from "playwright-core";
import { firstRowPainted, openProfile, type Server } from "./session.ts";

export interface BundleSize {
  files: number;
  gzipKB: number;
  rawKB: number;
  largest: { file: string; gzipKB: number; rawKB: number };
  /** The script and style sheet index.html loads. */
  atStartGzipKB: number;
}

export interface LoadTiming {
  firstRowMs: number;
  firstContentfulPaintMs: number;
  /** A service worker controlled the page. */
  serviceWorker: boolean;
}

export interface FirstLoadBench {
  bundle: BundleSize;
  /** Each a fresh profile. */
  cold: LoadTiming[];
  /** The same profile again, after the service worker is ready. */
  warm: LoadTiming[];
}

export function bundleSize(dist: string): BundleSize {
  const files: { file: string; gzip: number; raw: number }[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const full = path.join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (/\.(?:js|css)$/.test(name)) {
        const bytes = readFileSync(full);
        files.push({ file: path.relative(dist, full), gzip: gzipSync(bytes, { level: 9 }).length, raw: bytes.length });
      }
    }
  };
  walk(dist);
  const kb = (bytes: number) => Math.round((bytes / 1024) * 10) / 10;
  const largest = files.reduce((a, b) => (b.gzip > a.gzip ? b : a));
  const html = readFileSync(path.join(dist, "index.html"), "utf8");
  const atStart = [...html.matchAll(/(?:src|href)="\/?(assets\/[^"]+\.(?:js|css))"/g)].map((match) => match[1]!);
  return {
    files: files.length,
    gzipKB: kb(files.reduce((sum, file) => sum + file.gzip, 0)),
    rawKB: kb(files.reduce((sum, file) => sum + file.raw, 0)),
    largest: { file: largest.file, gzipKB: kb(largest.gzip), rawKB: kb(largest.raw) },
    atStartGzipKB: kb(files.filter((file) => atStart.includes(file.file)).reduce((sum, file) => sum + file.gzip, 0)),
  };
}

async function timing(page: Page): Promise<LoadTiming> {
  const firstRowMs = await firstRowPainted(page);
  return page.evaluate((firstRowMs) => {
    const paint = performance.getEntriesByName("first-contentful-paint")[0];
    return { firstRowMs, firstContentfulPaintMs: paint?.startTime ?? NaN, serviceWorker: navigator.serviceWorker?.controller != null };
  }, firstRowMs);
}

export async function benchFirstLoad(server: Server, options: { cold?: number; warm?: number } = {}): Promise<FirstLoadBench> {
  const { cold: coldRuns = 3, warm: warmRuns = 3 } = options;
  const cold: LoadTiming[] = [];
  const warm: LoadTiming[] = [];
  for (let run = 0; run < coldRuns; run++) {
    const profile = await openProfile();
    try {
      await profile.page.goto(server.url);
      cold.push(await timing(profile.page));
      if (run > 0) continue;
      // Warm: once the service worker is active, later loads are served from its cache.
      await profile.page.evaluate(async () => {
        await navigator.serviceWorker.ready;
      });
      for (let again = 0; again < warmRuns; again++) {
        await profile.page.goto(server.url);
        warm.push(await timing(profile.page));
      }
    } finally {
      await profile.close();
    }
  }
  return { bundle: bundleSize(server.dist), cold, warm };
}
