/**
 * Claim sets through the real interface: a reviewed workspace exported as JSON and imported in
 * another browser profile (merging a disagreement by choice, then measuring agreement); bad
 * files refused with a message and nothing changed; a backup restored into a fresh profile.
 */
import { readFile } from "node:fs/promises";
import type { Page } from "playwright-core";
import { afterEach, describe, expect, inject, it } from "vitest";
import type { ClaimSet } from "../../claim-schemas/claim-set.ts";
import { openApp, type AppSession } from "./browser.ts";

const sessions: AppSession[] = [];

async function open(): Promise<Page> {
  const session = await openApp(inject("baseUrl"), { viewport: { width: 1440, height: 900 } });
  sessions.push(session);
  await session.page.goto(`${inject("baseUrl")}?view=claims`, { waitUntil: "networkidle" });
  await session.page.locator(".claims-row").first().waitFor();
  return session.page;
}

afterEach(async () => {
  for (const session of sessions.splice(0)) {
    expect(session.pageErrors).toEqual([]);
    expect(session.consoleErrors).toEqual([]);
    expect(session.foreignRequests).toEqual([]);
    await session.close();
  }
});

async function summaryCount(page: Page, status: string): Promise<number> {
  return Number(await page.locator(`.summary-count.status-${status} strong`).textContent());
}

async function answerReviewer(page: Page, name: string): Promise<void> {
  const dialog = page.getByRole("dialog", { name: "Who is reviewing?" });
  await dialog.waitFor();
  await dialog.getByRole("textbox").fill(name);
  await dialog.getByRole("button", { name: "Save name" }).click();
  await dialog.waitFor({ state: "detached" });
}

/** Selects the first claim of the table (j) and gives it a status by its number key. */
async function judgeFirstClaims(page: Page, keys: readonly string[], reviewer: string): Promise<void> {
  await page.locator("body").press("j");
  for (const [index, key] of keys.entries()) {
    if (index > 0) await page.keyboard.press("j");
    await page.keyboard.press(key);
    if (index === 0) await answerReviewer(page, reviewer);
  }
}

/** Exports through the dialog and returns the saved file's text. */
async function exportAs(page: Page, format: string): Promise<string> {
  await page.getByRole("button", { name: "Export…" }).click();
  const dialog = page.getByRole("dialog", { name: "Export" });
  await dialog.getByRole("radio", { name: new RegExp(`^${format}`) }).check();
  await page.screenshot({ path: `/tmp/exchange-export-${format.replace(/\W+/g, "-").toLowerCase()}.png` });
  const [download] = await Promise.all([page.waitForEvent("download"), dialog.getByRole("button", { name: /^Save/ }).click()]);
  await dialog.waitFor({ state: "detached" });
  return readFile((await download.path())!, "utf8");
}

async function importFile(page: Page, name: string, text: string): Promise<void> {
  await page.goto(`${inject("baseUrl")}?view=import`, { waitUntil: "networkidle" });
  await page.locator('[data-testid="claim-set-input"]').setInputFiles({ name, mimeType: "application/json", buffer: Buffer.from(text) });
}

function statuses(claimSet: ClaimSet): Record<string, string> {
  return Object.fromEntries(claimSet.claims.map((claim) => [claim.id, claim.review.status]));
}

