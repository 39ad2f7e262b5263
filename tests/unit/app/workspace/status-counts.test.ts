/** Claims by status: counted once, then adjusted for the rows an edit replaced. */
import { describe, expect, it } from "vitest";
import type { ClaimRow } from "../../../../src/db/claim-row.ts";
import { claimRow } from "../claim-row-factory.ts";
import type { Status } from "../../../../claim-schemas/vocabulary.ts";
import { ClaimsStore } from "../../../../src/app/workspace/claims-store.ts";
import { statusCounts } from "../../../../src/app/workspace/status-counts.ts";

function row(id: string, status: Status): ClaimRow {
  return claimRow({ id, status });
}

const recount = (rows: readonly ClaimRow[]) => {
  const counts = new Map<Status, number>();
  for (const item of rows) counts.set(item.status, (counts.get(item.status) ?? 0) + 1);
  return counts;
};

describe("status counts", () => {
  it("counts every status, and after edits agrees with counting again", () => {
    const store = new ClaimsStore();
    store.apply([row("1", "unreviewed"), row("2", "unreviewed"), row("3", "refuted")]);
    store.markLoaded();
    const first = statusCounts(store.getSnapshot());
    expect(first.get("unreviewed")).toBe(2);
    expect(first.get("refuted")).toBe(1);
    expect(first.get("supported")).toBe(0);

    store.apply([row("1", "supported"), row("3", "supported")]);
    const edited = store.getSnapshot();
    expect(edited.patch).toBeDefined();
    const adjusted = statusCounts(edited);
    expect(adjusted.get("unreviewed")).toBe(1);
    expect(adjusted.get("refuted")).toBe(0);
    expect(adjusted.get("supported")).toBe(2);

    store.apply([row("4", "unverifiable")], ["2"]);
    const grown = store.getSnapshot();
    const counted = statusCounts(grown);
    for (const [status, count] of recount(grown.rows)) expect(counted.get(status)).toBe(count);
    expect(counted.get("unreviewed")).toBe(0);
    // The earlier counts are left as they were.
    expect(first.get("unreviewed")).toBe(2);
  });
});
