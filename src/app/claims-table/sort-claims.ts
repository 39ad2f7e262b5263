/**
 * The claims table's order. TanStack Table keeps the sort state (which columns, which way,
 * Shift-click to add one, the first direction of each); the ordering itself happens here, over
 * the plain rows, with every row's sort values read once before one Array.sort, so ordering
 * 100,000 claims never builds a table row object per claim. The comparisons are TanStack's own
 * (alphanumeric: natural order, case ignored; basic: < and >), so the order is the one it gave.
 */
import { sortFn_alphanumeric, sortFn_basic } from "@tanstack/react-table";
import { STATUSES } from "../../../claim-schemas/vocabulary.ts";
import type { ClaimRow } from "../../db/claim-row.ts";
import type { ColumnId, SortKey } from "./table-view.ts";

type SortValue = string | number;

const STATUS_ORDER = new Map<string, number>(STATUSES.map((status, index) => [status, index]));

/** What each column sorts by, and how two values compare. */
const SORT_BY: Record<ColumnId, { value: (row: ClaimRow) => SortValue; natural: boolean }> = {
  text: { value: (row) => row.text, natural: true },
  article: { value: (row) => row.articleTitle, natural: true },
  speaker: { value: (row) => row.speaker, natural: true },
  cue: { value: (row) => row.cue, natural: true },
  kind: { value: (row) => row.kind, natural: true },
  quantities: { value: (row) => row.quantities, natural: true },
  date: { value: (row) => row.date ?? "", natural: false },
  status: { value: (row) => STATUS_ORDER.get(row.status) ?? 0, natural: false },
  reporting: { value: (row) => row.reporting, natural: true },
  checkworthiness: { value: (row) => row.checkworthiness, natural: false },
  reviewer: { value: (row) => row.reviewer ?? "", natural: true },
  updated: { value: (row) => row.updatedAt, natural: false },
};

// The value-level halves of TanStack's sort functions (they never look at the rows).
const compareNatural = sortFn_alphanumeric.sort as (a: string, b: string) => number;
const resolveNatural = sortFn_alphanumeric.resolveDataValue as (value: unknown) => string;
const compareBasic = sortFn_basic.sort as (a: SortValue, b: SortValue) => number;

/** The value a row sorts by in a column; an edit that keeps it keeps the row's place. */
export function sortValue(row: ClaimRow, column: ColumnId): SortValue {
  return SORT_BY[column].value(row);
}

/** The rows in the order of `sort` (earlier keys first; ties keep their order in `rows`). */
export function sortClaimRows(rows: readonly ClaimRow[], sort: readonly SortKey[]): ClaimRow[] {
  if (sort.length === 0) return [...rows];
  const keys = sort.map(({ id, desc }) => {
    const { value, natural } = SORT_BY[id];
    const values: SortValue[] = natural ? rows.map((row) => resolveNatural(value(row))) : rows.map(value);
    return { values, compare: natural ? (compareNatural as (a: SortValue, b: SortValue) => number) : compareBasic, sign: desc ? -1 : 1 };
  });
  const order = rows.map((_, index) => index);
  order.sort((a, b) => {
    for (const { values, compare, sign } of keys) {
      const result = compare(values[a]!, values[b]!);
      if (result !== 0) return sign * result;
    }
    return a - b;
  });
  return order.map((index) => rows[index]!);
}
