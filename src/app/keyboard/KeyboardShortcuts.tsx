/**
 * The workbench's keyboard: one window listener that turns key presses into the actions of
 * the shortcut table (shortcut-table.ts), and the `?` dialog that lists them. Keys are
 * ignored while typing in a field (except Esc, which leaves the field), while another modal
 * dialog is open, and when a focused control already handled them.
 */
import { useEffect, useRef, useState } from "react";
import { REPORTING, type Status } from "../../../claim-schemas/vocabulary.ts";
import { setReporting } from "../../db/writes/set-reporting.ts";
import { setStatus } from "../../db/writes/set-status.ts";
import { getClaimOrder } from "../workspace/claim-navigation.ts";
import { currentParams, updateUrl } from "../workspace/url-state.ts";
import { useWorkspace, type Workspace } from "../workspace/use-workspace.ts";
import { keyName } from "./key-names.ts";
import { ShortcutHelp } from "./ShortcutHelp.tsx";
import { matchKey, type ShortcutActions } from "./shortcut-table.ts";
import "./keyboard.css";

/** How long the second key of a sequence ("g" then "c") may take. */
const SEQUENCE_MS = 1500;

export function KeyboardShortcuts() {
  const workspace = useWorkspace();
  const [helpOpen, setHelpOpen] = useState(false);
  const latest = useRef(workspace);
  useEffect(() => {
    latest.current = workspace;
  });

  useEffect(() => {
    let pending: string | null = null;
    let pendingTimer = 0;
    const actions = buildActions(() => latest.current, () => setHelpOpen(true));

    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.isComposing) return;
      const name = keyName(event);
      if (name === null) return;
      // A modal dialog (the reviewer question, a confirmation, this help) owns the keyboard; it closes itself on Esc.
      if (document.querySelector("dialog[open]") !== null) return;
      const typing = isTypingTarget(event.target);
      const match = matchKey(name, pending);
      window.clearTimeout(pendingTimer);
      pending = null;
      if (match.kind === "pending") {
        if (typing) return;
        pending = match.prefix;
        pendingTimer = window.setTimeout(() => (pending = null), SEQUENCE_MS);
        return;
      }
      if (match.kind === "none") return;
      const { shortcut } = match;
      if (typing && shortcut.whileTyping !== true) return;
      // Enter on a button or link presses it; it is not "open in article".
      if (name === "Enter" && isControl(event.target)) return;
      event.preventDefault();
      shortcut.run(actions);
    };
    window.addEventListener("keydown", onKeyDown);
    return () => {
      window.removeEventListener("keydown", onKeyDown);
      window.clearTimeout(pendingTimer);
    };
  }, []);

  return helpOpen ? <ShortcutHelp onClose={() => setHelpOpen(false)} /> : null;
}

function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  if (target instanceof HTMLInputElement) {
    return !["button", "checkbox", "radio", "submit", "reset", "range", "color", "file"].includes(target.type);
  }
  return false;
}

function isControl(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && target.closest("button, a[href], summary, [role='button'], [role='tab'], [role='checkbox']") !== null;
}

function currentClaimId(): string | null {
  return currentParams().get("claim");
}

/** The order j/k walk: the visible view's, or (before a view published one) every claim by article and position. */
function claimOrder(workspace: Workspace): readonly string[] {
  const order = getClaimOrder();
  if (order.length > 0) return order;
  return workspace.claims
    .getSnapshot()
    .rows.slice()
    .sort((a, b) => a.articleId.localeCompare(b.articleId) || a.spanStart - b.spanStart)
    .map((row) => row.id);
}

function buildActions(getWorkspace: () => Workspace, showHelp: () => void): ShortcutActions {
  const withClaim = (act: (claimId: string, workspace: Workspace) => void) => {
    const claimId = currentClaimId();
    const workspace = getWorkspace();
    if (claimId === null) {
      workspace.notify("Select a claim first (j or click one).");
      return;
    }
    act(claimId, workspace);
  };
  const write = async (workspace: Workspace, run: (by: { reviewer: string }) => Promise<unknown>): Promise<boolean> => {
    const actor = await workspace.ensureActor();
    if (actor === null) return false;
    try {
      await run(actor);
      return true;
    } catch (error) {
      workspace.notify(error instanceof Error ? error.message : String(error), "error");
      return false;
    }
  };
  const select = (claimId: string) => updateUrl({ claim: claimId });

  return {
    moveSelection(step) {
      const order = claimOrder(getWorkspace());
      if (order.length === 0) return;
      const current = currentClaimId();
      const at = current === null ? -1 : order.indexOf(current);
      const next = at === -1 ? (step === 1 ? 0 : order.length - 1) : Math.min(order.length - 1, Math.max(0, at + step));
      select(order[next]!);
    },
    setStatus(status: Status) {
      withClaim((claimId, workspace) => void write(workspace, (by) => setStatus(workspace.db, [claimId], status, by)));
    },
    giveVerdict(status: Status) {
      withClaim((claimId, workspace) => {
        // The order as it is now: the edit shows at once and may move the claim, or filter it out.
        const order = claimOrder(workspace);
        const at = order.indexOf(claimId);
        void write(workspace, (by) => setStatus(workspace.db, [claimId], status, by)).then((written) => {
          if (!written) return;
          const unreviewed = (id: string) => id !== claimId && workspace.claims.get(id)?.status === "unreviewed";
          const next = order.slice(at + 1).find(unreviewed) ?? order.slice(0, Math.max(0, at)).find(unreviewed);
          if (next === undefined) workspace.notify("Every claim here is reviewed.");
          else select(next);
        });
      });
    },
    cycleReporting() {
      withClaim((claimId, workspace) => {
        const current = workspace.claims.get(claimId)?.reporting ?? "unchecked";
        const next = REPORTING[(REPORTING.indexOf(current) + 1) % REPORTING.length]!;
        void write(workspace, (by) => setReporting(workspace.db, [claimId], next, by));
      });
    },
    editClaimText() {
      withClaim(() => {
        const field = document.querySelector<HTMLElement>('[data-shortcut-target="claim-text"]');
        field?.focus();
        if (field instanceof HTMLTextAreaElement) field.setSelectionRange(field.value.length, field.value.length);
      });
    },
    openInArticle() {
      withClaim((claimId, workspace) => {
        const row = workspace.claims.get(claimId);
        if (row !== undefined) updateUrl({ view: "articles", article: row.articleId, claim: claimId }, { push: true });
      });
    },
    escape() {
      const active = document.activeElement;
      if (isTypingTarget(active)) {
        (active as HTMLElement).blur(); // leaving the field saves it
        return;
      }
      if (currentClaimId() !== null) updateUrl({ claim: null });
    },
    undo: () => void getWorkspace().undo(),
    redo: () => void getWorkspace().redo(),
    focusSearch() {
      const search = document.querySelector<HTMLElement>('[data-shortcut-target="search"]');
      if (search !== null) {
        search.focus();
        return;
      }
      updateUrl({ view: "claims" }, { push: true });
      // The table mounts on the next frame.
      window.requestAnimationFrame(() => document.querySelector<HTMLElement>('[data-shortcut-target="search"]')?.focus());
    },
    switchView(view) {
      updateUrl({ view, ...(view === "articles" ? {} : { article: null }) }, { push: true });
    },
    showHelp,
  };
}
