import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { ClaimSet, Claim } from "../../../claim-schemas/claim-set.ts";
import { runCli } from "../../../src/cli/run-cli.ts";
import { createContext, createRecordingIo, fakeCore } from "./fake-cli-context.ts";

const STORY = "date 2024-03-01 Acme had a good year. Revenue rose 12% to $3.2bn, the company said.";
const OTHER = "Police detained 128 people. Nobody was hurt.";

function contextWith(files: Record<string, string | Uint8Array>, stdin?: string) {
  return createContext({ io: createRecordingIo(files, stdin) });
}

describe("runCli extract", () => {
  it("prints one claim set for several files", async () => {
    const context = contextWith({ "news/a.txt": STORY, "b.txt": OTHER });
    expect(await runCli(["extract", "news/a.txt", "b.txt"], context)).toBe(0);
    const set = ClaimSet.parse(JSON.parse(context.io.stdout));
    expect(set.articles.map((article) => article.fileName)).toEqual(["a.txt", "b.txt"]);
    expect(set.claims.some((claim) => claim.text.includes("12%"))).toBe(true);
    expect(context.io.stderr).toBe("");
  });

  it("lists an article given twice once", async () => {
    const context = contextWith({ "a.txt": STORY, "copy.txt": STORY });
    expect(await runCli(["extract", "a.txt", "copy.txt"], context)).toBe(0);
    expect(ClaimSet.parse(JSON.parse(context.io.stdout)).articles).toHaveLength(1);
  });

  it("reads standard input", async () => {
    const context = contextWith({}, OTHER);
    expect(await runCli(["extract", "-"], context)).toBe(0);
    const set = ClaimSet.parse(JSON.parse(context.io.stdout));
    expect(set.articles[0]!.fileName).toBeUndefined();
  });

  it("prints one Claim per line with --format jsonl", async () => {
    const context = contextWith({ "a.txt": STORY, "b.txt": OTHER });
    expect(await runCli(["extract", "--format", "jsonl", "a.txt", "b.txt"], context)).toBe(0);
    const lines = context.io.stdout.split("\n");
    expect(lines.pop()).toBe("");
    expect(lines.length).toBe(2);
    for (const line of lines) Claim.parse(JSON.parse(line));
  });

  it("prints one CSV row per claim with --format csv", async () => {
    const context = contextWith({ "a.txt": STORY });
    expect(await runCli(["extract", "--format=csv", "a.txt"], context)).toBe(0);
    expect(context.io.stdout.startsWith("\uFEFFclaim_id,")).toBe(true);
    const rows = Papa.parse<Record<string, string>>(context.io.stdout.trimEnd(), { header: true }).data;
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ article_date: "2024-03-01", kind: "quantity" });
  });

  it("makes an article of every line with --each-line", async () => {
    const context = contextWith({ "lines.txt": "date 2024-03-01\nSales rose 5%.\n\nCosts fell 3%.\n" });
    expect(await runCli(["extract", "--each-line", "lines.txt"], context)).toBe(0);
    const set = ClaimSet.parse(JSON.parse(context.io.stdout));
    expect(set.articles.map((article) => [article.fileName, article.title, article.date])).toEqual([
      ["lines.txt#L2", "Sales rose 5%.", "2024-03-01"],
      ["lines.txt#L4", "Costs fell 3%.", "2024-03-01"],
    ]);
  });

  it.each([
    [{ "bad.txt": "" }, "claimbench: bad.txt: file is empty\n"],
    [{ "bad.txt": new Uint8Array([0x47, 0x49, 0x46, 0x00, 0x01]) }, "claimbench: bad.txt: file is binary (it contains NUL bytes)\n"],
    [{}, "claimbench: bad.txt: no such file\n"],
  ])("prints nothing to stdout when one input is bad (%#)", async (files, stderr) => {
    const context = contextWith({ "good.txt": STORY, ...files });
    expect(await runCli(["extract", "good.txt", "bad.txt"], context)).toBe(1);
    expect(context.io.stdout).toBe("");
    expect(context.io.stderr).toBe(stderr);
  });

  it("does not load the extractor when an input is bad", async () => {
    let loaded = false;
    const context = createContext({
      io: createRecordingIo({ "empty.txt": " " }),
      loadCore: async () => {
        loaded = true;
        return fakeCore;
      },
    });
    expect(await runCli(["extract", "empty.txt"], context)).toBe(1);
    expect(loaded).toBe(false);
  });

  it("names the file whose extraction fails", async () => {
    const context = createContext({
      io: createRecordingIo({ "a.txt": STORY, "b.txt": OTHER }),
      loadCore: async () => ({
        ...fakeCore,
        extractArticle: (input) => {
          if (input.fileName === "b.txt") throw new Error("boom\nat line 2");
          return fakeCore.extractArticle(input);
        },
      }),
    });
    expect(await runCli(["extract", "a.txt", "b.txt"], context)).toBe(1);
    expect(context.io.stdout).toBe("");
    expect(context.io.stderr).toBe("claimbench: b.txt: extraction failed: boom at line 2\n");
  });

  it("names the line whose extraction fails with --each-line", async () => {
    const context = createContext({
      io: createRecordingIo({ "lines.txt": "Fine 1.\nBad 2.\n" }),
      loadCore: async () => ({
        ...fakeCore,
        extractArticle: (input) => {
          if (input.raw.startsWith("Bad")) throw new Error("boom");
          return fakeCore.extractArticle(input);
        },
      }),
    });
    expect(await runCli(["extract", "--each-line", "lines.txt"], context)).toBe(1);
    expect(context.io.stderr).toBe("claimbench: lines.txt:2: extraction failed: boom\n");
  });

  it("refuses to print a claim set that breaks the schema", async () => {
    const context = createContext({
      io: createRecordingIo({ "a.txt": STORY }),
      loadCore: async () => ({
        ...fakeCore,
        buildClaimSet: (parts) => ({ ...fakeCore.buildClaimSet(parts), exportedAt: "yesterday" }),
      }),
    });
    expect(await runCli(["extract", "a.txt"], context)).toBe(1);
    expect(context.io.stdout).toBe("");
    expect(context.io.stderr).toMatch(/^claimbench: internal error: the extractor made an invalid claim set \(exportedAt: .*\)\n$/);
  });
});

