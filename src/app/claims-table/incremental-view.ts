/**
 * Keeping the claims table's filtered and sorted rows up to date when an edit replaced a few
 * rows, without filtering and sorting all 100,000 again: when every replaced row still passes
 * (or still fails) the view's filters and keeps its sort values, the new lists are the old
 * ones with those rows swapped. Anything else — a claim added or removed, a row that now
 * leaves the view or moves in the sort — takes the full path.
 */
import type { ClaimRow } from "../../db/claim-row.ts";
import type { ClaimRowsSnapshot } from "../workspace/claims-store.ts";
import { filterRows, rowMatcher, type GroupVerdicts } from "./filter-claims.ts";
import { sortValue } from "./sort-claims.ts";
import type { SortKey, TableView } from "./table-view.ts";

interface FilteredEntry {
  view: TableView;
  groups: GroupVerdicts | undefined;
  filtered: ClaimRow[];
}

/** What each rows array was filtered into, for the view it was filtered for. */
const filteredOf = new WeakMap<readonly ClaimRow[], FilteredEntry>();
/** A filtered list made by swapping rows in an earlier one: which one, and the rows swapped. */
const swappedFrom = new WeakMap<readonly ClaimRow[], { earlier: readonly ClaimRow[]; previous: ReadonlyMap<string, ClaimRow> }>();
/** What each filtered list was sorted into, for the sort it was sorted by. */
const orderedOf = new WeakMap<readonly ClaimRow[], { sort: readonly SortKey[]; ordered: ClaimRow[] }>();

export function deriveFiltered(snapshot: ClaimRowsSnapshot, view: TableView, groups: GroupVerdicts | undefined): ClaimRow[] {
  const { rows, patch, byId } = snapshot;
  const earlier = patch ? filteredOf.get(patch.base) : undefined;
  let filtered: ClaimRow[] | undefined;
  if (patch && earlier && earlier.view === view && earlier.groups === groups) {
    const matches = rowMatcher(view, groups);
    const stays = [...patch.previous].every(([id, before]) => {
      const after = byId.get(id);
      return after !== undefined && matches(before) === matches(after);
    });
    if (stays) {
      filtered = swap(earlier.filtered, patch.previous, byId);
      swappedFrom.set(filtered, { earlier: earlier.filtered, previous: patch.previous });
    }
  }
  filtered ??= filterRows(rows, view, groups);
  filteredOf.set(rows, { view, groups, filtered });
  return filtered;
}

/** The filtered rows in sort order: swapped into the earlier order when no sort value changed, else `sortAll()`. */
export function deriveOrdered(filtered: readonly ClaimRow[], sort: readonly SortKey[], byId: ReadonlyMap<string, ClaimRow>, sortAll: () => ClaimRow[]): ClaimRow[] {
  const swapped = swappedFrom.get(filtered);
  const earlier = swapped ? orderedOf.get(swapped.earlier) : undefined;
  let ordered: ClaimRow[] | undefined;
  if (swapped && earlier && sameSort(earlier.sort, sort)) {
    const keepsPlace = [...swapped.previous].every(([id, before]) => {
      const after = byId.get(id);
      return after !== undefined && sort.every((key) => sortValue(before, key.id) === sortValue(after, key.id));
    });
    if (keepsPlace) ordered = swap(earlier.ordered, swapped.previous, byId);
  }
  ordered ??= sortAll();
  orderedOf.set(filtered, { sort, ordered });
  return ordered;
}

/** Replaced rows found one by one (a native scan each); more than this, one pass over the list. */
const SWAP_ONE_BY_ONE = 16;

function swap(list: readonly ClaimRow[], replaced: ReadonlyMap<string, ClaimRow>, byId: ReadonlyMap<string, ClaimRow>): ClaimRow[] {
  if (replaced.size > SWAP_ONE_BY_ONE) return list.map((row) => (replaced.has(row.id) ? (byId.get(row.id) ?? row) : row));
  // The earlier list holds each replaced row as it was: find that very object.
  const next = list.slice();
  for (const [id, before] of replaced) {
    const at = next.indexOf(before);
    if (at >= 0) next[at] = byId.get(id) ?? before;
  }
  return next;
}

function sameSort(a: readonly SortKey[], b: readonly SortKey[]): boolean {
  return a.length === b.length && a.every((key, index) => key.id === b[index]!.id && key.desc === b[index]!.desc);
}
