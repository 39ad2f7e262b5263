/**
 * Asks for the reviewer's name the first time they change something; every change is then
 * recorded under it. Asked once and kept in the workspace settings.
 */
import { useState } from "react";
import { ModalDialog } from "../shared/ModalDialog.tsx";

export function ReviewerDialog({ onAnswer }: { onAnswer: (name: string | null) => void }) {
  const [name, setName] = useState("");

  const trimmed = name.trim();
  return (
    <ModalDialog labelledBy="reviewer-dialog-title" onClose={() => onAnswer(null)}>
      <form
        method="dialog"
        onSubmit={(event) => {
          event.preventDefault();
          if (trimmed !== "") onAnswer(trimmed);
        }}
      >
        <h2 id="reviewer-dialog-title">Who is reviewing?</h2>
        <p className="dialog-text">
          Every change is saved with the reviewer&apos;s name and time, so colleagues can see who judged what. You are asked
          once; the name stays in this browser.
        </p>
        <label className="field">
          <span>Your name or initials</span>
          <input autoFocus value={name} onChange={(event) => setName(event.target.value)} maxLength={80} />
        </label>
        <div className="dialog-actions">
          <button type="button" className="button" onClick={() => onAnswer(null)}>
            Cancel
          </button>
          <button type="submit" className="button primary" disabled={trimmed === ""}>
            Save name
          </button>
        </div>
      </form>
    </ModalDialog>
  );
}
