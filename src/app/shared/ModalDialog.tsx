/**
 * A modal built on the native <dialog>: opened with showModal() when mounted, so focus is
 * trapped inside and restored after, Esc cancels, and the page behind is inert.
 */
import { useEffect, useRef, type ReactNode } from "react";

export function ModalDialog({
  labelledBy,
  className = "dialog",
  onClose,
  closeOnBackdrop = false,
  children,
}: {
  /** Id of the element that names the dialog (its heading). */
  labelledBy: string;
  className?: string;
  /** Esc, or a click on the backdrop when closeOnBackdrop. */
  onClose: () => void;
  closeOnBackdrop?: boolean;
  children: ReactNode;
}) {
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const element = dialog.current;
    if (element !== null && !element.open) element.showModal();
  }, []);
  return (
    <dialog
      ref={dialog}
      className={className}
      aria-labelledby={labelledBy}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
      onClick={(event) => {
        if (closeOnBackdrop && event.target === event.currentTarget) onClose();
      }}
    >
      {children}
    </dialog>
  );
}
