/** The `?` dialog: every shortcut of the table, grouped, with its keys. */
import { useEffect, useRef } from "react";
import { displayKey } from "./key-names.ts";
import { SHORTCUT_GROUPS, SHORTCUTS } from "./shortcut-table.ts";

export function ShortcutHelp({ onClose }: { onClose: () => void }) {
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const element = dialog.current;
    if (element !== null && !element.open) element.showModal();
  }, []);
  return (
    <dialog
      ref={dialog}
      className="dialog shortcut-help"
      aria-labelledby="shortcut-help-title"
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
      onClick={(event) => {
        if (event.target === event.currentTarget) onClose(); // a click on the backdrop
      }}
    >
      <div className="shortcut-help-head">
        <h2 id="shortcut-help-title">Keyboard shortcuts</h2>
        <button type="button" className="icon-button" aria-label="Close" title="Close (Esc)" onClick={onClose} autoFocus>
          ×
        </button>
      </div>
      <p className="dialog-text">Shortcuts act on the selected claim. They pause while you type in a field; Esc leaves the field.</p>
      <div className="shortcut-groups">
        {SHORTCUT_GROUPS.map((group) => (
          <section key={group} className="shortcut-group">
            <h3>{group}</h3>
            <table className="shortcut-table">
              <tbody>
                {SHORTCUTS.filter((shortcut) => shortcut.group === group).map((shortcut) => (
                  <tr key={shortcut.keys.join(" ")}>
                    <td className="shortcut-keys">
                      {shortcut.keys.map((key, index) => (
                        <span key={key} className="shortcut-alternative">
                          {index > 0 && <span className="shortcut-or">or</span>}
                          {displayKey(key).map((part, at) =>
                            part === "then" ? (
                              <span key={at} className="shortcut-then">
                                then
                              </span>
                            ) : (
                              <kbd key={at}>{part}</kbd>
                            ),
                          )}
                        </span>
                      ))}
                    </td>
                    <td>{shortcut.description}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
        ))}
      </div>
    </dialog>
  );
}
