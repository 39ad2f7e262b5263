/**
 * The claims table's view of a claim: only the fields it shows, so 100,000 of them fit in
 * memory (docs/workbench-architecture.md, "The in-memory claim index").
 */
import type { ClaimKind, Reporting, Status } from "../../claim-schemas/vocabulary.ts";
import { foldForSearch } from "../core/text/fold-for-search.ts";
import type { StoredClaim } from "./records.ts";

export interface ClaimRow {
  id: string;
  articleId: string;
  articleTitle: string;
  text: string;
  /** The resolved speaker, or as written; "" for the article's own voice. */
  speaker: string;
  cue: string;
  mode: "direct" | "reported" | "";
  framing?: string;
  kind: ClaimKind;
  /** Each figure as written, "; " between them: "more than 120; 39". */
  quantities: string;
  date?: string;
  status: Status;
  reporting: Reporting;
  checkworthiness: number;
  reviewer?: string;
  updatedAt: string;
  /** Where the claim starts in its article: reading order. */
  spanStart: number;
  /**
   * What the table's search looks in, folded once when the row is made: claim, speaker,
   * article title, figures and cue, lower case, accents folded.
   */
  search: string;
}

/** The search text of a row's fields (white space left as it is: query words hold none). */
export function searchTextOf(row: Pick<ClaimRow, "text" | "speaker" | "articleTitle" | "quantities" | "cue">): string {
  return foldForSearch(`${row.text}\n${row.speaker}\n${row.articleTitle}\n${row.quantities}\n${row.cue}`);
}

export function toClaimRow(claim: StoredClaim, articleTitle: string): ClaimRow {
  const cue = claim.attribution?.cue ?? "";
  const quantities = claim.quantities.map((quantity) => quantity.raw).join("; ");
  const row: ClaimRow = {
    id: claim.id,
    articleId: claim.articleId,
    articleTitle,
    text: claim.text,
    speaker: claim.speaker,
    cue,
    mode: claim.attribution?.mode ?? "",
    kind: claim.kind,
    quantities,
    status: claim.review.status,
    reporting: claim.review.reporting,
    checkworthiness: claim.checkworthiness,
    updatedAt: claim.updatedAt,
    spanStart: claim.span.start,
    search: searchTextOf({ text: claim.text, speaker: claim.speaker, articleTitle, quantities, cue }),
  };
  if (claim.attribution?.framing !== undefined) row.framing = claim.attribution.framing;
  if (claim.date !== undefined) row.date = claim.date;
  if (claim.review.reviewer !== undefined) row.reviewer = claim.review.reviewer;
  return row;
}
