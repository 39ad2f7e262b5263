/**
 * Compare numbers in the built app: the seed articles' figures grouped with their verdicts and
 * charts; a conflicting figure from a new article turns a group red and shows in the claims
 * table's "Compared" filter and in the claim's panel; groups confirmed, rejected and built by
 * hand, and kept across a reload.
 */
import type { Page } from "playwright-core";
import { afterEach, beforeEach, describe, expect, inject, it } from "vitest";
import { openApp, type AppSession } from "./browser.ts";

async function answerReviewerIfAsked(page: Page): Promise<void> {
  const dialog = page.getByRole("dialog", { name: "Who is reviewing?" });
  if ((await page.locator(".shell-header .reviewer").count()) > 0) return;
  await dialog.waitFor();
  await dialog.getByRole("textbox").fill("Cy");
  await dialog.getByRole("button", { name: "Save name" }).click();
  await dialog.waitFor({ state: "detached" });
}

async function openCompare(page: Page): Promise<void> {
  await page.goto(`${inject("baseUrl")}?view=compare`, { waitUntil: "networkidle" });
  await page.locator(".group-card").first().waitFor({ timeout: 15_000 });
}

function card(page: Page, about: string) {
  return page.locator(".group-card").filter({ has: page.getByRole("heading", { name: about, exact: true }) });
}

describe("compare numbers", () => {
  let session: AppSession;

  beforeEach(async () => {
    session = await openApp(inject("baseUrl"), { viewport: { width: 1440, height: 1000 } });
  });

  afterEach(async () => {
    expect(session.pageErrors).toEqual([]);
    expect(session.consoleErrors).toEqual([]);
    expect(session.foreignRequests).toEqual([]);
    await session.close();
  });

  it("lines up the seed articles' figures with verdicts and a chart, and never calls different days a conflict", async () => {
    const { page } = session;
    await openCompare(page);
    const detained = card(page, "people detained on 2020-09-01");
    expect(await detained.locator(".verdict-pill").textContent()).toBe("Consistent");
    expect(await detained.locator(".figure-raw").allTextContents()).toEqual(["more than 120", "128"]);
    expect(await detained.locator(".figure-chart svg").count()).toBe(1);
    const days = card(page, "people detained: figures for different days");
    expect(await days.locator(".verdict-pill").textContent()).toBe("Different scope");
    expect(await page.locator(".group-card.verdict-conflicting").count()).toBe(0);
    await page.screenshot({ path: "/tmp/compare-seeds.png", fullPage: true });
  });

  it("shows a conflicting figure in the group, the claims table filter and the claim panel", async () => {
    const { page } = session;
    await page.goto(`${inject("baseUrl")}?view=import`, { waitUntil: "networkidle" });
    await page.getByLabel("Article text").fill("date 2020-09-02\nPolice said 500 people were detained across Belarus on September 1.");
    await page.getByRole("button", { name: "Extract claims" }).click();
    await answerReviewerIfAsked(page);
    await page.locator(".import-result-added").waitFor();

    await openCompare(page);
    const detained = card(page, "people detained on 2020-09-01");
    await expect.poll(() => detained.locator(".verdict-pill").textContent(), { timeout: 10_000 }).toBe("Conflicting");
    expect(await detained.locator(".figure-raw").allTextContents()).toContain("500");
    await page.screenshot({ path: "/tmp/compare-conflict.png" });

    await page.goto(`${inject("baseUrl")}?view=claims&compare=conflicting`, { waitUntil: "networkidle" });
    await expect.poll(() => page.locator(".claims-row").count(), { timeout: 10_000 }).toBe(3);
    await page.locator(".claims-row", { hasText: "500 people" }).click();
    const compared = page.locator(".claim-panel .claim-groups");
    await expect.poll(() => compared.textContent(), { timeout: 10_000 }).toContain("people detained on 2020-09-01");
    await compared.getByRole("link", { name: "people detained on 2020-09-01" }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get("view")).toBe("compare");
  });

  it("keeps a confirmed group, forgets a rejected one, and builds one by hand — across a reload", async () => {
    const { page } = session;
    await openCompare(page);
    await card(page, "age of the leader").getByRole("button", { name: "Confirm group" }).click();
    await answerReviewerIfAsked(page);
    await expect.poll(() => card(page, "age of the leader").locator(".group-state").textContent()).toBe("kept");
    await card(page, "people gathered").getByRole("button", { name: "Not the same thing" }).click();
    await expect.poll(() => card(page, "people gathered").count()).toBe(0);

    // By hand: two claims selected in the table.
    await page.goto(`${inject("baseUrl")}?view=claims&q=students`, { waitUntil: "networkidle" });
    const rows = page.locator(".claims-row");
    await expect.poll(() => rows.count()).toBeGreaterThanOrEqual(2);
    await rows.nth(0).locator('input[type="checkbox"]').check();
    await rows.nth(1).locator('input[type="checkbox"]').check();
    await page.getByRole("button", { name: "Group figures" }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get("view")).toBe("compare");
    await page.locator(".group-card.highlighted").waitFor();
    expect(await page.locator(".group-card.highlighted .group-state").textContent()).toBe("kept");

    await page.reload({ waitUntil: "networkidle" });
    await page.locator(".group-card").first().waitFor({ timeout: 15_000 });
    expect(await card(page, "age of the leader").locator(".group-state").textContent()).toBe("kept");
    expect(await card(page, "people gathered").count()).toBe(0);
    await page.getByRole("button", { name: /^Kept/ }).click();
    expect(await page.locator(".group-card").count()).toBe(2);
  });
});
