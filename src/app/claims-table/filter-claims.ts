/**
 * Search and filters over the in-memory claim rows. A row's search text is normalised once
 * (lower case, accents folded) and kept per row object, so a keystroke over 100,000 claims
 * costs one substring test per row and word; an edited claim is a new row object and gets a
 * fresh entry. prepareSearch builds the entries ahead, in idle moments, so the first keystroke
 * does not build them all.
 */
import type { ClaimRow } from "../../db/claim-row.ts";
import type { Verdict } from "../../../claim-schemas/vocabulary.ts";
import type { TableView } from "./table-view.ts";

const searchText = new WeakMap<ClaimRow, string>();

/** Lower case, accents folded ("Lukashénko" finds "Lukashenko"), white space collapsed. */
export function normaliseForSearch(text: string): string {
  return foldCase(text).replace(/\s+/g, " ");
}

/**
 * Characters that may carry an accent to fold: letters past Latin-1's punctuation, combining
 * marks. ASCII, Latin-1 punctuation and the general punctuation block (curly quotes, dashes:
 * most news text) decompose to themselves.
 */
const MAY_DECOMPOSE = /[\u00c0-\u2001\u20d0-\uffff]/;

/** Lower case, accents folded. */
function foldCase(text: string): string {
  // Skip the costly Unicode decomposition where nothing can fold.
  return (MAY_DECOMPOSE.test(text) ? text.normalize("NFD").replace(/\p{M}+/gu, "") : text).toLowerCase();
}

function searchTextOf(row: ClaimRow): string {
  let text = searchText.get(row);
  if (text === undefined) {
    // White space is left as it is: query words never hold any, so collapsing it changes no match.
    text = foldCase(`${row.text}\n${row.speaker}\n${row.articleTitle}\n${row.quantities}\n${row.cue}`);
    searchText.set(row, text);
  }
  return text;
}

/** Rows whose search text is built per idle slice. */
const PREPARE_SLICE = 2000;

/**
 * Builds the search text of every row not yet searched, a slice at a time when the page is
 * idle, so the first keystroke over 100,000 claims finds it ready. Returns a cancel function.
 */
export function prepareSearch(rows: readonly ClaimRow[]): () => void {
  let next = 0;
  let handle = 0;
  const slice = () => {
    const end = Math.min(rows.length, next + PREPARE_SLICE);
    for (; next < end; next++) searchTextOf(rows[next]!);
    if (next < rows.length) handle = requestIdle(slice);
  };
  handle = requestIdle(slice);
  return () => cancelIdle(handle);
}

// Safari has no requestIdleCallback: a timeout stands in.
const requestIdle = (callback: () => void): number =>
  typeof requestIdleCallback === "function" ? requestIdleCallback(callback, { timeout: 2000 }) : window.setTimeout(callback, 50);
const cancelIdle = (handle: number) => (typeof cancelIdleCallback === "function" ? cancelIdleCallback(handle) : window.clearTimeout(handle));

/** The words of a query; every one must occur in a row for it to match. */
export function queryWords(query: string): string[] {
  return normaliseForSearch(query).split(" ").filter((word) => word !== "");
}

export function rowMatcher(view: TableView, groups?: GroupVerdicts): (row: ClaimRow) => boolean {
  const words = queryWords(view.q);
  const statuses = view.status.length > 0 ? new Set<string>(view.status) : null;
  const kinds = view.kind.length > 0 ? new Set<string>(view.kind) : null;
  const reportings = view.reporting.length > 0 ? new Set<string>(view.reporting) : null;
  const speaker = normaliseForSearch(view.speaker.trim());
  const cue = normaliseForSearch(view.cue.trim());
  const reviewer = normaliseForSearch(view.reviewer.trim());
  return (row) => {
    if (statuses !== null && !statuses.has(row.status)) return false;
    if (kinds !== null && !kinds.has(row.kind)) return false;
    if (reportings !== null && !reportings.has(row.reporting)) return false;
    if (view.article !== "" && row.articleId !== view.article) return false;
    if (row.checkworthiness < view.minWorth) return false;
    if (speaker !== "" && !normaliseForSearch(row.speaker).includes(speaker)) return false;
    if (cue !== "" && !normaliseForSearch(row.cue).includes(cue)) return false;
    if (reviewer !== "" && !normaliseForSearch(row.reviewer ?? "").includes(reviewer)) return false;
    if (view.from !== "" && (row.date === undefined || row.date < view.from)) return false;
    if (view.to !== "" && (row.date === undefined || row.date > view.to)) return false;
    if (view.compare !== null) {
      // Until the groups are known, nothing is shown rather than everything.
      const verdicts = groups?.get(row.id);
      if (verdicts === undefined || (view.compare === "conflicting" && !verdicts.includes("conflicting"))) return false;
    }
    if (words.length > 0) {
      const text = searchTextOf(row);
      for (const word of words) if (!text.includes(word)) return false;
    }
    return true;
  };
}

/** The verdicts of the comparison groups each claim is in (claims in none are absent). */
export type GroupVerdicts = ReadonlyMap<string, readonly Verdict[]>;

export function filterRows(rows: readonly ClaimRow[], view: TableView, groups?: GroupVerdicts): ClaimRow[] {
  const matches = rowMatcher(view, groups);
  return rows.filter(matches);
}
