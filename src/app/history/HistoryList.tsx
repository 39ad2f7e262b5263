/** A list of history entries, newest first: who did what, when; undone entries struck through. */
import type { HistoryEntry } from "../../db/records.ts";
import { fullTime, relativeTime } from "./format-time.ts";
import "./history.css";

export function HistoryList({
  entries,
  emptyText,
  onSelectClaim,
}: {
  entries: readonly HistoryEntry[] | undefined;
  emptyText: string;
  /** When given, an entry about claims links to its first claim. */
  onSelectClaim?: (claimId: string) => void;
}) {
  if (entries === undefined) return <p className="history-empty">Loading…</p>;
  if (entries.length === 0) return <p className="history-empty">{emptyText}</p>;
  return (
    <ol className="history-list">
      {entries.map((entry) => {
        const claimId = entry.claimIds[0];
        return (
          <li key={entry.seq ?? `${entry.at}-${entry.label}`} className={entry.undone === true ? "history-entry is-undone" : "history-entry"}>
            <span className={`history-action action-${entry.action}`} aria-hidden="true" />
            <div className="history-body">
              {onSelectClaim !== undefined && claimId !== undefined ? (
                <button type="button" className="history-label link-button" onClick={() => onSelectClaim(claimId)}>
                  {entry.label}
                </button>
              ) : (
                <span className="history-label">{entry.label}</span>
              )}
              <span className="history-meta">
                {entry.reviewer === "" ? "claimbench" : entry.reviewer} ·{" "}
                <time dateTime={entry.at} title={fullTime(entry.at)}>
                  {relativeTime(entry.at)}
                </time>
                {entry.undone === true && <span className="history-undone"> · undone</span>}
              </span>
            </div>
          </li>
        );
      })}
    </ol>
  );
}
