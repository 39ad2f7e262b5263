/**
 * Export: the whole workspace or exactly the claims the table shows, as a claim set (JSON),
 * CSV, ClaimReview JSON-LD, W3C Web Annotations, or a backup of everything. The file is
 * made on this computer and saved by the browser; nothing is uploaded.
 */
import { useEffect, useMemo, useState } from "react";
import { exportBackup } from "../../db/exchange/backup.ts";
import { exportWorkspace } from "../../db/exchange/export-workspace.ts";
import { getSetting } from "../../db/queries/get-setting.ts";
import { setSetting } from "../../db/writes/set-setting.ts";
import { filterRows } from "../claims-table/filter-claims.ts";
import { hasFilters, parseTableView } from "../claims-table/table-view.ts";
import { ModalDialog } from "../shared/ModalDialog.tsx";
import { useClaimRows } from "../workspace/use-claim-rows.ts";
import { useUrlParams } from "../workspace/url-state.ts";
import { useWorkspace } from "../workspace/use-workspace.ts";
import { backupFile, claimSetFile, EXPORT_CHOICES, type ExportChoiceId, type Publisher } from "./export-files.ts";
import { saveFile } from "./save-file.ts";
import "./exchange.css";

const PUBLISHER_SETTING = "claimreview.publisher";

export function ExportDialog({ onClose }: { onClose: () => void }) {
  const { db, notify } = useWorkspace();
  const { rows } = useClaimRows();
  const [params] = useUrlParams();
  const view = useMemo(() => parseTableView(params), [params]);
  const viewIds = useMemo(() => (hasFilters(view) ? filterRows(rows, view).map((row) => row.id) : null), [rows, view]);
  const [scope, setScope] = useState<"all" | "view">(viewIds !== null ? "view" : "all");
  const [format, setFormat] = useState<ExportChoiceId>("json");
  const [publisher, setPublisher] = useState<Publisher>({ name: "", url: "" });
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    void getSetting(db, PUBLISHER_SETTING).then((value) => {
      const saved = value as Partial<Publisher> | undefined;
      if (saved?.name !== undefined) setPublisher({ name: saved.name, url: saved.url ?? "" });
    });
  }, [db]);

  const choice = EXPORT_CHOICES.find((item) => item.id === format)!;
  const reviewed = useMemo(() => {
    const ids = scope === "view" && viewIds !== null ? new Set(viewIds) : null;
    return rows.filter((row) => row.status !== "unreviewed" && (ids === null || ids.has(row.id))).length;
  }, [rows, scope, viewIds]);
  const count = format === "backup" ? rows.length : scope === "view" && viewIds !== null ? viewIds.length : rows.length;

  const run = async () => {
    setBusy(true);
    try {
      if (format === "claimreview" && publisher.name.trim() !== "") await setSetting(db, PUBLISHER_SETTING, publisher);
      const date = new Date().toISOString();
      const file =
        format === "backup"
          ? backupFile(await exportBackup(db, date), date)
          : claimSetFile(format, await exportWorkspace(db, scope === "view" && viewIds !== null ? { claimIds: viewIds } : {}, date), date, publisher);
      saveFile(file);
      notify(`Saved ${file.fileName}.`);
      onClose();
    } catch (error) {
      notify(`The export failed: ${error instanceof Error ? error.message : String(error)}`, "error");
      setBusy(false);
    }
  };

  return (
    <ModalDialog labelledBy="export-title" className="dialog wide" onClose={onClose}>
      <h2 id="export-title">Export</h2>
      <fieldset className="export-choice" disabled={format === "backup"}>
        <legend>Claims</legend>
        <label>
          <input type="radio" name="export-scope" checked={scope === "all" || format === "backup"} onChange={() => setScope("all")} />
          The whole workspace ({rows.length.toLocaleString("en")} claims)
        </label>
        <label className={viewIds === null ? "disabled" : undefined}>
          <input type="radio" name="export-scope" checked={scope === "view" && format !== "backup"} disabled={viewIds === null} onChange={() => setScope("view")} />
          {viewIds === null ? "The claims table's current view (no filter is set)" : `The claims table's current view (${viewIds.length.toLocaleString("en")} claims)`}
        </label>
      </fieldset>
      <fieldset className="export-choice">
        <legend>Format</legend>
        {EXPORT_CHOICES.map((item) => (
          <label key={item.id}>
            <input type="radio" name="export-format" checked={format === item.id} onChange={() => setFormat(item.id)} />
            <span>
              <strong>{item.label}</strong> <span className="export-hint">{item.hint}</span>
            </span>
          </label>
        ))}
      </fieldset>
      {format === "claimreview" && (
        <fieldset className="export-choice">
          <legend>Published by</legend>
          <p className="export-hint">
            {reviewed.toLocaleString("en")} reviewed claims go out. Name your organisation as the author of the reviews, or
            leave it empty to name each reviewer.
          </p>
          <label className="text-field">
            Organisation
            <input type="text" value={publisher.name} onChange={(event) => setPublisher({ ...publisher, name: event.target.value })} />
          </label>
          <label className="text-field">
            Web site
            <input type="url" value={publisher.url} placeholder="https://" onChange={(event) => setPublisher({ ...publisher, url: event.target.value })} />
          </label>
        </fieldset>
      )}
      <div className="dialog-actions">
        <button type="button" className="button" onClick={onClose} disabled={busy}>
          Cancel
        </button>
        <button type="button" className="button primary" onClick={() => void run()} disabled={busy || (choice.id !== "backup" && count === 0)} autoFocus>
          {busy ? "Exporting…" : `Save ${choice.extension} file`}
        </button>
      </div>
    </ModalDialog>
  );
}
