/** An edit that replaces a few rows updates the filtered and sorted lists without redoing them. */
import { describe, expect, it } from "vitest";
import type { ClaimRow } from "../../../../src/db/claim-row.ts";
import { claimRow } from "../claim-row-factory.ts";
import { ClaimsStore, type ClaimRowsSnapshot } from "../../../../src/app/workspace/claims-store.ts";
import { deriveFiltered, deriveOrdered } from "../../../../src/app/claims-table/incremental-view.ts";
import { parseTableView } from "../../../../src/app/claims-table/table-view.ts";

function row(id: string, overrides: Partial<Omit<ClaimRow, "search">> = {}): ClaimRow {
  return claimRow({ id, checkworthiness: Number(id) / 10, ...overrides });
}

function storeWith(count: number): ClaimsStore {
  const store = new ClaimsStore();
  store.apply(Array.from({ length: count }, (_, index) => row(String(index))));
  store.markLoaded();
  return store;
}

describe("incremental table view", () => {
  const view = parseTableView(new URLSearchParams("status=unreviewed,refuted&sort=checkworthiness.desc"));

  /** The snapshot's rows in view order, and how often that took a full sort. */
  function viewOf(snapshot: ClaimRowsSnapshot): { rows: [string, string][]; sorts: number } {
    let sorts = 0;
    const ordered = deriveOrdered(deriveFiltered(snapshot, view, undefined), view.sort, snapshot.byId, () => {
      sorts++;
      return [];
    });
    return { rows: ordered.map((item) => [item.id, item.status]), sorts };
  }

  it("swaps a replaced row into the earlier lists when it stays in view and keeps its place", () => {
    const store = storeWith(5);
    const first = store.getSnapshot();
    const filtered = deriveFiltered(first, view, undefined);
    const ordered = deriveOrdered(filtered, view.sort, first.byId, () => [...filtered].sort((a, b) => b.checkworthiness - a.checkworthiness));
    expect(ordered.map((item) => item.id)).toEqual(["4", "3", "2", "1", "0"]);

    store.apply([row("2", { status: "refuted" })]);
    const second = store.getSnapshot();
    expect(second.patch?.base).toBe(first.rows);
    expect(viewOf(second)).toEqual({
      rows: [
        ["4", "unreviewed"],
        ["3", "unreviewed"],
        ["2", "refuted"],
        ["1", "unreviewed"],
        ["0", "unreviewed"],
      ],
      sorts: 0,
    });
  });

  it("filters again when a replaced row leaves the view, and sorts again when its sort value changed", () => {
    const store = storeWith(5);
    const first = store.getSnapshot();
    deriveOrdered(deriveFiltered(first, view, undefined), view.sort, first.byId, () => []);
    store.apply([row("2", { status: "supported" })]);
    const second = store.getSnapshot();
    expect(deriveFiltered(second, view, undefined).map((item) => item.id)).toEqual(["0", "1", "3", "4"]);

    const third = storeWith(3);
    const base = third.getSnapshot();
    const filtered = deriveFiltered(base, view, undefined);
    deriveOrdered(filtered, view.sort, base.byId, () => [...filtered]);
    third.apply([row("1", { checkworthiness: 0.95 })]);
    expect(viewOf(third.getSnapshot()).sorts).toBe(1);
  });

  it("swaps an edit made while the first load is still adding rows, and derives again for the next page", () => {
    const store = new ClaimsStore();
    store.apply([row("0"), row("1"), row("2")]);
    const first = store.getSnapshot();
    expect(first.loaded).toBe(false);
    const filtered = deriveFiltered(first, view, undefined);
    deriveOrdered(filtered, view.sort, first.byId, () => [...filtered].sort((a, b) => b.checkworthiness - a.checkworthiness));

    store.apply([row("1", { status: "refuted" })]);
    const edited = store.getSnapshot();
    expect(edited.patch?.base).toBe(first.rows);
    expect(viewOf(edited)).toEqual({
      rows: [
        ["2", "unreviewed"],
        ["1", "refuted"],
        ["0", "unreviewed"],
      ],
      sorts: 0,
    });

    store.apply([row("3")]);
    expect(store.getSnapshot().patch).toBeUndefined();
  });

  it("gives no patch when a claim was added or removed", () => {
    const store = storeWith(3);
    store.getSnapshot();
    store.apply([row("9")], ["0"]);
    expect(store.getSnapshot().patch).toBeUndefined();
  });
});
