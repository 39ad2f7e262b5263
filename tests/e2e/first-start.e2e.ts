/**
 * A new user's first start: the seed articles bundled with the app are extracted in the
 * worker and stored, so the workbench shows their claims at once — once, never again.
 */
import { afterEach, beforeEach, describe, expect, inject, it } from "vitest";
import { openApp, type AppSession } from "./browser.ts";

async function claimTotal(session: AppSession): Promise<number> {
  const text = await session.page.locator(".summary-total").textContent();
  const match = /([\d,]+) claims?/.exec(text ?? "");
  return match === null ? Number.NaN : Number(match[1]!.replace(/,/g, ""));
}

describe("first start", () => {
  let session: AppSession;

  beforeEach(async () => {
    session = await openApp(inject("baseUrl"));
  });

  afterEach(async () => {
    await session?.close();
  });

  it("loads the seed articles once, offline and without errors", async () => {
    const { page } = session;
    await page.goto(inject("baseUrl"));
    await page.locator(".summary-total").waitFor();
    await expect.poll(() => claimTotal(session), { timeout: 20_000 }).toBeGreaterThan(20);
    const firstTotal = await claimTotal(session);
    // Every seed claim starts unreviewed.
    await expect.poll(() => page.locator(".summary-count.status-unreviewed strong").textContent()).toBe(String(firstTotal));

    await page.getByRole("link", { name: "Articles" }).click();
    await expect.poll(() => page.getByText("Belarus", { exact: false }).count()).toBeGreaterThan(0);

    // A reload opens the same workspace: the seeds are not loaded a second time.
    await page.reload();
    await page.locator(".summary-total").waitFor();
    await expect.poll(() => claimTotal(session)).toBe(firstTotal);
    const history = await page.evaluate(async () => {
      const request = indexedDB.open("claimbench");
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      const entries = await new Promise<{ action: string }[]>((resolve) => {
        const all = db.transaction("history").objectStore("history").getAll();
        all.onsuccess = () => resolve(all.result as { action: string }[]);
      });
      db.close();
      return entries.map((entry) => entry.action);
    });
    expect(history.filter((action) => action === "load-seeds")).toHaveLength(1);

    expect(session.foreignRequests).toEqual([]);
    expect(session.pageErrors).toEqual([]);
    expect(session.consoleErrors).toEqual([]);
  });

  it("does not bring the seeds back after the user deleted them", async () => {
    const { page } = session;
    await page.goto(`${inject("baseUrl")}?view=articles`);
    await expect.poll(() => claimTotal(session), { timeout: 20_000 }).toBeGreaterThan(20);
    for (let remaining = 2; remaining > 0; remaining--) {
      await page.locator(".shell-main a", { hasText: /Belarus|protests/i }).first().click();
      await page.getByRole("button", { name: "Delete article…" }).click();
      const confirm = page.getByRole("dialog", { name: "Delete this article?" });
      await confirm.getByRole("button", { name: "Delete article" }).click();
      const asked = page.getByRole("dialog", { name: "Who is reviewing?" });
      if (remaining === 2) {
        await asked.getByRole("textbox").fill("Seed Deleter");
        await asked.getByRole("button", { name: "Save name" }).click();
      }
      await expect.poll(() => page.url()).not.toContain("article=");
    }
    await expect.poll(() => claimTotal(session)).toBe(0);
    await page.reload();
    await page.locator(".summary-total").waitFor();
    await expect.poll(() => claimTotal(session)).toBe(0);
    await page.getByRole("link", { name: "Claims" }).click();
    await expect.poll(() => page.getByText("No claims yet").count()).toBe(1);
    expect(session.pageErrors).toEqual([]);
  });

  it("shows a reload banner, not an error, when a newer version upgrades the workspace in another tab", async () => {
    const { page, context } = session;
    await page.goto(inject("baseUrl"));
    await expect.poll(() => claimTotal(session), { timeout: 20_000 }).toBeGreaterThan(20);
    const newer = await context.newPage();
    await newer.goto(`${inject("baseUrl")}favicon.svg`);
    // What a newer build does on start: open the same database at a higher version.
    const upgraded = await newer.evaluate(
      () =>
        new Promise<number>((resolve, reject) => {
          const request = indexedDB.open("claimbench", 1000);
          request.onsuccess = () => {
            const version = request.result.version;
            request.result.close();
            resolve(version);
          };
          request.onerror = () => reject(request.error);
        }),
    );
    expect(upgraded).toBe(1000);
    await expect.poll(() => page.getByRole("alert").textContent()).toContain("claimbench was updated in another tab");
    expect(await page.getByRole("button", { name: "Reload" }).count()).toBe(1);
    expect(session.pageErrors).toEqual([]);
  });
});
