/** A modal yes/no question (native <dialog>: Esc cancels, focus is trapped and restored). */
import { ModalDialog } from "./ModalDialog.tsx";

export function ConfirmDialog({
  title,
  text,
  confirmLabel,
  onConfirm,
  onCancel,
}: {
  title: string;
  text: string;
  confirmLabel: string;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  return (
    <ModalDialog labelledBy="confirm-dialog-title" onClose={onCancel}>
      <h2 id="confirm-dialog-title">{title}</h2>
      <p className="dialog-text">{text}</p>
      <div className="dialog-actions">
        <button type="button" className="button" onClick={onCancel} autoFocus>
          Cancel
        </button>
        <button type="button" className="button danger" onClick={onConfirm}>
          {confirmLabel}
        </button>
      </div>
    </ModalDialog>
  );
}
