/**
 * Bad and hostile input, and work that must never be lost, in the built app: invalid UTF-8,
 * a 50 MB text file and a thousand tiny files at once; hostile claim-set JSON (deep nesting,
 * prototype keys, numbers as strings); markup typed into a claim and a note shown as text;
 * an edit kept although the tab closed right after it.
 */
import { writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import type { Page } from "playwright-core";
import { afterEach, beforeEach, describe, expect, inject, it } from "vitest";
import { openApp, type AppSession } from "./browser.ts";

type FilePayload = { name: string; mimeType: string; buffer: Buffer };

async function openImport(page: Page): Promise<void> {
  await page.goto(`${inject("baseUrl")}?view=import`, { waitUntil: "networkidle" });
  await page.getByRole("heading", { name: "Import articles" }).waitFor();
}

async function answerReviewer(page: Page, name = "Hostile Tester"): Promise<void> {
  const dialog = page.getByRole("dialog", { name: "Who is reviewing?" });
  await dialog.waitFor();
  await dialog.getByRole("textbox").fill(name);
  await dialog.getByRole("button", { name: "Save name" }).click();
  await dialog.waitFor({ state: "detached" });
}

/** Files as payloads, or (for files over Playwright's 50 MB limit for payloads) all as paths. */
async function importFiles(page: Page, files: FilePayload[] | string[], timeout = 30_000): Promise<void> {
  const batches = await page.locator(".import-batch").count();
  await page.locator('.drop-zone input[type="file"]').setInputFiles(files);
  if ((await page.locator(".shell-header .reviewer").count()) === 0) await answerReviewer(page);
  await expect.poll(() => page.locator(".import-batch").count(), { timeout }).toBe(batches + 1);
}

async function importClaimSet(page: Page, name: string, text: string): Promise<void> {
  await page.locator('[data-testid="claim-set-input"]').setInputFiles({ name, mimeType: "application/json", buffer: Buffer.from(text) });
}

async function claimCount(page: Page): Promise<string | null> {
  return page.locator(".summary-total").textContent();
}

describe("bad and hostile input", () => {
  let session: AppSession;
  const dialogs: string[] = [];

  beforeEach(async () => {
    dialogs.length = 0;
    session = await openApp(inject("baseUrl"), { viewport: { width: 1360, height: 1000 } });
    session.page.on("dialog", (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
  });

  afterEach(async () => {
    expect(dialogs).toEqual([]);
    expect(session.pageErrors).toEqual([]);
    expect(session.consoleErrors).toEqual([]);
    expect(session.foreignRequests).toEqual([]);
    await session?.close();
  });

  it("refuses invalid UTF-8 and a 50 MB file with a message, and the tab stays responsive", async () => {
    const { page } = session;
    await openImport(page);
    // Playwright passes a file this big by path (and then every file by path).
    const latin1 = path.join(os.tmpdir(), "claimbench-latin1.txt");
    await writeFile(latin1, Buffer.from("Caf\xe9 owners said 40 people were fined.", "latin1"));
    const huge = path.join(os.tmpdir(), "claimbench-huge.txt");
    await writeFile(huge, Buffer.alloc(50 * 1024 * 1024, "Officials said 12 people were detained. "));
    await importFiles(page, [latin1, huge]);
    const details = await page.locator(".import-batch").first().locator(".import-result-detail").allTextContents();
    expect(details[0]).toMatch(/UTF-8/);
    expect(details[1]).toMatch(/MB/);
    // The page still answers at once.
    expect(await page.evaluate(() => 1 + 1)).toBe(2);
    expect(await page.locator(".summary-total").textContent()).toMatch(/claims$/);
  });

  it("imports a thousand tiny files at once", async () => {
    const { page } = session;
    await openImport(page);
    const files = Array.from({ length: 1000 }, (_, index) => ({
      name: `brief-${index}.txt`,
      mimeType: "text/plain",
      buffer: Buffer.from(`date 2021-03-01\nPolice said ${index + 2} people were detained in district ${index}.`),
    }));
    await importFiles(page, files, 120_000);
    expect(await page.locator(".import-batch-summary").first().textContent()).toMatch(/^1,000 articles added/);
  });

  it("refuses hostile claim sets with a message, and a prototype key pollutes nothing", async () => {
    const { page } = session;
    await openImport(page);
    const before = await claimCount(page);

    await importClaimSet(page, "deep.json", "[".repeat(100_000));
    await expect.poll(() => page.getByRole("alert").filter({ hasText: "deep.json" }).textContent()).toMatch(/nested deeper than/);

    const valid = {
      format: "claimbench.claim-set",
      version: 1,
      generator: "hand",
      exportedAt: "2024-01-01T00:00:00Z",
      articles: [{ id: "a-hostile", title: "Hostile", text: "Police said 12 people were held.", sentences: [{ start: 0, end: 32 }] }],
      claims: [
        {
          id: "a-hostile-c0-32",
          articleId: "a-hostile",
          text: "Police said 12 people were held.",
          span: { start: 0, end: 32 },
          quote: { exact: "Police said 12 people were held.", prefix: "", suffix: "" },
          kind: "quantity",
          checkworthiness: 0.8,
          quantities: [],
          attribution: null,
          occurrences: [{ start: 0, end: 32 }],
          review: { status: "unreviewed", reporting: "unchecked", evidence: [] },
        },
      ],
    };
    const numbersAsStrings = JSON.stringify(valid).replace('"span":{"start":0', '"span":{"start":"0"');
    await importClaimSet(page, "strings.json", numbersAsStrings);
    await expect.poll(() => page.getByRole("alert").filter({ hasText: "strings.json" }).textContent()).toMatch(/claims\[0\]\.span\.start\s*expected a number, got the string "0"/);

    const polluting = JSON.stringify(valid).replace(
      '"generator":"hand"',
      '"generator":"hand","__proto__":{"polluted":"yes"},"constructor":{"prototype":{"polluted":"yes"}},"extra":{"__proto__":{"polluted":"yes"}}',
    );
    await importClaimSet(page, "proto.json", polluting);
    const preview = page.getByRole("dialog", { name: "Import proto.json" });
    await preview.waitFor();
    await preview.getByRole("button", { name: "Import" }).click();
    await answerReviewer(page);
    await preview.waitFor({ state: "detached" });
    expect(await page.evaluate(() => ({}) as Record<string, unknown>)).toEqual({});
    expect(await page.evaluate(() => (Object.prototype as Record<string, unknown>).polluted)).toBeUndefined();
    await expect.poll(() => claimCount(page)).not.toBe(before);
  });

  it("shows markup typed into a claim and its note as text, and never runs it", async () => {
    const { page } = session;
    await page.goto(`${inject("baseUrl")}?view=claims`, { waitUntil: "networkidle" });
    await page.locator(".claims-row").first().waitFor();
    await page.locator("body").press("j");
    const text = page.locator('.claim-panel [data-shortcut-target="claim-text"]');
    await text.waitFor();
    const markup = `<img src=x onerror="alert('text')"><script>alert('script')</script>`;
    await text.fill(markup);
    await text.press("Tab");
    await answerReviewer(page);
    const note = page.locator('.claim-panel section[aria-labelledby="note-heading"] textarea').first();
    await note.fill(`<b onmouseover="alert('note')">bold</b>`);
    await note.press("Tab");
    await page.reload({ waitUntil: "networkidle" });
    const row = page.locator(".claims-row", { hasText: "<img src=x" });
    await row.waitFor();
    await row.hover();
    expect(await page.locator(".claims-view img, .claim-panel img, .claims-view script").count()).toBe(0);
    expect(await page.locator('.claim-panel section[aria-labelledby="note-heading"] textarea').first().inputValue()).toContain("<b onmouseover");
  });
});

describe("nothing lost", () => {
  it("keeps an edit made just before the tab was closed", async () => {
    const session = await openApp(inject("baseUrl"), { viewport: { width: 1360, height: 1000 } });
    try {
      const page = session.page;
      await page.goto(`${inject("baseUrl")}?view=claims`, { waitUntil: "networkidle" });
      await page.locator(".claims-row").first().waitFor();
      await page.locator("body").press("j");
      await page.keyboard.press("3");
      await answerReviewer(page);
      await page.keyboard.press("j");
      await page.keyboard.press("4");
      // Closed at once: no wait for the save to show.
      await page.close({ runBeforeUnload: true });
      const reopened = await session.context.newPage();
      await reopened.goto(`${inject("baseUrl")}?view=claims`, { waitUntil: "networkidle" });
      await reopened.locator(".claims-row").first().waitFor();
      await expect.poll(() => reopened.locator(".summary-count.status-refuted strong").textContent(), { timeout: 10_000 }).toBe("1");
      await expect.poll(() => reopened.locator(".summary-count.status-unsupported strong").textContent(), { timeout: 10_000 }).toBe("1");
      expect(session.pageErrors).toEqual([]);
    } finally {
      await session.close();
    }
  });
});
