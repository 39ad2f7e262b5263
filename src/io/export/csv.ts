/**
 * A claim set as CSV for spreadsheets: one row per claim, UTF-8, RFC 4180 (papaparse),
 * nested fields flattened into readable cells. Every text cell that a spreadsheet would run
 * as a formula (it starts with = + - @, tab or carriage return) gets a leading ' —
 * OWASP's advice on CSV injection; article text, reviewers' notes and ids from an imported
 * claim set are all untrusted.
 *
 * The text starts with a byte order mark (U+FEFF): without it Excel reads UTF-8 as the
 * local code page and "Лукашэнка" or "北京" arrive as mojibake. The command line writes the
 * same bytes as the workbench, so a file is the same whichever made it.
 */
import Papa from "papaparse";
import type { Article, Claim, ClaimSet, Quantity } from "../../../claim-schemas/claim-set.ts";

export const CSV_COLUMNS = [
  "claim_id",
  "article_id",
  "article_title",
  "article_outlet",
  "article_url",
  "article_date",
  "kind",
  "checkworthiness",
  "text",
  "quantities",
  "speaker",
  "cue",
  "mode",
  "framing",
  "date",
  "occurrences",
  "status",
  "reporting",
  "reviewer",
  "reviewed_at",
  "note",
  "evidence",
] as const;
export type CsvColumn = (typeof CSV_COLUMNS)[number];
export type CsvRow = Record<CsvColumn, string | number>;

/** Makes spreadsheets read the file as UTF-8. */
export const BYTE_ORDER_MARK = "\uFEFF";

/** Between the URLs of a claim's evidence in one cell: a URL never holds a raw space. */
export const EVIDENCE_SEPARATOR = " ";

const FORMULA_START = /^[=+\-@\t\r]/;

export function neutraliseFormula(cell: string): string {
  return FORMULA_START.test(cell) ? `'${cell}` : cell;
}

export function claimSetToCsv(claimSet: ClaimSet): string {
  const articles = new Map(claimSet.articles.map((article) => [article.id, article]));
  const rows = claimSet.claims.map((claim) => neutraliseRow(claimToRow(claim, articles.get(claim.articleId))));
  const body = Papa.unparse({ fields: [...CSV_COLUMNS], data: rows.map((row) => CSV_COLUMNS.map((column) => row[column])) }, {
    newline: "\r\n",
    // Neutralised here, not by papaparse, so the rule is ours and tested.
    escapeFormulae: false,
  });
  // papaparse ends a header-only table with a line break but not a table with rows.
  return `${BYTE_ORDER_MARK}${body.endsWith("\r\n") ? body : `${body}\r\n`}`;
}

export function claimToRow(claim: Claim, article: Article | undefined): CsvRow {
  const attribution = claim.attribution;
  const review = claim.review;
  return {
    claim_id: claim.id,
    article_id: claim.articleId,
    article_title: article?.title ?? "",
    article_outlet: article?.outlet ?? "",
    article_url: article?.url ?? "",
    article_date: article?.date ?? "",
    kind: claim.kind,
    checkworthiness: claim.checkworthiness,
    text: claim.text,
    quantities: claim.quantities.map(describeQuantity).join("; "),
    speaker: attribution ? (attribution.entity ?? attribution.source) : "",
    cue: attribution?.cue ?? "",
    mode: attribution?.mode ?? "",
    framing: attribution?.framing ?? "",
    date: claim.date ?? "",
    occurrences: claim.occurrences.length,
    status: review.status,
    reporting: review.reporting,
    reviewer: review.reviewer ?? "",
    reviewed_at: review.reviewedAt ?? "",
    note: review.note ?? "",
    // Evidence without a URL is a note only; the JSON export keeps it, a cell of links does not.
    evidence: review.evidence.flatMap((item) => (item.url ? [item.url] : [])).join(EVIDENCE_SEPARATOR),
  };
}

function neutraliseRow(row: CsvRow): CsvRow {
  const safe = { ...row };
  for (const column of CSV_COLUMNS) {
    const cell = safe[column];
    if (typeof cell === "string") safe[column] = neutraliseFormula(cell);
  }
  return safe;
}

/**
 * "more than 120 [120,∞) people", "128 people", "$3.2bn =3200000000 (USD)", "80% (percent)":
 * the figure as written, then what it was read as where that is not plain from the text
 * (bounds as an interval, or the value), the unit, and what is counted.
 */
export function describeQuantity(quantity: Quantity): string {
  const parts = [quantity.raw];
  if (quantity.low !== undefined || quantity.high !== undefined) {
    parts.push(describeInterval(quantity.low, quantity.high));
  } else if (quantity.value !== undefined && !quantity.raw.includes(formatNumber(quantity.value))) {
    parts.push(`=${formatNumber(quantity.value)}`);
  }
  if (quantity.unit !== undefined) parts.push(`(${quantity.unit})`);
  if (quantity.counted !== undefined) parts.push(quantity.counted);
  return parts.join(" ");
}

function describeInterval(low: number | undefined, high: number | undefined): string {
  const from = low === undefined ? "(-∞" : `[${formatNumber(low)}`;
  const to = high === undefined ? "∞)" : `${formatNumber(high)}]`;
  return `${from},${to}`;
}

/** Plain digits, never exponent notation, so "3200000000" reads the same in every spreadsheet. */
function formatNumber(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  return Number.isInteger(value) ? BigInt(value).toString() : String(value);
}
