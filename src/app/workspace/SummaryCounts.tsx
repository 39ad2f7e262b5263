/**
 * Always-visible counts: claims by status across the workspace. A count is a link that
 * filters the claims table to that status.
 */
import { useMemo, type ReactNode } from "react";
import { STATUSES } from "../../../claim-schemas/vocabulary.ts";
import { STATUS_LABELS } from "../shared/status-labels.ts";
import { useClaimRows } from "./use-claim-rows.ts";
import { statusCounts } from "./status-counts.ts";
import { useUrlParams } from "./url-state.ts";

export function SummaryCounts({ children }: { children?: ReactNode }) {
  const snapshot = useClaimRows();
  const { rows, loaded } = snapshot;
  const [, updateUrl] = useUrlParams();
  const counts = useMemo(() => statusCounts(snapshot), [snapshot]);

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
