/**
 * Checks that a text is JSON, without building anything, before JSON.parse sees it. Two
 * reasons: a hostile file nested 100,000 levels deep is refused here, with a counter and no
 * recursion, before any recursive code (a reviver, zod) could overflow the stack; and a
 * malformed file gets the same "line 3, column 7: expected ..." in every engine (V8 says
 * "Unexpected token 'x'" without a position, Firefox and Safari word it otherwise).
 * Accepts exactly what JSON.parse accepts (RFC 8259); a property test holds it to that.
 */

export interface JsonSyntaxProblem {
  /** "too-deep": valid so far, but nested deeper than allowed. */
  kind: "syntax" | "too-deep";
  /** UTF-16 offset of the offending character. */
  offset: number;
  /** 1-based; lines end at \n. */
  line: number;
  /** 1-based, in UTF-16 code units. */
  column: number;
  /** What is wrong, without the position: "expected ',' or '}' after a property value, found 'x'". */
  message: string;
}

/** What may come next; the -or-close states are just after '{' or '[', where it may close at once. */
type Expect = "value" | "value-or-close" | "key" | "key-or-close" | "colon" | "comma-or-close";

const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;
const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COMMA = 0x2c;
const COLON = 0x3a;
const MINUS = 0x2d;

/** The first syntax problem in `text`, or undefined when JSON.parse will accept it. */
export function findJsonSyntaxProblem(text: string, maxDepth: number): JsonSyntaxProblem | undefined {
  // true for an object, false for an array: what closes next.
  const open: boolean[] = [];
  let expect: Expect = "value";
  let index = skipWhiteSpace(text, 0);
  const fail = (offset: number, message: string, kind: JsonSyntaxProblem["kind"] = "syntax"): JsonSyntaxProblem => ({
    kind,
    offset,
    ...lineAndColumn(text, offset),
    message,
  });

  while (index < text.length) {
    const code = text.charCodeAt(index);
    switch (expect) {
      case "value":
      case "value-or-close": {
        if (code === CLOSE_BRACKET && expect === "value-or-close") {
          open.pop();
          index++;
          expect = "comma-or-close";
          break;
        }
        if (code === OPEN_BRACE || code === OPEN_BRACKET) {
          if (open.length >= maxDepth) {
            return fail(index, `nested deeper than ${maxDepth} levels; a claim set is never that deep`, "too-deep");
          }
          open.push(code === OPEN_BRACE);
          index++;
          expect = code === OPEN_BRACE ? "key-or-close" : "value-or-close";
          break;
        }
        const end = code === QUOTE ? scanString(text, index) : scanScalar(text, index);
        if (typeof end !== "number") return fail(end.offset, end.message);
        index = end;
        expect = "comma-or-close";
        break;
      }
      case "key":
      case "key-or-close": {
        if (code === CLOSE_BRACE && expect === "key-or-close") {
          open.pop();
          index++;
          expect = "comma-or-close";
          break;
        }
        if (code !== QUOTE) {
          const hint = code === CLOSE_BRACE ? " (a comma before '}' with nothing after it)" : "";
          return fail(index, `expected a property name in double quotes, found ${describeAt(text, index)}${hint}`);
        }
        const end = scanString(text, index);
        if (typeof end !== "number") return fail(end.offset, end.message);
        index = end;
        expect = "colon";
        break;
      }
      case "colon":
        if (code !== COLON) return fail(index, `expected ':' after the property name, found ${describeAt(text, index)}`);
        index++;
        expect = "value";
        break;
      case "comma-or-close": {
        const inObject = open.at(-1);
        if (inObject === undefined) {
          return fail(index, `unexpected ${describeAt(text, index)} after the end of the JSON value`);
        }
        if (code === COMMA) {
          index++;
          expect = inObject ? "key" : "value";
        } else if (code === (inObject ? CLOSE_BRACE : CLOSE_BRACKET)) {
          open.pop();
          index++;
        } else {
          const wanted = inObject ? "',' or '}' after a property value" : "',' or ']' after a list item";
          return fail(index, `expected ${wanted}, found ${describeAt(text, index)}`);
        }
        break;
      }
    }
    index = skipWhiteSpace(text, index);
  }
  if (expect === "comma-or-close" && open.length === 0) return undefined;
  if (open.length === 0 && expect === "value") return fail(index, "no JSON value (the file holds only white space)");
  const unclosed = open.at(-1) ? "an object ('{' without its '}')" : "a list ('[' without its ']')";
  return fail(index, `the file ends inside ${unclosed}`);
}

