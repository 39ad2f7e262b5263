/** How far the running import is: reading, extracting (files done of total), saving; and Cancel. */
import type { ImportProgress } from "./import-store.ts";

const PHASE_LABELS = {
  reading: "Reading files",
  extracting: "Extracting claims",
  saving: "Saving to the workspace",
} as const;

export function ImportProgressBar({ progress, onCancel }: { progress: ImportProgress; onCancel: () => void }) {
  const { phase, done, total } = progress;
  const label = PHASE_LABELS[phase];
  return (
    <div className="import-progress" role="status" aria-live="polite">
      <div className="import-progress-text">
        <span className="import-progress-phase">{label}…</span>
        {phase !== "saving" && (
          <span className="import-progress-count">
            {done.toLocaleString("en")} of {total.toLocaleString("en")} {total === 1 ? "file" : "files"}
          </span>
        )}
      </div>
      <progress
        className="import-progress-bar"
        value={phase === "saving" ? undefined : done}
        max={Math.max(total, 1)}
        aria-label={label}
      />
      <button type="button" className="button" onClick={onCancel} disabled={phase === "saving"}>
        Cancel
      </button>
    </div>
  );
}
