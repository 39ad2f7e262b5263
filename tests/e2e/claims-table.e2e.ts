/**
 * The claims table in the production build: search, a filter kept in the URL across a reload,
 * sort, grouping, bulk status for selected rows, and the row a click opens.
 */
import { afterEach, beforeEach, describe, expect, inject, it } from "vitest";
import { openApp, type AppSession } from "./browser.ts";

describe("claims table", () => {
  let session: AppSession;

  beforeEach(async () => {
    session = await openApp(inject("baseUrl"), { viewport: { width: 1440, height: 900 } });
  });

  afterEach(async () => {
    await session?.close();
  });

  const rowCount = async () => session.page.locator(".claims-row").count();
  const shownTotal = async () => Number((await session.page.locator(".claims-status-line strong").first().textContent())?.replace(/,/g, ""));

  it("searches, filters, sorts, groups and sets statuses in bulk", async () => {
    const { page } = session;
    await page.goto(inject("baseUrl"));
    await expect.poll(rowCount, { timeout: 20_000 }).toBeGreaterThan(10);
    const everything = await shownTotal();

    // Search narrows the rows; "/" focuses the box.
    await page.keyboard.press("/");
    await page.keyboard.type("extremists");
    await expect.poll(shownTotal).toBeLessThan(everything);
    await expect.poll(() => page.locator(".claims-row").first().textContent()).toContain("extremists");
    expect(new URL(page.url()).searchParams.get("q")).toBe("extremists");
    // The address bar follows typing right after the rows are painted, and a reload keeps the search.
    await page.getByRole("searchbox").fill("extremists Lavrov");
    await expect.poll(() => new URL(page.url()).searchParams.get("q")).toBe("extremists Lavrov");
    await page.reload();
    await expect.poll(() => page.getByRole("searchbox").inputValue(), { timeout: 20_000 }).toBe("extremists Lavrov");
    await expect.poll(shownTotal).toBeLessThan(everything);
    await page.getByRole("searchbox").fill("");
    await expect.poll(shownTotal).toBe(everything);

    // Sort by check-worthiness, highest first (the column sorts descending first).
    await page.getByRole("button", { name: "Check-worthiness" }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get("sort")).toBe("checkworthiness.desc");
    const scores = (await page.locator(".claims-row .worth-value").allTextContents()).map(Number);
    expect(scores.length).toBeGreaterThan(5);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);

    // Group by article: one header per seed article, with counts that add up.
    await page.getByLabel("Group by").selectOption("article");
    // Rows are virtual: collapse the first group to bring the second header into view.
    await page.locator(".claims-group").first().getByRole("button").click();
    await expect.poll(() => page.locator(".claims-group").count()).toBe(2);
    expect(await page.locator(".claims-group").first().getByRole("button").getAttribute("aria-expanded")).toBe("false");
    const counts = (await page.locator(".claims-group .group-count").allTextContents()).map(Number);
    expect(counts.reduce((sum, count) => sum + count, 0)).toBe(everything);
    await page.getByLabel("Group by").selectOption("");
    // The list may follow the view a moment behind the controls (a deferred render in a large workspace).
    await expect.poll(() => page.locator(".claims-group").count()).toBe(0);

    // Select two rows and refute them together; the reviewer is asked for a name once.
    const firstTwo = page.locator(".claims-row");
    const ids = [await firstTwo.nth(0).getAttribute("data-claim-id"), await firstTwo.nth(1).getAttribute("data-claim-id")];
    await firstTwo.nth(0).getByRole("checkbox").check();
    await firstTwo.nth(1).getByRole("checkbox").check();
    await page.getByRole("region", { name: "Selected claims" }).getByRole("button", { name: "Refuted" }).click();
    const dialog = page.getByRole("dialog", { name: "Who is reviewing?" });
    await dialog.getByRole("textbox").fill("Table Tester");
    await dialog.getByRole("button", { name: "Save name" }).click();
    await expect.poll(() => page.locator(".summary-count.status-refuted strong").textContent()).toBe("2");

    // A status filter in the URL survives a reload, and shows exactly those two.
    await page.locator(".summary-count.status-refuted").click();
    await expect.poll(() => new URL(page.url()).searchParams.get("status")).toBe("refuted");
    await page.reload();
    await expect.poll(rowCount, { timeout: 20_000 }).toBe(2);
    const refutedIds = await page.locator(".claims-row").evaluateAll((rows) => rows.map((row) => row.getAttribute("data-claim-id")));
    expect(refutedIds.sort()).toEqual([...ids].sort());
    expect(await page.locator(".claims-row .status-pill").allTextContents()).toEqual(["Refuted", "Refuted"]);

    // A click opens the claim in the side panel, and the row shows it is the one open.
    await page.locator(".claims-row").first().click();
    await expect.poll(() => new URL(page.url()).searchParams.get("claim")).toBe(await page.locator(".claims-row").first().getAttribute("data-claim-id"));
    await expect.poll(() => page.locator(".claims-row.selected").count()).toBe(1);

    // Filters that match nothing say so, with a way back.
    await page.getByRole("searchbox").fill("zzzz-no-such-claim");
    await expect.poll(() => page.getByText("No claim matches these filters.").count()).toBe(1);
    await page.locator(".claims-no-match").getByRole("button", { name: "Clear filters" }).click();
    await expect.poll(shownTotal).toBe(everything);

    // Among unreviewed claims, a verdict key (Shift+1) moves on to the next unreviewed claim in
    // the list, not to the top, although the judged claim leaves the list at once.
    await page.goto(`${inject("baseUrl")}?view=claims&status=unreviewed`);
    await expect.poll(rowCount, { timeout: 20_000 }).toBeGreaterThan(5);
    const listed = await page.locator(".claims-row").evaluateAll((rows) => rows.map((row) => row.getAttribute("data-claim-id")));
    await page.locator(".claims-row").nth(2).click();
    await expect.poll(() => new URL(page.url()).searchParams.get("claim")).toBe(listed[2]);
    await page.locator("body").press("Shift+Digit1");
    await expect.poll(() => new URL(page.url()).searchParams.get("claim")).toBe(listed[3]);
    await expect.poll(() => page.locator(`.claims-row[data-claim-id="${listed[2]}"]`).count()).toBe(0);

    await page.screenshot({ path: "tests/e2e/artifacts/claims-table.png" });
    expect(session.foreignRequests).toEqual([]);
    expect(session.pageErrors).toEqual([]);
    expect(session.consoleErrors).toEqual([]);
  });
});
