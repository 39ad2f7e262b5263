/**
 * Review, start to finish, in the built app: open an article and see its claims highlighted,
 * select one, judge claims by keyboard, reload and find the judgements kept, undo after the
 * reload, follow an edit from a second tab, keep a `javascript:` evidence URL inert, and
 * create a claim by selecting text.
 */
import { copyFile, mkdir } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { Page } from "playwright-core";
import { afterEach, beforeEach, describe, expect, inject, it } from "vitest";
import { openApp, type AppSession } from "./browser.ts";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const artifacts = path.join(root, "tests/e2e/artifacts");

/** The seed article about the 1 September detentions. */
const ARTICLE_FILE = "000_8571b3127ba608cc.txt";

async function openSeedArticle(page: Page): Promise<void> {
  await page.goto(`${inject("baseUrl")}?view=articles`, { waitUntil: "networkidle" });
  const row = page.locator(".article-row", { hasText: ARTICLE_FILE });
  await row.locator(".article-link").click();
  await page.locator(".article-text mark.hl").first().waitFor();
}

/** The count the header shows for a status. */
async function summaryCount(page: Page, status: string): Promise<number> {
  return Number(await page.locator(`.summary-count.status-${status} strong`).textContent());
}

function claimIdInUrl(page: Page): string | null {
  return new URL(page.url()).searchParams.get("claim");
}

/** Clicks the highlight of the claim whose text (over all its runs) contains `phrase`; returns its id. */
async function clickClaim(page: Page, phrase: string): Promise<string> {
  const id = await page.evaluate((wanted) => {
    const texts = new Map<string, string>();
    for (const mark of document.querySelectorAll<HTMLElement>(".article-text mark[data-claim]")) {
      const claim = mark.dataset.claim!;
      texts.set(claim, (texts.get(claim) ?? "") + mark.textContent);
    }
    return [...texts].find(([, text]) => text.includes(wanted))?.[0] ?? null;
  }, phrase);
  expect(id, `a highlighted claim containing "${phrase}"`).not.toBeNull();
  await page.locator(`.article-text mark[data-claim="${id}"]`).first().click();
  await expect.poll(() => claimIdInUrl(page)).toBe(id);
  return id!;
}

async function answerReviewer(page: Page, name: string): Promise<void> {
  const dialog = page.getByRole("dialog", { name: "Who is reviewing?" });
  await dialog.waitFor();
  await dialog.getByRole("textbox").fill(name);
  await dialog.getByRole("button", { name: "Save name" }).click();
  await dialog.waitFor({ state: "detached" });
}

