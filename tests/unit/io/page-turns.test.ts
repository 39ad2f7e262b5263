import { describe, expect, it } from "vitest";
import { PAGE_SLICE_MS, PageTurns } from "../../../src/io/page-turns.ts";

const busyFor = (ms: number) => {
  for (const until = performance.now() + ms; performance.now() < until; );
};

describe("PageTurns", () => {
  it("is due once a slice of work is spent, and gives the page a task before the next slice", async () => {
    const turns = new PageTurns();
    expect(turns.due).toBe(false);
    busyFor(PAGE_SLICE_MS + 2);
    expect(turns.due).toBe(true);
    let pageRan = false;
    setTimeout(() => (pageRan = true), 0);
    await turns.give();
    expect(pageRan).toBe(true);
    expect(turns.due).toBe(false);
  });
});
