/** The `?` dialog: every shortcut of the table, grouped, with its keys. */
import { ModalDialog } from "../shared/ModalDialog.tsx";
import { displayKey } from "./key-names.ts";
import { SHORTCUT_GROUPS, SHORTCUTS } from "./shortcut-table.ts";

export function ShortcutHelp({ onClose }: { onClose: () => void }) {
  return (
    <ModalDialog labelledBy="shortcut-help-title" className="dialog shortcut-help" onClose={onClose} closeOnBackdrop>
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
    </ModalDialog>
  );
}
