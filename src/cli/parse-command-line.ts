/**
 * Command-line arguments -> one Command, with Node's util.parseArgs in strict mode: an
 * unknown command or option, a missing value or a wrong number of files is a UsageError
 * (exit code 2), never a guess.
 */
import { parseArgs, type ParseArgsConfig } from "node:util";
import { EXPORT_FORMATS, isExportFormat, type ExportFormat } from "../io/export/export-claim-set.ts";
import type { UsageTopic } from "./usage.ts";

export const OUTPUT_FORMATS = ["json", "jsonl", "csv"] as const;

export const COMPARE_FORMATS = ["table", "json"] as const;
export type CompareFormat = (typeof COMPARE_FORMATS)[number];
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

/** The file name that means standard input. */
export const STDIN = "-";

/** The commands with a help text of their own. */
export const HELP_TOPICS = ["compare", "extract", "export", "sentences", "validate"] as const;
export type HelpTopic = (typeof HELP_TOPICS)[number];

export type Command =
  | { name: "help"; topic?: HelpTopic }
  | { name: "version" }
  | { name: "extract"; format: OutputFormat; eachLine: boolean; files: string[] }
  | { name: "export"; format: ExportFormat; files: string[] }
  | { name: "sentences"; file: string }
  | { name: "validate"; files: string[] }
  | { name: "compare"; format: CompareFormat; files: string[] };

export class UsageError extends Error {
  constructor(
    message: string,
    /** Which usage line to print under the message. */
    readonly topic: UsageTopic = "general",
  ) {
    super(message);
    this.name = "UsageError";
  }
}

const HELP_OPTION = { help: { type: "boolean", short: "h" } } as const;

export function parseCommandLine(args: readonly string[]): Command {
  const [first, ...rest] = args;
  if (first === undefined) throw new UsageError("no command given");
  if (first.startsWith("-") && first !== STDIN) return parseGlobalOptions(args);
  switch (first) {
    case "extract":
      return parseExtract(rest);
    case "export":
      return parseExport(rest);
    case "sentences":
      return parseSentences(rest);
    case "compare":
      return parseCompare(rest);
    case "validate":
      return parseValidate(rest);
    case "help":
      return parseHelp(rest);
    default:
      throw new UsageError(`unknown command '${first}'`);
  }
}

function parseGlobalOptions(args: readonly string[]): Command {
  const { values } = strictParse(
    args,
    { ...HELP_OPTION, version: { type: "boolean", short: "V" } },
    "general",
    false,
  );
  if (values.help) return { name: "help" };
  if (values.version) return { name: "version" };
  throw new UsageError("no command given");
}

function parseExtract(args: readonly string[]): Command {
  const { values, positionals } = strictParse(
    args,
    { ...HELP_OPTION, format: { type: "string", short: "f" }, "each-line": { type: "boolean" } },
    "extract",
  );
  if (values.help) return { name: "help", topic: "extract" };
  const format = values.format ?? "json";
  if (!isOutputFormat(format)) {
    throw new UsageError(`unknown format '${format}' (use json, jsonl or csv)`, "extract");
  }
  if (positionals.length === 0) throw new UsageError("no files given", "extract");
  if (positionals.filter((file) => file === STDIN).length > 1) {
    throw new UsageError("standard input (-) can be given only once", "extract");
  }
  return { name: "extract", format, eachLine: values["each-line"] ?? false, files: positionals };
}

function parseExport(args: readonly string[]): Command {
  const { values, positionals } = strictParse(args, { ...HELP_OPTION, format: { type: "string", short: "f" } }, "export");
  if (values.help) return { name: "help", topic: "export" };
  const format = values.format ?? "json";
  if (!isExportFormat(format)) {
    throw new UsageError(`unknown format '${format}' (use ${listWithOr(EXPORT_FORMATS)})`, "export");
  }
  if (positionals.filter((file) => file === STDIN).length > 1) {
    throw new UsageError("standard input (-) can be given only once", "export");
  }
  return { name: "export", format, files: positionals.length > 0 ? positionals : [STDIN] };
}

function parseCompare(args: readonly string[]): Command {
  const { values, positionals } = strictParse(args, { ...HELP_OPTION, format: { type: "string", short: "f" } }, "compare");
  if (values.help) return { name: "help", topic: "compare" };
  const format = values.format ?? "table";
  if (!(COMPARE_FORMATS as readonly string[]).includes(format)) {
    throw new UsageError(`unknown format '${format}' (use ${listWithOr(COMPARE_FORMATS)})`, "compare");
  }
  if (positionals.length === 0) throw new UsageError("no files given", "compare");
  if (positionals.filter((file) => file === STDIN).length > 1) {
    throw new UsageError("standard input (-) can be given only once", "compare");
  }
  return { name: "compare", format: format as CompareFormat, files: positionals };
}

function listWithOr(items: readonly string[]): string {
  return items.length < 2 ? items.join("") : `${items.slice(0, -1).join(", ")} or ${items.at(-1)}`;
}

function parseSentences(args: readonly string[]): Command {
  const { values, positionals } = strictParse(args, HELP_OPTION, "sentences");
  if (values.help) return { name: "help", topic: "sentences" };
  const [file, ...extra] = positionals;
  if (file === undefined) throw new UsageError("no file given", "sentences");
  if (extra.length > 0) throw new UsageError("sentences reads one file only", "sentences");
  return { name: "sentences", file };
}

function parseValidate(args: readonly string[]): Command {
  const { values, positionals } = strictParse(args, HELP_OPTION, "validate");
  if (values.help) return { name: "help", topic: "validate" };
  if (positionals.length === 0) throw new UsageError("no files given", "validate");
  if (positionals.filter((file) => file === STDIN).length > 1) {
    throw new UsageError("standard input (-) can be given only once", "validate");
  }
  return { name: "validate", files: positionals };
}

function parseHelp(args: readonly string[]): Command {
  const { positionals } = strictParse(args, {}, "help");
  const [topic, ...extra] = positionals;
  if (extra.length > 0) throw new UsageError("help takes one command name", "help");
  if (topic === undefined) return { name: "help" };
  if (isHelpTopic(topic)) return { name: "help", topic };
  if (topic === "help") return { name: "help" };
  throw new UsageError(`unknown command '${topic}'`, "help");
}

function isHelpTopic(value: string): value is HelpTopic {
  return (HELP_TOPICS as readonly string[]).includes(value);
}

function isOutputFormat(value: string): value is OutputFormat {
  return (OUTPUT_FORMATS as readonly string[]).includes(value);
}

function strictParse<T extends NonNullable<ParseArgsConfig["options"]>>(
  args: readonly string[],
  options: T,
  topic: UsageTopic,
  allowPositionals = true,
) {
  try {
    return parseArgs({ args: [...args], options, allowPositionals, strict: true });
  } catch (error) {
    throw new UsageError(describeParseError(error), topic);
  }
}

/** Node's messages run on with advice about `--`; the first sentence is the useful part. */
function describeParseError(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const firstSentence = message.split(/\.\s/, 1)[0] ?? message;
  return firstSentence.charAt(0).toLowerCase() + firstSentence.slice(1).replace(/\.$/, "");
}
