/**
 * Reads the files named on the command line (or standard input) and checks that each one
 * is an article a person could have written: it exists and can be read, is not too large,
 * is valid UTF-8, is not binary and is not empty. The first bad input stops the command
 * before anything is printed, with one line that names it and says what is wrong.
 */
import { basename } from "node:path";
import { parseArticleFile } from "../core/article/parse-article-file.ts";
import type { CliIo } from "./cli-context.ts";
import { STDIN } from "./parse-command-line.ts";

/** Far above any news article; keeps a wrong argument (a disk image, a log) from eating memory. */
export const MAX_INPUT_BYTES = 64 * 1024 * 1024;

/** Above this share of control characters a "text" is really binary data. */
const MAX_CONTROL_SHARE = 0.1;

export interface ReadInput {
  /** As given on the command line ("-" for standard input): what messages name. */
  path: string;
  /** The file's base name; undefined for standard input. */
  fileName?: string;
  text: string;
}

/** An input that cannot be used; `message` is the whole line for stderr, without the prefix. */
export class InputProblem extends Error {
  constructor(
    readonly path: string,
    readonly problem: string,
  ) {
    super(`${displayName(path)}: ${problem}`);
    this.name = "InputProblem";
  }
}

export function displayName(path: string): string {
  return path === STDIN ? "standard input" : path;
}

/** Reads and checks every input, in order; throws the first InputProblem. */
export async function readInputs(paths: readonly string[], io: CliIo): Promise<ReadInput[]> {
  const inputs: ReadInput[] = [];
  for (const path of paths) inputs.push(await readInput(path, io));
  return inputs;
}

export async function readInput(path: string, io: CliIo): Promise<ReadInput> {
  const isStdin = path === STDIN;
  let bytes: Uint8Array;
  try {
    bytes = isStdin ? await io.readStdin(MAX_INPUT_BYTES) : await io.readFile(path, MAX_INPUT_BYTES);
  } catch (error) {
    throw new InputProblem(path, describeReadError(error, isStdin ? "input" : "file"));
  }
  const decoded = decodeArticleText(bytes, isStdin ? "input" : "file");
  if ("problem" in decoded) throw new InputProblem(path, decoded.problem);
  return isStdin ? { path, text: decoded.text } : { path, fileName: basename(path), text: decoded.text };
}

/** The text of an article file, or why there is none. `noun` is "file" or "input". */
export function decodeArticleText(bytes: Uint8Array, noun = "file"): { text: string } | { problem: string } {
  if (bytes.length === 0) return { problem: `${noun} is empty` };
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return { problem: `${noun} is UTF-16 text; save it as UTF-8` };
  }
  if (bytes.includes(0)) return { problem: `${noun} is binary (it contains NUL bytes)` };
  let text: string;
  try {
    // The decoder drops a leading byte-order mark itself.
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return { problem: `${noun} is not UTF-8 text (invalid byte sequence)` };
  }
  if (controlShare(text) > MAX_CONTROL_SHARE) {
    return { problem: `${noun} is binary (mostly control characters)` };
  }
  if (text.trim().length === 0) return { problem: `${noun} is empty (only white space)` };
  if (parseArticleFile(text).text.length === 0) {
    return { problem: `${noun} has a date header but no text` };
  }
  return { text };
}

/** Share of characters that are C0/C1 controls other than tab, line feed, form feed and CR. */
function controlShare(text: string): number {
  let controls = 0;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    const isControl = (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0c && code !== 0x0d) ||
      (code >= 0x7f && code <= 0x9f);
    if (isControl) controls++;
  }
  return text.length === 0 ? 0 : controls / text.length;
}

function describeReadError(error: unknown, noun: string): string {
  const code = (error as { code?: unknown } | null)?.code;
  switch (code) {
    case "ENOENT":
      return "no such file";
    case "EACCES":
    case "EPERM":
      return "cannot read the file (permission denied)";
    case "EISDIR":
      return "is a directory, not a file";
    case "EFBIG":
      return `${noun} is too large (over ${MAX_INPUT_BYTES / 1024 / 1024} MB)`;
    default: {
      const detail = typeof code === "string" ? code : error instanceof Error ? error.message : String(error);
      return `cannot read (${detail})`;
    }
  }
}
