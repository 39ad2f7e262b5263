/**
 * The command line as a function: arguments in, exit code out, all effects through the
 * CliContext. Exit codes: 0 done; 1 an input could not be used or extraction failed (one
 * line on stderr, nothing on stdout), or `validate` found a file that is not a valid claim
 * set (its problems on stderr); 2 wrong usage (message and usage line on stderr).
 */
import type { CliContext } from "./cli-context.ts";
import { runExport } from "./commands/export.ts";
import { ExtractionFailure, runExtract } from "./commands/extract.ts";
import { runCompare } from "./commands/compare.ts";
import { runSentences } from "./commands/sentences.ts";
import { InvalidClaimSets, runValidate } from "./commands/validate.ts";
import { parseCommandLine, UsageError, type Command } from "./parse-command-line.ts";
import { InputProblem } from "./read-inputs.ts";
import { COMMAND_HELP, GENERAL_HELP, USAGE_LINES } from "./usage.ts";

export const EXIT_OK = 0;
export const EXIT_FAILURE = 1;
export const EXIT_USAGE = 2;

const PROGRAM = "claimbench";

export async function runCli(args: readonly string[], context: CliContext): Promise<number> {
  let command: Command;
  try {
    command = parseCommandLine(args);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    context.io.writeStderr(`${PROGRAM}: ${error.message}\n${USAGE_LINES[error.topic]}\n`);
    return EXIT_USAGE;
  }
  try {
    await runCommand(command, context);
    return EXIT_OK;
  } catch (error) {
    if (error instanceof InputProblem || error instanceof ExtractionFailure) {
      context.io.writeStderr(`${PROGRAM}: ${oneLine(error.message)}\n`);
      return EXIT_FAILURE;
    }
    // validate has printed every problem already.
    if (error instanceof InvalidClaimSets) return EXIT_FAILURE;
    throw error;
  }
}

async function runCommand(command: Command, context: CliContext): Promise<void> {
  switch (command.name) {
    case "help":
      return context.io.writeStdout(command.topic ? (COMMAND_HELP[command.topic] ?? GENERAL_HELP) : GENERAL_HELP);
    case "version":
      return context.io.writeStdout(`${PROGRAM} ${context.version}\n`);
    case "extract":
      return runExtract(command, context);
    case "export":
      return runExport(command, context);
    case "sentences":
      return runSentences(command.file, context);
    case "compare":
      return runCompare(command, context);
    case "validate":
      return runValidate(command.files, context);
  }
}

/** A file name or an error message may hold a line break; stderr gets exactly one line. */
function oneLine(message: string): string {
  return message.replace(/[\r\n]+/g, " ");
}