describe("review", () => {
  let session: AppSession;

  beforeEach(async () => {
    session = await openApp(inject("baseUrl"), { viewport: { width: 1440, height: 900 } });
  });

  afterEach(async () => {
    expect(session.pageErrors).toEqual([]);
    expect(session.consoleErrors).toEqual([]);
    expect(session.foreignRequests).toEqual([]);
    await session?.close();
  });

  it("lists articles and highlights an article's claims in place", async () => {
    const { page } = session;
    await page.goto(`${inject("baseUrl")}?view=articles`, { waitUntil: "networkidle" });
    await page.locator(".article-row").first().waitFor();
    expect(await page.locator(".article-row").count()).toBe(2);
    await page.screenshot({ path: "/tmp/review-list.png" });

    await openSeedArticle(page);
    const marks = page.locator(".article-text mark.hl");
    expect(await marks.count()).toBeGreaterThan(5);
    // Quantities are underlined inside their claims.
    expect(await page.locator(".article-text mark.hl-quantity", { hasText: "128" }).count()).toBeGreaterThan(0);
    // Article text is rendered as text: no element comes from it.
    expect(await page.locator(".article-text script, .article-text img, .article-text a").count()).toBe(0);

    // A click on a highlight opens the claim in the panel.
    await clickClaim(page, "128 people were held");
    const panelText = page.locator('.claim-panel [data-shortcut-target="claim-text"]');
    await expect.poll(() => panelText.inputValue()).toContain("128 people were held");
    await page.screenshot({ path: "/tmp/review-article.png" });

    // Keyboard: a highlight is a tab stop; Enter on it selects its claim, with a visible focus ring.
    const secondMark = page.locator(".article-text mark[data-first-of]").nth(1);
    await secondMark.focus();
    await page.keyboard.press("Enter");
    await expect.poll(() => claimIdInUrl(page)).toBe(await secondMark.getAttribute("data-claim"));
    expect(await secondMark.evaluate((element) => getComputedStyle(element).outlineStyle)).toBe("solid");
    await page.screenshot({ path: "/tmp/review-focus.png" });

    // The shortcut list.
    await page.locator("body").press("?");
    const help = page.getByRole("dialog", { name: "Keyboard shortcuts" });
    await help.waitFor();
    expect(await help.locator("tr", { hasText: "Next claim" }).count()).toBe(1);
    await page.screenshot({ path: "/tmp/review-help.png" });
    await page.keyboard.press("Escape");
    await help.waitFor({ state: "detached" });

    // e edits the claim text; Esc leaves the field, a second Esc closes the panel.
    await page.keyboard.press("e");
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute("data-shortcut-target"))).toBe("claim-text");
    await page.keyboard.press("j"); // typed into the field, not a shortcut
    expect(claimIdInUrl(page)).toBe(await secondMark.getAttribute("data-claim"));
    await page.keyboard.press("Backspace");
    await page.keyboard.press("Escape");
    await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe("BODY");
    await page.keyboard.press("Escape");
    await expect.poll(() => claimIdInUrl(page)).toBeNull();
    await page.locator(".claim-panel").waitFor({ state: "detached" });
  });

  it("judges claims by keyboard, keeps them across a reload, and undoes after it", async () => {
    const { page } = session;
    await openSeedArticle(page);
    expect(await summaryCount(page, "refuted")).toBe(0);

    await page.locator("body").press("j"); // the first claim in reading order
    const first = claimIdInUrl(page);
    expect(first).not.toBeNull();
    await page.keyboard.press("3");
    await answerReviewer(page, "Ann Reviewer");
    const firstMark = page.locator(`.article-text mark[data-claim="${first}"]`).first();
    await expect.poll(() => firstMark.getAttribute("class")).toContain("status-refuted");
    await expect.poll(() => summaryCount(page, "refuted")).toBe(1);

    await page.keyboard.press("j");
    const second = claimIdInUrl(page);
    expect(second).not.toBe(first);
    await page.keyboard.press("1");
    await expect.poll(() => summaryCount(page, "supported")).toBe(1);
    await expect.poll(() => page.locator(".claim-panel .status-choices [aria-pressed='true']").textContent()).toContain("Supported");
    expect(await page.locator(".claim-panel .reviewed-by").textContent()).toContain("Ann Reviewer");

    // Verdict key on the third claim: mark it and jump to the next unreviewed claim.
    await page.keyboard.press("ArrowDown");
    const third = claimIdInUrl(page);
    await page.keyboard.press("Shift+Digit4");
    await expect.poll(() => summaryCount(page, "unsupported")).toBe(1);
    await expect.poll(() => claimIdInUrl(page)).not.toBe(third);
    await page.keyboard.press("ArrowUp");
    expect(claimIdInUrl(page)).toBe(third);

    // r cycles reporting.
    await page.keyboard.press("r");
    await expect.poll(() => page.locator(".claim-panel .reporting-choices [aria-pressed='true']").textContent()).toBe("Accurate");

    await page.reload({ waitUntil: "networkidle" });
    await page.locator(".article-text mark.hl").first().waitFor();
    await expect.poll(() => summaryCount(page, "refuted")).toBe(1);
    await expect.poll(() => summaryCount(page, "supported")).toBe(1);
    await expect.poll(() => firstMark.getAttribute("class")).toContain("status-refuted");
    await page.setViewportSize({ width: 1600, height: 1000 });
    await page.screenshot({ path: "/tmp/review-statuses.png" });
    await mkdir(artifacts, { recursive: true });
    await copyFile("/tmp/review-statuses.png", path.join(artifacts, "article-view.png"));

    // Undo after the reload: the history is stored, so the last changes come back off in order.
    await page.locator("body").press("u"); // reporting
    await page.keyboard.press("u"); // unsupported
    await expect.poll(() => summaryCount(page, "unsupported")).toBe(0);
    await page.keyboard.press("Control+z"); // supported
    await expect.poll(() => summaryCount(page, "supported")).toBe(0);
    expect(await summaryCount(page, "refuted")).toBe(1);
    await page.keyboard.press("Shift+U"); // redo: supported again
    await expect.poll(() => summaryCount(page, "supported")).toBe(1);

    // The claim's own history lists who did what.
    await page.goto(`${inject("baseUrl")}?view=articles&article=${new URL(page.url()).searchParams.get("article")}&claim=${first}`);
    const history = page.locator(".claim-panel .history-list");
    await history.waitFor();
    expect(await history.textContent()).toContain("Ann Reviewer");

    // g then c: the claims view, with the panel still beside it.
    await page.locator("body").press("g");
    await page.keyboard.press("c");
    await expect.poll(() => new URL(page.url()).searchParams.get("view")).toBe("claims");
    await page.locator(".claim-panel").waitFor();
    // Enter: back to the claim in its article.
    await page.keyboard.press("Enter");
    await expect.poll(() => new URL(page.url()).searchParams.get("view")).toBe("articles");
    await page.locator(`.article-text mark[data-claim="${first}"].is-selected`).first().waitFor();
  });

  it("shows an edit made in another tab without a reload", async () => {
    const { page, context } = session;
    await openSeedArticle(page);
    const claimId = await clickClaim(page, "128 people were held");
    const other = await context.newPage();
    await other.goto(page.url(), { waitUntil: "networkidle" });
    const otherMark = other.locator(`.article-text mark[data-claim="${claimId}"]`).first();
    await otherMark.waitFor();
    expect(await otherMark.getAttribute("class")).toContain("status-unreviewed");

    await page.locator(".claim-panel .status-choices button", { hasText: "Partly supported" }).click();
    await answerReviewer(page, "Ann Reviewer");
    await expect.poll(() => otherMark.getAttribute("class"), { timeout: 10_000 }).toContain("status-partly-supported");

    const field = page.locator('.claim-panel [data-shortcut-target="claim-text"]');
    await field.fill("128 people were held across Belarus on 1 September.");
    await field.press("Control+Enter");
    const otherField = other.locator('.claim-panel [data-shortcut-target="claim-text"]');
    await expect.poll(() => otherField.inputValue(), { timeout: 10_000 }).toBe("128 people were held across Belarus on 1 September.");
    await expect.poll(() => summaryCount(other, "partly-supported"), { timeout: 10_000 }).toBe(1);
    await other.close();
  });

  it("never makes a javascript: evidence URL a link", async () => {
    const { page } = session;
    await openSeedArticle(page);
    await clickClaim(page, "128 people were held");
    const panel = page.locator(".claim-panel");
    await panel.getByLabel("Evidence URL").fill("javascript:alert(document.domain)");
    await panel.getByLabel("Evidence note").fill("pasted from a chat");
    await panel.getByRole("button", { name: "Add", exact: true }).click();
    await answerReviewer(page, "Ann Reviewer");
    await panel.locator(".evidence-item").first().waitFor();
    await panel.getByLabel("Evidence URL").fill("https://spring96.org/en/news/98765");
    await panel.getByLabel("Evidence note").fill("Viasna's list of detainees");
    await panel.getByRole("button", { name: "Add", exact: true }).click();
    await expect.poll(() => panel.locator(".evidence-item").count()).toBe(2);

    const unsafe = panel.locator(".evidence-item", { hasText: "javascript:" });
    expect(await unsafe.locator("a").count()).toBe(0);
    expect(await panel.locator('a[href^="javascript"]').count()).toBe(0);
    const link = panel.locator(".evidence-item a.evidence-url");
    expect(await link.getAttribute("href")).toBe("https://spring96.org/en/news/98765");
    expect(await link.getAttribute("rel")).toBe("noopener noreferrer");
    expect(await link.getAttribute("target")).toBe("_blank");
    await panel.locator(".evidence").scrollIntoViewIfNeeded();
    await page.screenshot({ path: "/tmp/review-panel.png" });

    // Remove one.
    await panel.getByRole("button", { name: "Remove evidence 1" }).click();
    await expect.poll(() => panel.locator(".evidence-item").count()).toBe(1);
  });

  it("splits, merges and deletes a claim from the panel, and undoes the delete", async () => {
    const { page } = session;
    await openSeedArticle(page);
    const claimCount = () => page.locator(".article-text mark.hl[data-first-of]").count();
    const before = await claimCount();
    const original = await clickClaim(page, "128 people were held");
    const panel = page.locator(".claim-panel");

    await panel.getByRole("button", { name: "Split…" }).click();
    await panel.getByRole("button", { name: "amid", exact: true }).click();
    expect(await panel.locator(".split-preview li").allTextContents()).toEqual([
      "A total of 128 people were held across Belarus the previous day",
      "amid a crackdown on a weekslong protest movement",
    ]);
    await page.screenshot({ path: "/tmp/review-split.png" });
    await panel.getByRole("button", { name: "Split into two claims" }).click();
    await answerReviewer(page, "Ann Reviewer");
    await expect.poll(claimCount).toBe(before + 1);
    expect(claimIdInUrl(page)).not.toBe(original);
    await expect.poll(() => panel.locator('[data-shortcut-target="claim-text"]').inputValue()).toContain("previous day");

    await panel.getByRole("button", { name: "Merge with next" }).click();
    await expect.poll(claimCount).toBe(before);
    await expect.poll(() => panel.locator('[data-shortcut-target="claim-text"]').inputValue()).toContain("weekslong protest movement");

    await panel.getByRole("button", { name: "Delete…" }).click();
    const confirm = page.getByRole("dialog", { name: "Delete this claim?" });
    await confirm.getByRole("button", { name: "Delete claim" }).click();
    await expect.poll(claimCount).toBe(before - 1);
    await expect.poll(() => claimIdInUrl(page)).toBeNull();

    await page.locator("body").press("u");
    await expect.poll(claimCount).toBe(before);

    // The merged claim's history, and the workspace activity.
    const merged = page.locator(".article-text mark[data-claim]", { hasText: "weekslong protest movement" }).first();
    await merged.click();
    const history = panel.locator(".history-list");
    await history.scrollIntoViewIfNeeded();
    await expect.poll(() => history.locator(".history-entry").count()).toBeGreaterThan(0);
    await panel.getByRole("tab", { name: "All activity" }).click();
    await expect.poll(() => panel.locator(".history-entry").count()).toBeGreaterThanOrEqual(4);
    await panel.locator(".history-list").scrollIntoViewIfNeeded();
    await page.screenshot({ path: "/tmp/review-history.png" });
  });

  it("creates a claim from selected text", async () => {
    const { page } = session;
    await openSeedArticle(page);
    const before = await page.locator(".article-text mark.hl[data-first-of]").count();
    const phrase = "Hundreds of thousands of citizens";
    const box = await page.evaluate((wanted) => {
      // The phrase may span several runs (a quantity is a run of its own): search each paragraph's text nodes together.
      for (const paragraph of document.querySelectorAll(".article-text p")) {
        const nodes: Text[] = [];
        const walker = document.createTreeWalker(paragraph, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) nodes.push(node as Text);
        const whole = nodes.map((node) => node.data).join("");
        const at = whole.indexOf(wanted);
        if (at === -1) continue;
        const locate = (offset: number): [Text, number] => {
          let seen = 0;
          for (const node of nodes) {
            if (offset <= seen + node.data.length) return [node, offset - seen];
            seen += node.data.length;
          }
          throw new Error("offset outside the paragraph");
        };
        const range = document.createRange();
        range.setStart(...locate(at));
        range.setEnd(...locate(at + wanted.length));
        paragraph.scrollIntoView({ block: "center" });
        const rects = range.getClientRects();
        const firstRect = rects[0]!;
        const lastRect = rects[rects.length - 1]!;
        return { left: firstRect.left, y: firstRect.top + firstRect.height / 2, right: lastRect.right, y2: lastRect.top + lastRect.height / 2 };
      }
      return null;
    }, phrase);
    expect(box).not.toBeNull();
    await page.mouse.move(box!.left + 1, box!.y);
    await page.mouse.down();
    await page.mouse.move(box!.right - 1, box!.y2, { steps: 8 });
    await page.mouse.up();
    const create = page.getByRole("button", { name: "+ Create claim" });
    await create.waitFor();
    await page.screenshot({ path: "/tmp/review-create.png" });
    await create.click();
    await answerReviewer(page, "Ann Reviewer");
    await expect.poll(() => page.locator(".article-text mark.hl[data-first-of]").count()).toBe(before + 1);
    const created = claimIdInUrl(page);
    expect(created).not.toBeNull();
    const mark = page.locator(`.article-text mark[data-claim="${created}"]`);
    await expect.poll(() => mark.allTextContents().then((parts) => parts.join(""))).toContain(phrase.slice(1, -1));
    await expect.poll(() => page.locator('.claim-panel [data-shortcut-target="claim-text"]').inputValue()).toContain("thousands of citizens");

    await mkdir(artifacts, { recursive: true });
    await page.screenshot({ path: path.join(artifacts, "review-created.png") });
    await copyFile("/tmp/review-create.png", path.join(artifacts, "review-create.png"));
  });
});