export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let newline = text.indexOf("\n"); newline !== -1 && newline < offset; newline = text.indexOf("\n", newline + 1)) {
    line++;
    lineStart = newline + 1;
  }
  return { line, column: offset - lineStart + 1 };
}

function skipWhiteSpace(text: string, index: number): number {
  while (index < text.length) {
    const code = text.charCodeAt(index);
    // JSON white space is exactly space, tab, line feed and carriage return.
    if (code !== 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d) break;
    index++;
  }
  return index;
}

interface ScanProblem {
  offset: number;
  message: string;
}

const ESCAPABLE = new Set(['"', "\\", "/", "b", "f", "n", "r", "t"]);

/** The index just past the string that opens at `start`, or what is wrong with it. */
function scanString(text: string, start: number): number | ScanProblem {
  let index = start + 1;
  while (index < text.length) {
    const code = text.charCodeAt(index);
    if (code === QUOTE) return index + 1;
    if (code === BACKSLASH) {
      const escaped = text.charAt(index + 1);
      if (escaped === "u") {
        if (!/^[0-9A-Fa-f]{4}$/.test(text.slice(index + 2, index + 6))) {
          return { offset: index, message: "'\\u' in a string must be followed by four hexadecimal digits" };
        }
        index += 6;
        continue;
      }
      if (!ESCAPABLE.has(escaped)) {
        const what = escaped === "" ? "the end of the file" : `'\\${escaped}'`;
        return { offset: index, message: `invalid escape ${what} in a string` };
      }
      index += 2;
      continue;
    }
    if (code < 0x20) {
      const what = code === 0x0a || code === 0x0d ? "a line break" : `a control character (${codePoint(code)})`;
      return { offset: index, message: `${what} inside a string; write it as an escape such as \\n` };
    }
    index++;
  }
  return { offset: start, message: "a string that is never closed (no matching '\"')" };
}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const NUMBER_LIKE = /[-+0-9.eE]+/y;
const WORD = /[A-Za-z_$][\w$]*/y;

/** A number, true, false or null starting at `start`: the index past it, or what is wrong. */
function scanScalar(text: string, start: number): number | ScanProblem {
  const code = text.charCodeAt(start);
  if (code === MINUS || (code >= 0x30 && code <= 0x39)) {
    NUMBER_LIKE.lastIndex = start;
    NUMBER_LIKE.test(text);
    const run = text.slice(start, NUMBER_LIKE.lastIndex);
    NUMBER.lastIndex = start;
    const match = NUMBER.exec(text);
    if (match && match[0].length === run.length) return start + run.length;
    if (run === "-" && text.startsWith("Infinity", start + 1)) {
      return { offset: start, message: "found '-Infinity', which JSON cannot hold" };
    }
    return { offset: start, message: `${showRun(run)} is not a valid JSON number` };
  }
  for (const literal of ["true", "false", "null"]) {
    if (text.startsWith(literal, start)) {
      WORD.lastIndex = start;
      WORD.exec(text);
      // "nullable" is not null followed by junk in V8's eyes either; report the whole word.
      if (WORD.lastIndex === start + literal.length) return start + literal.length;
    }
  }
  return { offset: start, message: `expected a value, found ${describeAt(text, start)}` };
}

/** What stands at `index`, for "found ...": a word, a character, or the end. */
function describeAt(text: string, index: number): string {
  if (index >= text.length) return "the end of the file";
  WORD.lastIndex = index;
  const word = WORD.exec(text);
  if (word) return showRun(word[0]);
  const char = String.fromCodePoint(text.codePointAt(index) ?? 0);
  const code = char.codePointAt(0) ?? 0;
  if (char === "'") return "a single quote (JSON strings use double quotes)";
  if (code < 0x20 || (code >= 0x7f && code <= 0x9f) || code === 0xfeff) return `a control character (${codePoint(code)})`;
  return `'${char}'`;
}

function showRun(run: string): string {
  return `'${run.length > 30 ? `${run.slice(0, 30)}…` : run}'`;
}

function codePoint(code: number): string {
  return `U+${code.toString(16).toUpperCase().padStart(4, "0")}`;
}