describe("runCli sentences", () => {
  it("prints sentence boundaries with their text, offsets after the date header", async () => {
    const context = contextWith({ "a.txt": STORY });
    expect(await runCli(["sentences", "a.txt"], context)).toBe(0);
    const sentences = JSON.parse(context.io.stdout) as { start: number; end: number; text: string }[];
    expect(sentences[0]).toEqual({ start: 0, end: 21, text: "Acme had a good year." });
    expect(context.io.stdout.split("\n")).toHaveLength(sentences.length + 3);
  });

  it("refuses a binary file", async () => {
    const context = contextWith({ "a.bin": new Uint8Array([0, 1, 2]) });
    expect(await runCli(["sentences", "a.bin"], context)).toBe(1);
    expect(context.io.stdout).toBe("");
  });
});

describe("runCli help, version and usage errors", () => {
  it("prints help and version on stdout", async () => {
    const help = createContext();
    expect(await runCli(["--help"], help)).toBe(0);
    expect(help.io.stdout).toContain("claimbench extract");
    const extractHelp = createContext();
    expect(await runCli(["help", "extract"], extractHelp)).toBe(0);
    expect(extractHelp.io.stdout).toContain("--format jsonl");
    const version = createContext();
    expect(await runCli(["--version"], version)).toBe(0);
    expect(version.io.stdout).toBe("claimbench 9.9.9\n");
  });

  it.each([[[]], [["frobnicate"]], [["extract"]], [["extract", "--zip", "a.txt"]]])(
    "exits 2 with a message and a usage line for %j",
    async (args) => {
      const context = createContext();
      expect(await runCli(args, context)).toBe(2);
      expect(context.io.stdout).toBe("");
      const lines = context.io.stderr.trimEnd().split("\n");
      expect(lines[0]).toMatch(/^claimbench: /);
      expect(lines[1]).toMatch(/^usage: claimbench/);
    },
  );
});
