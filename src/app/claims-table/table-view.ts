/**
 * The claims table's view — search, filters, sort, grouping, columns — as it lives in the URL
 * so a view can be bookmarked (docs/workbench-architecture.md). URL keys:
 *   q         full-text search (claim, speaker, article, quantities)
 *   status    statuses, comma-separated        kind       kinds, comma-separated
 *   reporting reporting values, comma-separated
 *   speaker   speaker contains                 article    article id
 *   cue       cue contains                     reviewer   reviewer contains
 *   from, to  the claim's date within these days (YYYY-MM-DD, either may be absent;
 *             a claim without a date is left out once either is set)
 *   minworth  minimum check-worthiness, 0..1
 *   compare   grouped | conflicting: claims in a comparison group, or in one whose figures conflict
 *   sort      column.dir pairs, e.g. "checkworthiness.desc,date.asc"
 *   group     article | speaker | status
 *   cols      visible columns, comma-separated (absent: the default set)
 * Unknown or malformed values are ignored, never an error: a bookmark outlives a version.
 */
import { CLAIM_KINDS, REPORTING, STATUSES, type ClaimKind, type Reporting, type Status } from "../../../claim-schemas/vocabulary.ts";

export const COLUMN_IDS = [
  "text",
  "article",
  "speaker",
  "cue",
  "kind",
  "quantities",
  "date",
  "status",
  "reporting",
  "checkworthiness",
  "reviewer",
  "updated",
] as const;
export type ColumnId = (typeof COLUMN_IDS)[number];

export const DEFAULT_COLUMNS: readonly ColumnId[] = ["text", "article", "speaker", "kind", "quantities", "date", "status", "checkworthiness"];

export const GROUPINGS = ["article", "speaker", "status"] as const;
export type Grouping = (typeof GROUPINGS)[number];

/** Claims in any comparison group, or only in one whose figures conflict. */
export const COMPARE_FILTERS = ["grouped", "conflicting"] as const;
export type CompareFilter = (typeof COMPARE_FILTERS)[number];
export interface SortKey {
  id: ColumnId;
  desc: boolean;
}

export interface TableView {
  q: string;
  status: Status[];
  kind: ClaimKind[];
  reporting: Reporting[];
  speaker: string;
  article: string;
  cue: string;
  reviewer: string;
  from: string;
  to: string;
  minWorth: number;
  compare: CompareFilter | null;
  sort: SortKey[];
  group: Grouping | null;
  columns: ColumnId[];
}

/** The URL keys this view owns, to clear them all at once. */
export const VIEW_KEYS = ["q", "status", "kind", "reporting", "speaker", "article", "cue", "reviewer", "from", "to", "minworth", "compare", "sort", "group", "cols"] as const;

/** The keys that filter (Clear filters removes them; sort, grouping and columns stay). */
export const FILTER_KEYS = VIEW_KEYS.filter((key) => key !== "sort" && key !== "group" && key !== "cols");

const DAY = /^\d{4}-\d{2}-\d{2}$/;

function dayOf(value: string | null): string {
  return value !== null && DAY.test(value) ? value : "";
}

function listOf<T extends string>(value: string | null, allowed: readonly T[]): T[] {
  if (value === null) return [];
  const known = new Set<string>(allowed);
  return [...new Set(value.split(",").map((part) => part.trim()))].filter((part): part is T => known.has(part));
}

/**
 * The view's own part of the query string: the same text while only other keys change (the
 * selected claim, say), so a view derived from it stays the same object and nothing is
 * filtered or sorted again.
 */
export function tableViewQuery(params: URLSearchParams): string {
  const own = new URLSearchParams();
  for (const key of VIEW_KEYS) {
    const value = params.get(key);
    if (value !== null) own.set(key, value);
  }
  return own.toString();
}

export function parseTableView(params: URLSearchParams): TableView {
  const minWorth = Number(params.get("minworth"));
  const sort = (params.get("sort") ?? "")
    .split(",")
    .map((part) => /^([a-z]+)\.(asc|desc)$/.exec(part.trim()))
    .flatMap((match) => (match !== null && (COLUMN_IDS as readonly string[]).includes(match[1]!) ? [{ id: match[1] as ColumnId, desc: match[2] === "desc" }] : []))
    .filter((key, index, all) => all.findIndex((other) => other.id === key.id) === index);
  const group = params.get("group");
  const compare = params.get("compare");
  const columns = listOf(params.get("cols"), COLUMN_IDS);
  return {
    q: params.get("q") ?? "",
    status: listOf(params.get("status"), STATUSES),
    kind: listOf(params.get("kind"), CLAIM_KINDS),
    reporting: listOf(params.get("reporting"), REPORTING),
    speaker: params.get("speaker") ?? "",
    article: params.get("article") ?? "",
    cue: params.get("cue") ?? "",
    reviewer: params.get("reviewer") ?? "",
    from: dayOf(params.get("from")),
    to: dayOf(params.get("to")),
    minWorth: Number.isFinite(minWorth) && minWorth > 0 && minWorth <= 1 ? minWorth : 0,
    compare: (COMPARE_FILTERS as readonly string[]).includes(compare ?? "") ? (compare as CompareFilter) : null,
    sort,
    group: (GROUPINGS as readonly string[]).includes(group ?? "") ? (group as Grouping) : null,
    columns: columns.length > 0 ? columns : [...DEFAULT_COLUMNS],
  };
}

/** The URL patch for a view: empty parts are removed, the default columns are not written. */
export function serialiseTableView(view: TableView): Record<string, string | null> {
  const sameColumns = view.columns.length === DEFAULT_COLUMNS.length && view.columns.every((column, index) => column === DEFAULT_COLUMNS[index]);
  return {
    q: view.q === "" ? null : view.q,
    status: view.status.length === 0 ? null : view.status.join(","),
    kind: view.kind.length === 0 ? null : view.kind.join(","),
    reporting: view.reporting.length === 0 ? null : view.reporting.join(","),
    speaker: view.speaker === "" ? null : view.speaker,
    article: view.article === "" ? null : view.article,
    cue: view.cue === "" ? null : view.cue,
    reviewer: view.reviewer === "" ? null : view.reviewer,
    from: view.from === "" ? null : view.from,
    to: view.to === "" ? null : view.to,
    minworth: view.minWorth > 0 ? String(view.minWorth) : null,
    compare: view.compare,
    sort: view.sort.length === 0 ? null : view.sort.map((key) => `${key.id}.${key.desc ? "desc" : "asc"}`).join(","),
    group: view.group,
    cols: sameColumns ? null : view.columns.join(","),
  };
}

export function hasFilters(view: TableView): boolean {
  return view.q !== "" || view.status.length > 0 || view.kind.length > 0 || view.reporting.length > 0 || view.speaker !== "" || view.article !== "" || view.cue !== "" || view.reviewer !== "" || view.from !== "" || view.to !== "" || view.minWorth > 0 || view.compare !== null;
}
