import { describe, expect, it } from "vitest";
import { parseCommandLine, UsageError } from "../../../src/cli/parse-command-line.ts";

function usageErrorOf(args: string[]): UsageError {
  try {
    parseCommandLine(args);
  } catch (error) {
    if (error instanceof UsageError) return error;
    throw error;
  }
  throw new Error(`expected a usage error for ${JSON.stringify(args)}`);
}

describe("parseCommandLine", () => {
  it("reads extract with the default format", () => {
    expect(parseCommandLine(["extract", "a.txt", "b.txt"])).toEqual({
      name: "extract",
      format: "json",
      eachLine: false,
      files: ["a.txt", "b.txt"],
    });
  });

  it("reads --format in both spellings, -f and --each-line", () => {
    expect(parseCommandLine(["extract", "--format", "csv", "a.txt"])).toMatchObject({ format: "csv" });
    expect(parseCommandLine(["extract", "--format=jsonl", "a.txt"])).toMatchObject({ format: "jsonl" });
    expect(parseCommandLine(["extract", "-f", "csv", "--each-line", "a.txt"])).toMatchObject({
      format: "csv",
      eachLine: true,
    });
  });

  it("takes - as standard input and options after files", () => {
    expect(parseCommandLine(["extract", "-", "--format", "csv"])).toMatchObject({ files: ["-"], format: "csv" });
  });

  it("takes a file whose name starts with a dash after --", () => {
    expect(parseCommandLine(["extract", "--", "-odd.txt"])).toMatchObject({ files: ["-odd.txt"] });
  });

  it("reads export, defaulting to JSON from standard input", () => {
    expect(parseCommandLine(["export"])).toEqual({ name: "export", format: "json", files: ["-"] });
    expect(parseCommandLine(["export", "-f", "claimreview", "a.json", "b.txt"])).toEqual({
      name: "export",
      format: "claimreview",
      files: ["a.json", "b.txt"],
    });
    expect(parseCommandLine(["export", "--format=annotations", "-"])).toMatchObject({ format: "annotations", files: ["-"] });
  });

  it("rejects an unknown export format, jsonl among them, and standard input given twice", () => {
    const error = usageErrorOf(["export", "--format", "jsonl", "a.json"]);
    expect(error.message).toBe("unknown format 'jsonl' (use json, csv, claimreview or annotations)");
    expect(error.topic).toBe("export");
    expect(usageErrorOf(["export", "-", "-"]).message).toContain("only once");
    expect(usageErrorOf(["export", "--each-line", "a.txt"]).message).toBe("unknown option '--each-line'");
  });

  it("reads sentences with one file", () => {
    expect(parseCommandLine(["sentences", "-"])).toEqual({ name: "sentences", file: "-" });
  });

  it("reads help and version in every spelling", () => {
    expect(parseCommandLine(["--help"])).toEqual({ name: "help" });
    expect(parseCommandLine(["-h"])).toEqual({ name: "help" });
    expect(parseCommandLine(["help"])).toEqual({ name: "help" });
    expect(parseCommandLine(["help", "extract"])).toEqual({ name: "help", topic: "extract" });
    expect(parseCommandLine(["extract", "--help"])).toEqual({ name: "help", topic: "extract" });
    expect(parseCommandLine(["sentences", "-h"])).toEqual({ name: "help", topic: "sentences" });
    expect(parseCommandLine(["help", "export"])).toEqual({ name: "help", topic: "export" });
    expect(parseCommandLine(["export", "-h"])).toEqual({ name: "help", topic: "export" });
    expect(parseCommandLine(["--version"])).toEqual({ name: "version" });
    expect(parseCommandLine(["-V"])).toEqual({ name: "version" });
  });

  it("rejects no arguments at all", () => {
    expect(usageErrorOf([]).message).toBe("no command given");
  });

  it("rejects an unknown command", () => {
    expect(usageErrorOf(["extrakt", "a.txt"]).message).toBe("unknown command 'extrakt'");
    expect(usageErrorOf(["help", "nope"]).message).toBe("unknown command 'nope'");
  });

  it("rejects an unknown option, naming it, with the command's usage", () => {
    const error = usageErrorOf(["extract", "--pretty", "a.txt"]);
    expect(error.message).toBe("unknown option '--pretty'");
    expect(error.topic).toBe("extract");
    expect(usageErrorOf(["--nope"]).message).toBe("unknown option '--nope'");
    expect(usageErrorOf(["sentences", "--format", "csv", "a.txt"]).message).toContain("--format");
  });

  it("rejects an unknown format and a missing format value", () => {
    expect(usageErrorOf(["extract", "--format", "xml", "a.txt"]).message).toBe(
      "unknown format 'xml' (use json, jsonl or csv)",
    );
    expect(usageErrorOf(["extract", "a.txt", "--format"]).message).toContain("argument missing");
  });

  it("rejects extract without files", () => {
    expect(usageErrorOf(["extract"]).message).toBe("no files given");
    expect(usageErrorOf(["extract", "--format", "csv"]).message).toBe("no files given");
  });

  it("rejects standard input given twice", () => {
    expect(usageErrorOf(["extract", "-", "a.txt", "-"]).message).toContain("only once");
  });

  it("rejects sentences with no file or two files", () => {
    expect(usageErrorOf(["sentences"]).message).toBe("no file given");
    expect(usageErrorOf(["sentences", "a.txt", "b.txt"]).message).toBe("sentences reads one file only");
  });

  it("reads validate with one or more files, - once at most, and its help", () => {
    expect(parseCommandLine(["validate", "a.json"])).toEqual({ name: "validate", files: ["a.json"] });
    expect(parseCommandLine(["validate", "a.json", "-", "b.json"])).toEqual({
      name: "validate",
      files: ["a.json", "-", "b.json"],
    });
    expect(parseCommandLine(["validate", "--help"])).toEqual({ name: "help", topic: "validate" });
    expect(parseCommandLine(["help", "validate"])).toEqual({ name: "help", topic: "validate" });
    expect(usageErrorOf(["validate"]).message).toBe("no files given");
    expect(usageErrorOf(["validate"]).topic).toBe("validate");
    expect(usageErrorOf(["validate", "-", "-"]).message).toContain("only once");
    expect(usageErrorOf(["validate", "--format", "json", "a.json"]).message).toBe("unknown option '--format'");
  });

  it("rejects a value given to a flag", () => {
    expect(usageErrorOf(["extract", "--each-line=yes", "a.txt"]).message).toContain("does not take an argument");
  });

  it("rejects a stray argument after --help", () => {
    expect(usageErrorOf(["--help", "extract"]).message).toContain("unexpected argument");
  });
});
