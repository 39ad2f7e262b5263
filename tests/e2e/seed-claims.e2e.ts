import { mkdir } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, beforeEach, describe, expect, inject, it } from "vitest";
import { openApp, type AppSession } from "./browser.ts";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const artifacts = path.join(root, "tests/e2e/artifacts");

describe("seed claims page", () => {
  let session: AppSession;

  beforeEach(async () => {
    session = await openApp(inject("baseUrl"));
  });

  afterEach(async () => {
    await session?.close();
  });

  it("lists both seed articles with their claims, offline and without errors", async () => {
    const { page } = session;
    await page.goto(inject("baseUrl"), { waitUntil: "networkidle" });

    const articles = page.getByRole("article");
    await articles.first().waitFor();
    expect(await articles.count()).toBe(2);

    const fileNames = await articles.locator("dd.mono").allTextContents();
    expect(fileNames).toEqual(["000_8571b3127ba608cc.txt", "001_7e53c37bd1ea8a30.txt"]);

    for (const article of await articles.all()) {
      const rows = await article.locator("tbody tr.claim-row").count();
      expect(rows).toBeGreaterThan(0);
      expect(Number(await article.locator(".claim-count").textContent())).toBe(rows);
      expect((await article.getByRole("heading", { level: 2 }).textContent())?.trim()).not.toBe("");
    }

    await expect.poll(() => page.locator("tr.claim-row", { hasText: "128 people were held" }).count()).toBeGreaterThan(0);
    // The article's own framing of a claim it doubts is shown beside the speaker.
    const doubted = page.locator("tr.claim-row", { hasText: "200 extremists" });
    await expect.poll(() => doubted.locator(".speaker-framing").textContent()).toBe("unsubstantiated claim");
    expect(await page.getByRole("alert").count()).toBe(0);

    await mkdir(artifacts, { recursive: true });
    await page.screenshot({ path: path.join(artifacts, "seed-claims.png") });
    await page.screenshot({ path: path.join(artifacts, "seed-claims-full.png"), fullPage: true });

    expect(session.foreignRequests).toEqual([]);
    expect(session.pageErrors).toEqual([]);
    expect(session.consoleErrors).toEqual([]);
  });
});
