/**
 * `claimbench validate`: checks claim-set files with readClaimSet, the same gate the
 * workbench's import uses, so both refuse the same files with the same words. A valid file
 * gets one line on stdout; an invalid one gets every problem on stderr, one per line as
 * `FILE: path: message`, like a compiler's. Any invalid file makes the exit code 1.
 */
import { DEFAULT_MAX_CLAIM_SET_BYTES, readClaimSet, type ClaimSetProblem } from "../../io/claim-set/read-claim-set.ts";
import type { ClaimSet } from "../../../claim-schemas/claim-set.ts";
import type { CliContext, CliIo } from "../cli-context.ts";
import { STDIN } from "../parse-command-line.ts";
import { describeReadError, displayName } from "../read-inputs.ts";

/** Thrown once every file was checked and at least one is not a valid claim set; its problems are already printed. */
export class InvalidClaimSets extends Error {
  override name = "InvalidClaimSets";
}

type Checked = { ok: true; claimSet: ClaimSet; migratedFrom?: number } | { ok: false; problems: ClaimSetProblem[] };

export async function runValidate(files: readonly string[], context: CliContext): Promise<void> {
  let invalid = 0;
  for (const path of files) {
    const name = oneLine(displayName(path));
    const checked = await checkFile(path, context.io);
    if (checked.ok) {
      const { articles, claims } = checked.claimSet;
      const converted = checked.migratedFrom === undefined ? "" : ` (converted from version ${checked.migratedFrom})`;
      await context.io.writeStdout(
        `${name}: valid claim set, ${count(articles.length, "article")}, ${count(claims.length, "claim")}${converted}\n`,
      );
      continue;
    }
    invalid++;
    for (const { path: where, message } of checked.problems) {
      context.io.writeStderr(`${name}: ${where === "" ? "" : `${oneLine(where)}: `}${oneLine(message)}\n`);
    }
  }
  if (invalid > 0) throw new InvalidClaimSets(`${invalid} of ${files.length} files are not valid claim sets`);
}

async function checkFile(path: string, io: CliIo): Promise<Checked> {
  const isStdin = path === STDIN;
  const noun = isStdin ? "input" : "file";
  let bytes: Uint8Array;
  try {
    bytes = isStdin
      ? await io.readStdin(DEFAULT_MAX_CLAIM_SET_BYTES)
      : await io.readFile(path, DEFAULT_MAX_CLAIM_SET_BYTES);
  } catch (error) {
    return { ok: false, problems: [{ path: "", message: describeReadError(error, noun, DEFAULT_MAX_CLAIM_SET_BYTES) }] };
  }
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return { ok: false, problems: [{ path: "", message: `${noun} is UTF-16 text; save it as UTF-8` }] };
  }
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return { ok: false, problems: [{ path: "", message: `${noun} is not UTF-8 text (invalid byte sequence)` }] };
  }
  return readClaimSet(text);
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? "" : "s"}`;
}

/** A file name or a message may hold a line break; each problem stays on one line. */
function oneLine(text: string): string {
  return text.replace(/[\r\n]+/g, " ");
}
