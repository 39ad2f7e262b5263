import { describe, expect, it } from "vitest";
import { runCli } from "../../../src/cli/run-cli.ts";
import { validJson } from "../io/claim-set/claim-set-fixture.ts";
import { createContext, createRecordingIo } from "./fake-cli-context.ts";

const VALID = JSON.stringify(validJson(), null, 2);

function withMissingArticle(): string {
  const json = validJson();
  (json.claims[7] as { articleId: string }).articleId = "a-123";
  (json.claims[2] as { review: { status: string } }).review.status = "true";
  return JSON.stringify(json);
}

function contextWith(files: Record<string, string | Uint8Array>, stdin?: string) {
  let coreLoads = 0;
  const context = createContext({
    io: createRecordingIo(files, stdin),
    loadCore: async () => {
      coreLoads++;
      throw new Error("validate must not need the extractor");
    },
  });
  return Object.assign(context, { coreLoads: () => coreLoads });
}

describe("runCli validate", () => {
  it("says a valid claim set is valid, counting its articles and claims, without loading the extractor", async () => {
    const context = contextWith({ "claims.json": VALID });
    expect(await runCli(["validate", "claims.json"], context)).toBe(0);
    expect(context.io.stdout).toBe("claims.json: valid claim set, 2 articles, 8 claims\n");
    expect(context.io.stderr).toBe("");
    expect(context.coreLoads()).toBe(0);
  });

  it("reads standard input for -", async () => {
    const context = contextWith({}, VALID);
    expect(await runCli(["validate", "-"], context)).toBe(0);
    expect(context.io.stdout).toBe("standard input: valid claim set, 2 articles, 8 claims\n");
  });

  it("prints each problem as FILE: path: message on stderr and exits 1", async () => {
    const context = contextWith({ "bad.json": withMissingArticle() });
    expect(await runCli(["validate", "bad.json"], context)).toBe(1);
    expect(context.io.stdout).toBe("");
    // The schema stage fails first, so the missing article is not reported yet.
    expect(context.io.stderr).toBe(
      "bad.json: claims[2].review.status: expected one of unreviewed, supported, partly-supported, refuted, unsupported, unverifiable, got the string \"true\"\n",
    );
    const fixed = withMissingArticle().replace('"status":"true"', '"status":"supported"');
    const second = contextWith({ "bad.json": fixed });
    expect(await runCli(["validate", "bad.json"], second)).toBe(1);
    expect(second.io.stderr).toBe("bad.json: claims[7].articleId: no article a-123 in this file\n");
  });

  it("prints a whole-file problem without a path", async () => {
    const context = contextWith({ "broken.json": '{\n  "format": "claimbench.claim-set",\n  "version": 1,\n}\n' });
    expect(await runCli(["validate", "broken.json"], context)).toBe(1);
    expect(context.io.stderr).toBe(
      "broken.json: not valid JSON: line 4, column 1: expected a property name in double quotes, found '}' (a comma before '}' with nothing after it)\n",
    );
  });

  it.each([
    [{}, "nope.json: no such file\n"],
    [{ "nope.json": "" }, "nope.json: file is empty\n"],
    [{ "nope.json": new Uint8Array([0xff, 0xfe, 0x7b, 0x00]) }, "nope.json: file is UTF-16 text; save it as UTF-8\n"],
    [{ "nope.json": new Uint8Array([0x7b, 0xc3, 0x28, 0x7d]) }, "nope.json: file is not UTF-8 text (invalid byte sequence)\n"],
    [{ "nope.json": '{"format": "claimbench.claim-set", "version": 2}' }, "nope.json: made by a newer claimbench (version 2); this one reads up to version 1\n"],
  ])("reports a file it cannot use (%#)", async (files, stderr) => {
    const context = contextWith(files);
    expect(await runCli(["validate", "nope.json"], context)).toBe(1);
    expect(context.io.stdout).toBe("");
    expect(context.io.stderr).toBe(stderr);
  });

  it("checks every file, says which are valid, and exits 1 when one is not", async () => {
    const context = contextWith({ "a.json": VALID, "b.json": "[]", "c.json": VALID });
    expect(await runCli(["validate", "a.json", "b.json", "c.json"], context)).toBe(1);
    expect(context.io.stdout).toBe(
      "a.json: valid claim set, 2 articles, 8 claims\nc.json: valid claim set, 2 articles, 8 claims\n",
    );
    expect(context.io.stderr).toBe(
      'b.json: not a claim set: the file holds a JSON array, not an object with "format": "claimbench.claim-set"\n',
    );
  });

  it("keeps every problem on one line, even under a file name with a line break", async () => {
    const context = contextWith({ "odd\nname.json": "{}" });
    expect(await runCli(["validate", "odd\nname.json"], context)).toBe(1);
    expect(context.io.stderr).toBe(
      'odd name.json: another format: no "format" field (a claim set has "format": "claimbench.claim-set")\n',
    );
  });

  it("prints its help and a usage error like the other commands", async () => {
    const help = createContext();
    expect(await runCli(["help", "validate"], help)).toBe(0);
    expect(help.io.stdout).toContain("usage: claimbench validate FILE... | -");
    const general = createContext();
    expect(await runCli(["--help"], general)).toBe(0);
    expect(general.io.stdout).toContain("claimbench validate");
    const usage = createContext();
    expect(await runCli(["validate"], usage)).toBe(2);
    expect(usage.io.stderr).toBe("claimbench: no files given\nusage: claimbench validate FILE... | -\n");
  });
});
