import { describe, expect, it } from "vitest";
import { STATUSES } from "../../../../claim-schemas/vocabulary.ts";
import { displayKey, keyName, type KeyStroke } from "../../../../src/app/keyboard/key-names.ts";
import { matchKey, SHORTCUTS, type ShortcutActions } from "../../../../src/app/keyboard/shortcut-table.ts";

const stroke = (key: string, overrides: Partial<KeyStroke> = {}): KeyStroke => ({
  key,
  code: /^[0-9]$/.test(key) ? `Digit${key}` : `Key${key.toUpperCase()}`,
  shiftKey: false,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  ...overrides,
});

function recorder() {
  const calls: string[] = [];
  const actions = new Proxy({} as ShortcutActions, {
    get: (_target, name) => (...args: unknown[]) => calls.push(`${String(name)}(${args.map((a) => JSON.stringify(a)).join(",")})`),
  });
  return { calls, actions };
}

function press(keys: string[]): string[] {
  const { calls, actions } = recorder();
  let pending: string | null = null;
  for (const key of keys) {
    const match = matchKey(key, pending);
    pending = match.kind === "pending" ? match.prefix : null;
    if (match.kind === "run") match.shortcut.run(actions);
  }
  return calls;
}

describe("shortcut table", () => {
  it("binds every key once", () => {
    const keys = SHORTCUTS.flatMap((shortcut) => shortcut.keys);
    expect(keys.length).toBeGreaterThan(20);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it("never binds a key that also starts a sequence", () => {
    const single = new Set(SHORTCUTS.flatMap((s) => s.keys).filter((k) => !k.includes(" ")));
    const prefixes = SHORTCUTS.flatMap((s) => s.keys).filter((k) => k.includes(" ")).map((k) => k.split(" ")[0]!);
    for (const prefix of prefixes) expect(single.has(prefix)).toBe(false);
  });

  it("describes every shortcut, and only Esc works while typing", () => {
    for (const shortcut of SHORTCUTS) expect(shortcut.description.length).toBeGreaterThan(3);
    expect(SHORTCUTS.filter((s) => s.whileTyping === true).flatMap((s) => s.keys)).toEqual(["Escape"]);
  });

  it("has a number key for every status and a verdict key for every judgement", () => {
    for (const [index, status] of STATUSES.entries()) {
      expect(press([String(index)])).toEqual([`setStatus("${status}")`]);
      if (status !== "unreviewed") expect(press([`Shift+${index}`])).toEqual([`giveVerdict("${status}")`]);
    }
  });

  it("moves with j/k and the arrows", () => {
    expect(press(["j", "ArrowDown", "k", "ArrowUp"])).toEqual([
      "moveSelection(1)",
      "moveSelection(1)",
      "moveSelection(-1)",
      "moveSelection(-1)",
    ]);
  });

  it("undoes and redoes with u, Shift+U and the Ctrl chords", () => {
    expect(press(["u", "Ctrl+z", "Shift+U", "Ctrl+Shift+z", "Ctrl+y"])).toEqual(["undo()", "undo()", "redo()", "redo()", "redo()"]);
  });

  it("switches views with g then a letter", () => {
    expect(press(["g", "c"])).toEqual(['switchView("claims")']);
    expect(press(["g", "a"])).toEqual(['switchView("articles")']);
    expect(press(["g", "i"])).toEqual(['switchView("import")']);
    expect(matchKey("g", null)).toEqual({ kind: "pending", prefix: "g" });
    // A key that does not finish the sequence acts on its own.
    expect(press(["g", "j"])).toEqual(["moveSelection(1)"]);
    expect(press(["g", "x"])).toEqual([]);
  });
});

describe("keyName", () => {
  it("names letters, digits and shifted digits whatever they type", () => {
    expect(keyName(stroke("j"))).toBe("j");
    expect(keyName(stroke("J", { shiftKey: true, code: "KeyJ" }))).toBe("Shift+J");
    expect(keyName(stroke("3"))).toBe("3");
    expect(keyName(stroke("#", { shiftKey: true, code: "Digit3" }))).toBe("Shift+3");
    expect(keyName(stroke("§", { shiftKey: true, code: "Digit3" }))).toBe("Shift+3");
    expect(keyName(stroke("3", { code: "Numpad3" }))).toBe("3");
  });

  it("names Ctrl and Cmd chords alike", () => {
    expect(keyName(stroke("z", { ctrlKey: true }))).toBe("Ctrl+z");
    expect(keyName(stroke("z", { metaKey: true }))).toBe("Ctrl+z");
    expect(keyName(stroke("Z", { ctrlKey: true, shiftKey: true }))).toBe("Ctrl+Shift+z");
    expect(keyName(stroke("y", { ctrlKey: true }))).toBe("Ctrl+y");
  });

  it("keeps punctuation and named keys, ignores modifiers alone and Alt chords", () => {
    expect(keyName(stroke("?", { shiftKey: true, code: "Slash" }))).toBe("?");
    expect(keyName(stroke("/", { code: "Slash" }))).toBe("/");
    expect(keyName(stroke("ArrowDown", { code: "ArrowDown" }))).toBe("ArrowDown");
    expect(keyName(stroke("Escape", { code: "Escape" }))).toBe("Escape");
    expect(keyName(stroke("Shift", { shiftKey: true, code: "ShiftLeft" }))).toBeNull();
    expect(keyName(stroke("j", { altKey: true }))).toBeNull();
  });

  it("every key in the table is one keyName can produce", () => {
    for (const key of SHORTCUTS.flatMap((s) => s.keys).flatMap((k) => k.split(" "))) {
      expect(key).toMatch(/^(?:(?:Ctrl\+)?(?:Shift\+)?[a-z]|Shift\+[A-Z0-9]|[0-9]|[?/]|Enter|Escape|Arrow(?:Up|Down))$/);
    }
  });
});

describe("displayKey", () => {
  it("reads keys for people", () => {
    expect(displayKey("Ctrl+Shift+z")).toEqual(["Ctrl", "Shift", "Z"]);
    expect(displayKey("ArrowDown")).toEqual(["↓"]);
    expect(displayKey("g c")).toEqual(["G", "then", "C"]);
    expect(displayKey("Shift+3")).toEqual(["Shift", "3"]);
  });
});
