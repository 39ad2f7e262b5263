/**
 * Reads the files named on the command line (or standard input) and checks that each one
 * is an article a person could have written: it exists and can be read, is not too large,
 * is valid UTF-8, is not binary and is not empty. The first bad input stops the command
 * before anything is printed, with one line that names it and says what is wrong.
 */
import { basename } from "node:path";
import { decodeArticleText } from "../io/decode-article-text.ts";
import type { CliIo } from "./cli-context.ts";
import { STDIN } from "./parse-command-line.ts";

// The checks live in src/io so the workbench refuses the same files with the same words.
export { decodeArticleText };

/** Far above any news article; keeps a wrong argument (a disk image, a log) from eating memory. */
export const MAX_INPUT_BYTES = 64 * 1024 * 1024;

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

/** Why a file or standard input could not be read, from the Node-style error code. */
export function describeReadError(error: unknown, noun: string, maxBytes = MAX_INPUT_BYTES): string {
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
      return `${noun} is too large (over ${maxBytes / 1024 / 1024} MB)`;
    default: {
      const detail = typeof code === "string" ? code : error instanceof Error ? error.message : String(error);
      return `cannot read (${detail})`;
    }
  }
}
