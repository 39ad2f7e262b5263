/**
 * Offline and locked down, in the built app: after the first load the service worker serves
 * everything, so the app reloads, imports and reviews with the network off and keeps it all
 * when the network is back; the built page carries a Content-Security-Policy without inline
 * script or eval and with connections to its own origin only.
 */
import { readFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { Page } from "playwright-core";
import { describe, expect, inject, it } from "vitest";
import { openApp } from "./browser.ts";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

async function summaryCount(page: Page, status: string): Promise<string | null> {
  return page.locator(`.summary-count.status-${status} strong`).textContent();
}

describe("offline", () => {
  it("starts, imports and reviews with the network off, and keeps it all", async () => {
    const session = await openApp(inject("baseUrl"), { viewport: { width: 1360, height: 900 } });
    const { page, context } = session;
    try {
      await page.goto(`${inject("baseUrl")}?view=claims`, { waitUntil: "networkidle" });
      await page.locator(".claims-row").first().waitFor();
      await page.evaluate(async () => {
        await navigator.serviceWorker.ready;
      });
      // The first load installs the worker; from the next one on it serves the page.
      await page.reload({ waitUntil: "networkidle" });
      await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);

      await context.setOffline(true);
      await page.reload();
      await page.locator(".claims-row").first().waitFor();
      expect(await page.locator(".summary-total").textContent()).toBe("59 claims");

      await page.goto(`${inject("baseUrl")}?view=import`);
      await page.getByLabel("Article text").fill("date 2021-04-02\nOfficials said 75 people were evacuated from the flooded district on April 1.");
      await page.getByRole("button", { name: "Extract claims" }).click();
      const dialog = page.getByRole("dialog", { name: "Who is reviewing?" });
      await dialog.waitFor();
      await dialog.getByRole("textbox").fill("Offline Reviewer");
      await dialog.getByRole("button", { name: "Save name" }).click();
      await page.locator(".import-result-added").waitFor({ timeout: 20_000 });

      await page.goto(`${inject("baseUrl")}?view=claims&q=evacuated`);
      await page.locator(".claims-row").first().waitFor();
      await page.locator("body").press("j");
      await page.keyboard.press("3");
      await expect.poll(() => summaryCount(page, "refuted")).toBe("1");

      await context.setOffline(false);
      await page.reload({ waitUntil: "networkidle" });
      await page.locator(".claims-row").first().waitFor();
      await expect.poll(() => summaryCount(page, "refuted")).toBe("1");
      expect(await page.locator(".summary-total").textContent()).toMatch(/^6\d claims$/);
      expect(session.pageErrors).toEqual([]);
      expect(session.foreignRequests).toEqual([]);
    } finally {
      await session.close();
    }
  });
});

describe("locked down", () => {
  it("serves a Content-Security-Policy without inline script or eval, connecting to its own origin only", async () => {
    const html = await readFile(path.join(root, "dist", "index.html"), "utf8");
    const policy = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1];
    expect(policy).toBeDefined();
    const directives = new Map(policy!.split(";").map((part) => part.trim().split(/\s+/)).map(([name, ...values]) => [name!, values]));
    expect(directives.get("script-src")).toEqual(["'self'"]);
    expect(directives.get("connect-src")).toEqual(["'self'"]);
    expect(directives.get("default-src")).toEqual(["'self'"]);
    expect(directives.get("object-src")).toEqual(["'none'"]);
    // No inline script in the page itself.
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
  });
});
