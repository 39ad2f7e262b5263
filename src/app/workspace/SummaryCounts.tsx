/**
 * Always-visible counts: claims by status across the workspace. A count is a link that
 * filters the claims table to that status.
 */
import { useMemo, type ReactNode } from "react";
import { STATUSES, type Status } from "../../../claim-schemas/vocabulary.ts";
import { STATUS_LABELS } from "../shared/status-labels.ts";
import { useClaimRows } from "./use-claim-rows.ts";
import { useUrlParams } from "./url-state.ts";

export function SummaryCounts({ children }: { children?: ReactNode }) {
  const { rows, loaded } = useClaimRows();
  const [, updateUrl] = useUrlParams();
  const counts = useMemo(() => {
    const byStatus = new Map<Status, number>(STATUSES.map((status) => [status, 0]));
    for (const row of rows) byStatus.set(row.status, (byStatus.get(row.status) ?? 0) + 1);
    return byStatus;
  }, [rows]);

  if (!loaded) return <div className="summary-counts">Loading…</div>;
  return (
    <div className="summary-counts" aria-label="Claims by status">
      <span className="summary-total">{rows.length.toLocaleString("en")} claims</span>
      {STATUSES.map((status) => (
        <button
          key={status}
          type="button"
          className={`summary-count status-${status}`}
          title={`Show ${STATUS_LABELS[status].toLowerCase()} claims`}
          onClick={() => updateUrl({ view: "claims", status, claim: null }, { push: true })}
        >
          <span className="status-dot" aria-hidden="true" />
          {STATUS_LABELS[status]} <strong>{(counts.get(status) ?? 0).toLocaleString("en")}</strong>
        </button>
      ))}
      {children}
    </div>
  );
}
