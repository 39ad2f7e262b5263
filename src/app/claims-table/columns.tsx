/**
 * The claims table's columns: how each field of a ClaimRow reads and how wide it is.
 * Defined once at module scope (TanStack Table wants stable column definitions). What each
 * column sorts by is in sort-claims.ts: the table keeps the sort state, the rows are ordered there.
 * Each column says which way it sorts first, since the table only sees the rows in view.
 */
import { columnVisibilityFeature, createColumnHelper, rowSortingFeature, tableFeatures } from "@tanstack/react-table";
import type { ClaimRow } from "../../db/claim-row.ts";
import { STATUSES } from "../../../claim-schemas/vocabulary.ts";
import { REPORTING_LABELS, STATUS_LABELS } from "../shared/status-labels.ts";
import type { ColumnId } from "./table-view.ts";

export const features = tableFeatures({ rowSortingFeature, columnVisibilityFeature });

const helper = createColumnHelper<typeof features, ClaimRow>();

const STATUS_ORDER = new Map<string, number>(STATUSES.map((status, index) => [status, index]));

export const COLUMN_LABELS: Record<ColumnId, string> = {
  text: "Claim",
  article: "Article",
  speaker: "Speaker",
  cue: "Cue",
  kind: "Kind",
  quantities: "Quantities",
  date: "Date",
  status: "Status",
  reporting: "Reporting",
  checkworthiness: "Check-worthiness",
  reviewer: "Reviewer",
  updated: "Updated",
};

/** Grid track per column: the claim takes what is left; each has a floor below which the grid scrolls sideways. */
export const COLUMN_MIN_WIDTHS: Record<ColumnId, number> = {
  text: 260,
  article: 110,
  speaker: 110,
  cue: 96,
  kind: 92,
  quantities: 100,
  date: 104,
  status: 148,
  reporting: 100,
  checkworthiness: 140,
  reviewer: 100,
  updated: 124,
};

const GROWTH: Partial<Record<ColumnId, number>> = { text: 3, article: 1, speaker: 1, quantities: 0.9 };

export function gridTrack(id: ColumnId): string {
  const growth = GROWTH[id];
  return growth === undefined ? `${COLUMN_MIN_WIDTHS[id]}px` : `minmax(${COLUMN_MIN_WIDTHS[id]}px, ${growth}fr)`;
}

const DAY = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });
const MOMENT = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", hour: "2-digit", minute: "2-digit" });

export function formatDay(iso: string | undefined): string {
  if (iso === undefined) return "";
  const time = Date.parse(`${iso}T00:00:00Z`);
  return Number.isNaN(time) ? iso : DAY.format(time);
}

export function formatMoment(iso: string): string {
  const time = Date.parse(iso);
  return Number.isNaN(time) ? iso : MOMENT.format(time);
}

export const columns = helper.columns([
  helper.accessor("text", {
    id: "text",
    header: COLUMN_LABELS.text,
    sortDescFirst: false,
    cell: (info) => <span className="cell-text" title={info.getValue()}>{info.getValue()}</span>,
  }),
  helper.accessor("articleTitle", {
    id: "article",
    header: COLUMN_LABELS.article,
    sortDescFirst: false,
    cell: (info) => <span className="cell-clip muted" title={info.getValue()}>{info.getValue()}</span>,
  }),
  helper.accessor("speaker", {
    id: "speaker",
    header: COLUMN_LABELS.speaker,
    sortDescFirst: false,
    cell: (info) => {
      const row = info.row.original;
      if (row.speaker === "") return <span className="cell-none">article</span>;
      return (
        <span className="cell-clip" title={row.framing !== undefined ? `${row.speaker} — framed as: ${row.framing}` : row.speaker}>
          {row.speaker}
          {row.framing !== undefined && <span className="framing-mark" aria-label={`framed as ${row.framing}`}> ⚑</span>}
        </span>
      );
    },
  }),
  helper.accessor("cue", {
    id: "cue",
    header: COLUMN_LABELS.cue,
    sortDescFirst: false,
    cell: (info) => <span className="cell-clip muted">{info.getValue()}</span>,
  }),
  helper.accessor("kind", {
    id: "kind",
    header: COLUMN_LABELS.kind,
    sortDescFirst: false,
    cell: (info) => <span className={`kind-tag kind-${info.getValue()}`}>{info.getValue()}</span>,
  }),
  helper.accessor("quantities", {
    id: "quantities",
    header: COLUMN_LABELS.quantities,
    sortDescFirst: false,
    cell: (info) => <span className="cell-clip mono-figures" title={info.getValue()}>{info.getValue()}</span>,
  }),
  helper.accessor((row) => row.date ?? "", {
    id: "date",
    header: COLUMN_LABELS.date,
    sortDescFirst: false,
    cell: (info) => <span className="nowrap">{formatDay(info.row.original.date)}</span>,
  }),
  helper.accessor((row) => STATUS_ORDER.get(row.status) ?? 0, {
    id: "status",
    header: COLUMN_LABELS.status,
    sortDescFirst: true,
    cell: (info) => {
      const { status } = info.row.original;
      return <span className={`status-pill status-${status}`}>{STATUS_LABELS[status]}</span>;
    },
  }),
  helper.accessor("reporting", {
    id: "reporting",
    header: COLUMN_LABELS.reporting,
    sortDescFirst: false,
    cell: (info) => <span className={`reporting-${info.getValue()}`}>{REPORTING_LABELS[info.getValue()]}</span>,
  }),
  helper.accessor("checkworthiness", {
    id: "checkworthiness",
    header: COLUMN_LABELS.checkworthiness,
    sortDescFirst: true,
    cell: (info) => (
      <span className="worth" title={`check-worthiness ${info.getValue().toFixed(2)}`}>
        <span className="worth-bar" aria-hidden="true">
          <span className="worth-fill" style={{ width: `${Math.round(info.getValue() * 100)}%` }} />
        </span>
        <span className="worth-value">{info.getValue().toFixed(2)}</span>
      </span>
    ),
  }),
  helper.accessor((row) => row.reviewer ?? "", {
    id: "reviewer",
    header: COLUMN_LABELS.reviewer,
    sortDescFirst: false,
    cell: (info) => <span className="cell-clip muted">{info.getValue()}</span>,
  }),
  helper.accessor("updatedAt", {
    id: "updated",
    header: COLUMN_LABELS.updated,
    sortDescFirst: true,
    cell: (info) => <span className="nowrap muted">{formatMoment(info.getValue())}</span>,
  }),
]);