describe("claim sets between reviewers", () => {
  it("exports a review, merges it into a colleague's workspace with a choice per conflict, and measures agreement", async () => {
    const ann = await open();
    await judgeFirstClaims(ann, ["3", "1"], "Ann"); // refuted, supported
    await expect.poll(() => summaryCount(ann, "supported")).toBe(1);
    const annSet = JSON.parse(await exportAs(ann, "Claim set")) as ClaimSet;
    expect(annSet.format).toBe("claimbench.claim-set");
    expect(Object.values(statuses(annSet)).filter((status) => status !== "unreviewed").sort()).toEqual(["refuted", "supported"]);

    const bob = await open();
    await judgeFirstClaims(bob, ["1", "1"], "Bob"); // supported, supported: disagrees with Ann on the first
    await expect.poll(() => summaryCount(bob, "supported")).toBe(2);
    await importFile(bob, "ann.json", JSON.stringify(annSet));
    const preview = bob.getByRole("dialog", { name: "Import ann.json" });
    await preview.waitFor();
    expect(await preview.locator(".plan-counts").textContent()).toContain("1 conflict: you both changed");
    const conflict = preview.locator(".conflict");
    expect(await conflict.count()).toBe(1);
    expect(await conflict.locator(".version", { hasText: "Mine" }).textContent()).toContain("Supported");
    expect(await conflict.locator(".version", { hasText: "Theirs" }).textContent()).toContain("Refuted");
    await bob.screenshot({ path: "/tmp/exchange-preview.png" });
    await conflict.getByRole("radio").nth(1).check(); // theirs
    await preview.getByRole("button", { name: "Import" }).click();
    await preview.waitFor({ state: "detached" });
    await expect.poll(() => summaryCount(bob, "refuted")).toBe(1);
    await expect.poll(() => summaryCount(bob, "supported")).toBe(1);

    // Both verdicts were kept: the agreement view compares them.
    await bob.getByRole("link", { name: "Agreement" }).click();
    await bob.getByRole("heading", { name: "Reviewer agreement" }).waitFor();
    await expect.poll(() => bob.locator(".agreement-lead").textContent()).toContain("Ann, Bob");
    expect(await bob.locator(".agreement-card", { hasText: "Status" }).textContent()).toContain("Cohen's kappa");
    expect(await bob.locator(".disagreements > li").count()).toBe(1);
    await bob.screenshot({ path: "/tmp/exchange-agreement.png" });

    // Bob's workspace now gives every claim Ann's status.
    const bobSet = JSON.parse(await exportAs(bob, "Claim set")) as ClaimSet;
    expect(statuses(bobSet)).toEqual(statuses(annSet));
  });

  it("refuses broken and foreign files with a message and changes nothing", async () => {
    const page = await open();
    await judgeFirstClaims(page, ["3"], "Ann");
    await expect.poll(() => summaryCount(page, "refuted")).toBe(1);
    const total = await page.locator(".summary-total").textContent();

    const cases: [string, string, RegExp][] = [
      ["broken.json", '{"format": "claimbench.claim-set", "version": 1, "articles": [', /not valid JSON: line 1/],
      ["future.json", JSON.stringify({ format: "claimbench.claim-set", version: 99, articles: [], claims: [] }), /newer claimbench/],
      ["other.json", JSON.stringify([{ "@type": "ClaimReview" }]), /not a claim set/],
    ];
    for (const [name, text, message] of cases) {
      await importFile(page, name, text);
      const alert = page.getByRole("alert").filter({ hasText: name });
      await alert.waitFor();
      expect(await alert.textContent()).toMatch(message);
      expect(await page.getByRole("dialog").count()).toBe(0);
    }
    await page.screenshot({ path: "/tmp/exchange-refused.png" });
    expect(await page.locator(".summary-total").textContent()).toBe(total);
    expect(await summaryCount(page, "refuted")).toBe(1);
  });

  it("restores a backup into a fresh browser profile, history included", async () => {
    const ann = await open();
    await judgeFirstClaims(ann, ["3", "2"], "Ann");
    await expect.poll(() => summaryCount(ann, "partly-supported")).toBe(1);
    const backup = await exportAs(ann, "Backup");
    expect(JSON.parse(backup)).toMatchObject({ format: "claimbench.backup" });

    const fresh = await open();
    expect(await summaryCount(fresh, "refuted")).toBe(0);
    await importFile(fresh, "backup.json", backup);
    const confirm = fresh.getByRole("dialog", { name: "Replace the workspace with this backup?" });
    await confirm.waitFor();
    await Promise.all([fresh.waitForEvent("load"), confirm.getByRole("button", { name: "Replace and restore" }).click()]);
    await fresh.locator(".summary-count").first().waitFor();
    await expect.poll(() => summaryCount(fresh, "refuted")).toBe(1);
    await expect.poll(() => summaryCount(fresh, "partly-supported")).toBe(1);
    // The history came along: undo takes back Ann's last verdict.
    await fresh.getByRole("button", { name: "Undo" }).click();
    await expect.poll(() => summaryCount(fresh, "partly-supported")).toBe(0);
  });
});
