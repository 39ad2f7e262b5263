/**
 * Every keyboard shortcut of the workbench, in one table: the keys, what they do (as the
 * `?` dialog lists it) and the handler. The handlers act through a ShortcutActions object the
 * keyboard component builds from the workspace, so this table stays plain data and is
 * tested on its own (no duplicate keys, every key nameable).
 */
import { STATUSES, type Status } from "../../../claim-schemas/vocabulary.ts";
import { STATUS_KEYS, STATUS_LABELS } from "../shared/status-labels.ts";

export type ViewId = "claims" | "articles" | "import";

export interface ShortcutActions {
  moveSelection(step: 1 | -1): void;
  setStatus(status: Status): void;
  /** Sets the status, then selects the next unreviewed claim in the current order. */
  giveVerdict(status: Status): void;
  cycleReporting(): void;
  editClaimText(): void;
  openInArticle(): void;
  escape(): void;
  undo(): void;
  redo(): void;
  focusSearch(): void;
  switchView(view: ViewId): void;
  showHelp(): void;
}

export type ShortcutGroup = "Move" | "Review" | "Edit" | "Views";

export interface Shortcut {
  /** Key names (key-names.ts); a space separates the keys of a sequence ("g c"). */
  keys: readonly string[];
  description: string;
  group: ShortcutGroup;
  /** Also fires while typing in a field (only Esc). */
  whileTyping?: boolean;
  run(actions: ShortcutActions): void;
}

const statusShortcuts: Shortcut[] = STATUSES.map((status) => ({
  keys: [STATUS_KEYS[status]],
  description: `Mark as ${STATUS_LABELS[status].toLowerCase()}`,
  group: "Review",
  run: (actions) => actions.setStatus(status),
}));

const verdictShortcuts: Shortcut[] = STATUSES.filter((status) => status !== "unreviewed").map((status) => ({
  keys: [`Shift+${STATUS_KEYS[status]}`],
  description: `${STATUS_LABELS[status]}, then the next unreviewed claim`,
  group: "Review",
  run: (actions) => actions.giveVerdict(status),
}));

export const SHORTCUTS: readonly Shortcut[] = [
  { keys: ["j", "ArrowDown"], description: "Next claim", group: "Move", run: (a) => a.moveSelection(1) },
  { keys: ["k", "ArrowUp"], description: "Previous claim", group: "Move", run: (a) => a.moveSelection(-1) },
  { keys: ["Enter"], description: "Show the claim in its article", group: "Move", run: (a) => a.openInArticle() },
  { keys: ["Escape"], description: "Leave a field; close the dialog or the claim panel", group: "Move", whileTyping: true, run: (a) => a.escape() },
  ...statusShortcuts,
  ...verdictShortcuts,
  { keys: ["r"], description: "Next reporting value (unchecked → accurate → inaccurate)", group: "Review", run: (a) => a.cycleReporting() },
  { keys: ["e"], description: "Edit the claim text", group: "Edit", run: (a) => a.editClaimText() },
  { keys: ["u", "Ctrl+z"], description: "Undo the last change", group: "Edit", run: (a) => a.undo() },
  { keys: ["Shift+U", "Ctrl+Shift+z", "Ctrl+y"], description: "Redo", group: "Edit", run: (a) => a.redo() },
  { keys: ["/"], description: "Search the claims table", group: "Views", run: (a) => a.focusSearch() },
  { keys: ["g c"], description: "Go to the claims table", group: "Views", run: (a) => a.switchView("claims") },
  { keys: ["g a"], description: "Go to the articles", group: "Views", run: (a) => a.switchView("articles") },
  { keys: ["g i"], description: "Go to import", group: "Views", run: (a) => a.switchView("import") },
  { keys: ["?"], description: "Show these shortcuts", group: "Views", run: (a) => a.showHelp() },
];

/** The help dialog's order: its two columns hold Move, Edit and Views, then Review. */
export const SHORTCUT_GROUPS: readonly ShortcutGroup[] = ["Move", "Edit", "Views", "Review"];

export type KeyMatch =
  | { kind: "run"; shortcut: Shortcut }
  /** The key starts a sequence ("g"): wait for the next one. */
  | { kind: "pending"; prefix: string }
  | { kind: "none" };

/** What a key does after `pending` (the first key of a sequence, or null). */
export function matchKey(key: string, pending: string | null, table: readonly Shortcut[] = SHORTCUTS): KeyMatch {
  const typed = pending === null ? key : `${pending} ${key}`;
  const exact = table.find((shortcut) => shortcut.keys.includes(typed));
  if (exact !== undefined) return { kind: "run", shortcut: exact };
  if (table.some((shortcut) => shortcut.keys.some((keys) => keys.startsWith(`${typed} `)))) {
    return { kind: "pending", prefix: typed };
  }
  // A stray key after "g" starts over, so "g j" still moves.
  return pending === null ? { kind: "none" } : matchKey(key, null, table);
}
