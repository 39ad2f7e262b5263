/**
 * Search and filters over the in-memory claim rows. Each row carries its search text, folded
 * once when the row was made (claim-row.ts), so a keystroke over 100,000 claims costs one
 * substring test per row and word.
 */
import type { ClaimRow } from "../../db/claim-row.ts";
import type { Verdict } from "../../../claim-schemas/vocabulary.ts";
import { normaliseForSearch } from "../../core/text/fold-for-search.ts";
import type { TableView } from "./table-view.ts";

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
    for (const word of words) if (!row.search.includes(word)) return false;
    return true;
  };
}

/** The verdicts of the comparison groups each claim is in (claims in none are absent). */
export type GroupVerdicts = ReadonlyMap<string, readonly Verdict[]>;

export function filterRows(rows: readonly ClaimRow[], view: TableView, groups?: GroupVerdicts): ClaimRow[] {
  const matches = rowMatcher(view, groups);
  return rows.filter(matches);
}
