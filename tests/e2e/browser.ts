/**
 * Opens the built app in Debian's headless Chromium (/usr/bin/chromium, never a downloaded
 * browser) with a fresh profile, and records what a test must not see: a request that
 * leaves the app's origin, an uncaught page error, a console error.
 */
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { chromium, type BrowserContext, type Page } from "playwright-core";

export const CHROMIUM_PATH = "/usr/bin/chromium";

const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

/** URL schemes that never reach the network. */
const LOCAL_SCHEMES = new Set(["data:", "blob:", "about:", "chrome-error:"]);

export interface AppSession {
  context: BrowserContext;
  page: Page;
  /** Every request to somewhere other than the app's origin, in order. */
  foreignRequests: string[];
  /** Uncaught exceptions in the page. */
  pageErrors: string[];
  /** console.error messages. */
  consoleErrors: string[];
  close(): Promise<void>;
}

export async function openApp(baseUrl: string, options: { viewport?: { width: number; height: number } } = {}): Promise<AppSession> {
  const origin = new URL(baseUrl).origin;
  const userDataDir = await mkdtemp(path.join(os.tmpdir(), "claimbench-e2e-"));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: options.viewport ?? { width: 1280, height: 900 },
    deviceScaleFactor: 1,
    serviceWorkers: "allow",
  });

  const foreignRequests: string[] = [];
  const pageErrors: string[] = [];
  const consoleErrors: string[] = [];

  context.on("request", (request) => {
    const url = new URL(request.url());
    if (LOCAL_SCHEMES.has(url.protocol)) return;
    if (url.origin !== origin) foreignRequests.push(request.url());
  });
  // Recorded above, then refused: a test never reaches the real network.
  await context.route(
    (url) => !LOCAL_SCHEMES.has(url.protocol) && url.origin !== origin,
    (route) => route.abort("blockedbyclient"),
  );

  const watch = (page: Page) => {
    page.on("pageerror", (error) => pageErrors.push(error.stack ?? error.message));
    page.on("console", (message) => {
      if (message.type() === "error") consoleErrors.push(message.text());
    });
  };
  context.pages().forEach(watch);
  context.on("page", watch);

  const page = context.pages()[0] ?? (await context.newPage());

  return {
    context,
    page,
    foreignRequests,
    pageErrors,
    consoleErrors,
    async close() {
      await context.close();
      await rm(userDataDir, { recursive: true, force: true });
    },
  };
}
