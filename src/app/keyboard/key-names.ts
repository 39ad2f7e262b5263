/**
 * Key names as the shortcut table writes them: "j", "ArrowDown", "3", "Shift+3", "Shift+U",
 * "Ctrl+z", "Ctrl+Shift+z", "?", and two-key sequences "g c". Cmd counts as Ctrl, so the
 * same table works on a Mac.
 */

/** The parts of a KeyboardEvent that name a key (so the logic is testable without a DOM). */
export interface KeyStroke {
  key: string;
  code: string;
  shiftKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
}

const MODIFIER_KEYS = new Set(["Shift", "Control", "Alt", "Meta", "AltGraph", "CapsLock"]);

/** The table's name for a key press, or null for a bare modifier or an Alt chord (left to the browser). */
export function keyName(stroke: KeyStroke): string | null {
  if (MODIFIER_KEYS.has(stroke.key) || stroke.altKey) return null;
  const ctrl = stroke.ctrlKey || stroke.metaKey;
  // Shift+digit types "!" or "§" depending on the layout: name it by the physical digit key.
  const digit = /^(?:Digit|Numpad)([0-9])$/.exec(stroke.code)?.[1];
  if (digit !== undefined && !ctrl) return stroke.shiftKey ? `Shift+${digit}` : digit;
  let key = stroke.key;
  if (key.length === 1 && /\p{L}/u.test(key)) {
    const lower = key.toLowerCase();
    key = stroke.shiftKey ? `Shift+${lower.toUpperCase()}` : lower;
    if (ctrl) key = stroke.shiftKey ? `Ctrl+Shift+${lower}` : `Ctrl+${lower}`;
    return key;
  }
  if (ctrl) return `Ctrl+${stroke.shiftKey ? "Shift+" : ""}${key}`;
  // Punctuation already carries its shift ("?"); named keys keep it ("Shift+ArrowDown").
  if (stroke.shiftKey && key.length > 1) return `Shift+${key}`;
  return key;
}

/** How a key reads in the help dialog: "Ctrl+Shift+z" -> ["Ctrl", "Shift", "Z"], "ArrowDown" -> ["↓"]. */
export function displayKey(name: string): string[] {
  return name.split(" ").flatMap((part, index) => {
    const pieces = part.split(/\+(?=.)/u).map((piece) => ARROWS[piece] ?? (piece.length === 1 ? piece.toUpperCase() : piece));
    return index === 0 ? pieces : ["then", ...pieces];
  });
}

const ARROWS: Record<string, string> = {
  ArrowDown: "↓",
  ArrowUp: "↑",
  ArrowLeft: "←",
  ArrowRight: "→",
  Escape: "Esc",
};
