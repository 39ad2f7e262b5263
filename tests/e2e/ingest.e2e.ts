/**
 * Import, start to finish, in the built app: paste an article and find it added with its
 * claims; import several files at once where some are bad (empty, binary, unsupported) and
 * see each outcome while the others import; import the same file again and see it
 * recognised; drop a file on the drop zone and pick one from the keyboard; import HTML full of scripts and handlers and see only its text, with nothing
 * run; see an import (stored by the worker) in this tab and in another one at once; cancel a
 * long import and find nothing saved.
 */
import { readFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { FileChooser, Page } from "playwright-core";
import { afterEach, beforeEach, describe, expect, inject, it } from "vitest";
import { openApp, type AppSession } from "./browser.ts";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

const PASTED = [
  "date 2020-09-20",
  "MINSK -- More than 400 people were detained at a women's march in Minsk on September 19, the Interior Ministry said.",
  "",
  "Viasna, a human rights group, said at least 415 women had been held, including a 73-year-old activist.",
].join("\n");

const STORY = [
  "date 2020-09-07",
  "Police detained 633 people across Belarus on September 6, the Interior Ministry said on Monday.",
  "",
  "About 100,000 people marched in Minsk, according to local media.",
].join("\n");

const MARKDOWN = [
  "# Opposition leader detained",
  "",
  "Maria Kalesnikava was **detained** in Minsk on September 7, [her allies](https://example.org) said.",
  "",
  "- Some 500 people gathered outside the prison.",
].join("\n");

const HOSTILE_HTML = `<!doctype html>
<html><head>
  <title>Hostile page</title>
  <meta property="article:published_time" content="2020-09-08T09:00:00+03:00">
  <script>window.__ran = "head script"; alert(1)</script>
</head>
<body onload="window.__ran = 'body onload'; alert(2)">
  <h1>Hostile page</h1>
  <p>Officials said 12 journalists were detained in Minsk.<img src="missing.png" onerror="window.__ran = 'onerror'; alert(3)"></p>
  <script>alert(1)</script>
  <p onclick="alert(4)">A second paragraph with 3 figures and <a href="javascript:alert(5)">a link</a>.</p>
  <iframe srcdoc="<script>parent.alert(6)</script>"></iframe>
</body></html>`;

/** The article with every figure shifted: different sentences, so no cached analysis is reused. */
function varied(article: string, shift: number): string {
  return article.replace(/^date \S+\s*/, "").replace(/\d+/g, (digits) => String(Number(digits) + shift));
}

type FilePayload = { name: string; mimeType: string; buffer: Buffer };

const textFile = (name: string, text: string, mimeType = "text/plain"): FilePayload => ({
  name,
  mimeType,
  buffer: Buffer.from(text, "utf8"),
});

async function openImport(page: Page): Promise<void> {
  await page.goto(`${inject("baseUrl")}?view=import`, { waitUntil: "networkidle" });
  await page.getByRole("heading", { name: "Import articles" }).waitFor();
}

async function answerReviewerIfAsked(page: Page, name = "E2E Importer"): Promise<void> {
  if ((await page.locator(".shell-header .reviewer").count()) > 0) return; // Asked before.
  const dialog = page.getByRole("dialog", { name: "Who is reviewing?" });
  await dialog.waitFor();
  await dialog.getByRole("textbox").fill(name);
  await dialog.getByRole("button", { name: "Save name" }).click();
  await dialog.waitFor({ state: "detached" });
}

/** Picks files through the hidden file input and waits for the import's results. */
async function importFiles(page: Page, files: FilePayload[]): Promise<void> {
  const batches = await page.locator(".import-batch").count();
  await page.locator('.drop-zone input[type="file"]').setInputFiles(files);
  await answerReviewerIfAsked(page);
  await expect.poll(() => page.locator(".import-batch").count(), { timeout: 30_000 }).toBe(batches + 1);
}

/** The rows of the newest import: [file name, status label, detail]. */
async function latestResults(page: Page): Promise<string[][]> {
  const rows = page.locator(".import-batch").first().locator(".import-result");
  return rows.evaluateAll((elements) =>
    elements.map((row) => [
      row.querySelector(".import-result-name")?.textContent ?? "",
      row.querySelector(".import-status")?.textContent ?? "",
      row.querySelector(".import-result-detail")?.textContent ?? "",
    ]),
  );
}

describe("import", () => {
  let session: AppSession;

  beforeEach(async () => {
    session = await openApp(inject("baseUrl"), { viewport: { width: 1360, height: 1000 } });
  });

  afterEach(async () => {
    expect(session.pageErrors).toEqual([]);
    expect(session.consoleErrors).toEqual([]);
    expect(session.foreignRequests).toEqual([]);
    await session?.close();
  });

  it("adds a pasted article with its details and shows its claim count", async () => {
    const { page } = session;
    await openImport(page);
    const extract = page.getByRole("button", { name: "Extract claims" });
    expect(await extract.isDisabled()).toBe(true);

    await page.getByLabel("Article text").fill(PASTED);
    await page.getByLabel("Title").fill("Women's march in Minsk");
    await page.getByLabel("Outlet").fill("RFE/RL");
    await page.getByLabel("Address").fill("javascript:alert(1)");
    await extract.click();
    // A bad address is refused at its field, before anything is extracted.
    await expect.poll(() => page.getByRole("alert").textContent()).toContain("web address");
    expect(await page.locator(".import-batch").count()).toBe(0);

    await page.getByLabel("Address").fill("https://www.rferl.org/a/women-march.html");
    await extract.click();
    await answerReviewerIfAsked(page);
    const row = page.locator(".import-result-added", { hasText: "Pasted text" });
    await row.waitFor();
    expect(await row.locator(".import-result-title").textContent()).toBe("Women's march in Minsk");
    const claims = Number((await row.locator(".import-result-detail").textContent())?.match(/^(\d+) claims?$/)?.[1]);
    expect(claims).toBeGreaterThan(1);
    // The form is cleared for the next article.
    expect(await page.getByLabel("Article text").inputValue()).toBe("");

    // Open leads to the article, with its claims.
    await row.getByRole("link", { name: "Open" }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get("view")).toBe("articles");
    await page.locator(".article-text mark.hl").first().waitFor();
    expect(await page.locator(".article-text").textContent()).toContain("More than 400 people were detained");
  });

  it("imports many files at once, reports each one, and recognises a file imported again", async () => {
    const { page } = session;
    await openImport(page);
    await importFiles(page, [
      textFile("story.txt", STORY),
      textFile("empty.txt", ""),
      { name: "photo.txt", mimeType: "text/plain", buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]) },
      textFile("kalesnikava.md", MARKDOWN, "text/markdown"),
      { name: "report.pdf", mimeType: "application/pdf", buffer: Buffer.from("%PDF-1.7\n") },
      textFile("000_copy_of_seed.txt", await readFile(path.join(root, "seeds/000_8571b3127ba608cc.txt"), "utf8")),
    ]);

    const results = await latestResults(page);
    expect(results.map(([name, status]) => [name, status])).toEqual([
      ["story.txt", "Added"],
      ["empty.txt", "Not imported"],
      ["photo.txt", "Not imported"],
      ["kalesnikava.md", "Added"],
      ["report.pdf", "Not imported"],
      ["000_copy_of_seed.txt", "Duplicate"],
    ]);
    const detail = Object.fromEntries(results.map(([name, , text]) => [name, text]));
    expect(detail["story.txt"]).toMatch(/^\d+ claims?$/);
    expect(detail["empty.txt"]).toBe("File is empty");
    expect(detail["photo.txt"]).toBe("File is binary (it contains NUL bytes)");
    expect(detail["report.pdf"]).toBe("Unsupported file type: claimbench reads .txt, .md and .html, not .pdf files");
    expect(detail["000_copy_of_seed.txt"]).toBe("already in the workspace");
    expect(await page.locator(".import-batch-summary").first().textContent()).toMatch(
      /^2 articles added \(\d+ claims\), 1 duplicate, 3 not imported\.$/,
    );
    // Markdown is read as text: the heading is the title, no markup left.
    expect(await page.locator(".import-result-added", { hasText: "kalesnikava.md" }).locator(".import-result-title").textContent()).toBe(
      "Opposition leader detained",
    );

    await page.screenshot({ path: "/tmp/ingest.png", fullPage: true });

    // The same file again: recognised by its content, not added twice.
    await importFiles(page, [textFile("story-again.txt", STORY)]);
    expect(await latestResults(page)).toEqual([["story-again.txt", "Duplicate", "already in the workspace"]]);

    // Four articles in all: the two seeds and the two new ones.
    await page.goto(`${inject("baseUrl")}?view=articles`, { waitUntil: "networkidle" });
    await expect.poll(() => page.locator(".article-row").count()).toBe(4);
  });

  it("takes files dropped on the drop zone, and opens the file picker from the keyboard", async () => {
    const { page } = session;
    // Listening from the start: Playwright turns on its file-chooser interception when the
    // first listener is added, and that must be in place before the key is pressed.
    const choosers: FileChooser[] = [];
    page.on("filechooser", (chooser) => choosers.push(chooser));
    await openImport(page);
    const batches = page.locator(".import-batch");

    const dataTransfer = await page.evaluateHandle((text) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([text], "dropped.txt", { type: "text/plain" }));
      return transfer;
    }, STORY);
    const zone = page.locator(".drop-zone");
    await zone.dispatchEvent("dragenter", { dataTransfer });
    expect(await zone.getAttribute("class")).toContain("dragging");
    await zone.dispatchEvent("drop", { dataTransfer });
    await answerReviewerIfAsked(page);
    await expect.poll(() => batches.count()).toBe(1);
    expect(await zone.getAttribute("class")).not.toContain("dragging");
    expect((await latestResults(page))[0]?.slice(0, 2)).toEqual(["dropped.txt", "Added"]);

    const choose = page.getByRole("button", { name: "Choose files…" });
    // The button is disabled while an import runs.
    await expect.poll(() => choose.isEnabled()).toBe(true);
    // Focuses the button, then presses Enter on it.
    await choose.press("Enter");
    await expect.poll(() => choosers.length, { timeout: 10_000 }).toBe(1);
    const [chooser] = choosers as [FileChooser];
    expect(chooser.isMultiple()).toBe(true);
    await chooser.setFiles([textFile("picked.md", MARKDOWN, "text/markdown")]);
    await expect.poll(() => batches.count()).toBe(2);
    expect((await latestResults(page))[0]?.slice(0, 2)).toEqual(["picked.md", "Added"]);
  });

  it("reads HTML as text only: no script, handler or link in it runs", async () => {
    const { page } = session;
    const dialogs: string[] = [];
    page.on("dialog", (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await openImport(page);
    await importFiles(page, [textFile("hostile.html", HOSTILE_HTML, "text/html")]);

    const row = page.locator(".import-result-added", { hasText: "hostile.html" });
    await row.waitFor();
    expect(await row.locator(".import-result-title").textContent()).toBe("Hostile page");
    await page.waitForTimeout(500);
    expect(dialogs).toEqual([]);
    expect(await page.evaluate(() => (window as unknown as { __ran?: string }).__ran ?? null)).toBeNull();

    await row.getByRole("link", { name: "Open" }).click();
    const text = page.locator(".article-text");
    await text.waitFor();
    const content = (await text.textContent()) ?? "";
    expect(content).toContain("Officials said 12 journalists were detained in Minsk.");
    expect(content).toContain("A second paragraph with 3 figures and a link.");
    expect(content).not.toContain("alert");
    expect(await page.locator(".article-text a, .article-text img, .article-text script, .article-text iframe").count()).toBe(0);
    await page.waitForTimeout(300);
    expect(dialogs).toEqual([]);
  });

  it("shows an import, stored by the worker, in this tab and another without a reload", async () => {
    const { page, context } = session;
    await openImport(page);
    const total = async (tab: Page) => Number((await tab.locator(".summary-total").textContent())?.replace(/\D/g, ""));
    await expect.poll(() => total(page)).toBeGreaterThan(0);
    const before = await total(page);

    // The other tab shows the workspace's activity (a live query) beside an open claim.
    const other = await context.newPage();
    await other.goto(`${inject("baseUrl")}?view=articles`, { waitUntil: "networkidle" });
    await other.locator(".article-row .article-link").first().click();
    await other.locator(".article-text mark.hl").first().click();
    await other.locator(".claim-panel").getByRole("tab", { name: "Activity" }).click();
    const activity = other.locator(".claim-panel .history-label");
    await activity.first().waitFor();
    expect(await activity.allTextContents()).not.toContain("Imported 1 article");

    await importFiles(page, [textFile("story.txt", STORY)]);
    const claims = Number((await latestResults(page))[0]?.[2]?.match(/^(\d+) claims?$/)?.[1]);
    expect(claims).toBeGreaterThan(0);
    // This tab's claim index heard the commit on the change feed.
    await expect.poll(() => total(page), { timeout: 10_000 }).toBe(before + claims);
    // The other tab heard it too, and its live query over the history re-ran.
    await expect.poll(() => total(other), { timeout: 10_000 }).toBe(before + claims);
    await expect.poll(() => activity.first().textContent(), { timeout: 10_000 }).toBe("Imported 1 article");
    await other.goto(`${inject("baseUrl")}?view=articles`, { waitUntil: "networkidle" });
    await expect.poll(() => other.locator(".article-row").count()).toBe(3);
    await other.close();
  });

  it("shows progress over a many-file import and saves nothing when cancelled", async () => {
    const { page } = session;
    await openImport(page);
    const seed = await readFile(path.join(root, "seeds/001_7e53c37bd1ea8a30.txt"), "utf8");
    // Long, distinct articles, so extraction takes long enough to cancel.
    const files = Array.from({ length: 40 }, (_, index) =>
      textFile(`long-${index}.txt`, `${Array.from({ length: 40 }, (__, copy) => `Copy ${index}-${copy}. ${varied(seed, index * 100 + copy)}`).join("\n\n")}`),
    );
    await page.locator('.drop-zone input[type="file"]').setInputFiles(files);
    await answerReviewerIfAsked(page);
    const progress = page.locator(".import-progress");
    await progress.waitFor();
    await expect.poll(() => progress.locator(".import-progress-count").textContent()).toMatch(/^\d+ of 40 files$/);
    await progress.getByRole("button", { name: "Cancel" }).click();

    await page.locator(".import-batch").first().waitFor();
    expect(await page.locator(".import-batch-summary").first().textContent()).toBe("Import cancelled: nothing was imported.");
    expect(await progress.count()).toBe(0);

    // Still usable after a cancel (a fresh worker): a small import goes through.
    await importFiles(page, [textFile("after-cancel.txt", STORY)]);
    expect((await latestResults(page))[0]?.[1]).toBe("Added");
    await page.goto(`${inject("baseUrl")}?view=articles`, { waitUntil: "networkidle" });
    await expect.poll(() => page.locator(".article-row").count()).toBe(3);
  });
});
