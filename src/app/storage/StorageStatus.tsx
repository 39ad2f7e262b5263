/**
 * In the summary strip: storage used of what the browser allows, whether it is kept for sure,
 * and — when the browser refused to keep it or it is nearly full — a warning with the way
 * out: a backup.
 */
import { describeUsage, storageWarning } from "./storage-format.ts";
import { useStorageStatus } from "./use-storage-status.ts";
import "./storage.css";

export function StorageStatus({ onBackup }: { onBackup: () => void }) {
  const state = useStorageStatus();
  const warning = storageWarning(state);
  return (
    <span className="storage-status">
      <span
        className="storage-usage"
        title={state.persisted === true ? "The browser keeps this workspace until you delete it." : "Stored in this browser's IndexedDB."}
      >
        Storage: {describeUsage(state)}
        {state.persisted === true && " · kept"}
      </span>
      {warning !== undefined && (
        <span className="storage-warning" role="status">
          {warning}{" "}
          <button type="button" className="link-button" onClick={onBackup}>
            Make a backup
          </button>
        </span>
      )}
    </span>
  );
}
