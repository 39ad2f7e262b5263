/**
 * End to end: spawns `node bin/claimbench.js` (tsx, the real core) on small articles
 * written here. Asserts the contract — exit codes, streams, schema — not the extractor's
 * finer judgement, which the core's own tests own.
 */
import { execFile } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import Papa from "papaparse";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Claim, ClaimSet } from "../../../claim-schemas/claim-set.ts";
import { CSV_COLUMNS } from "../../../src/io/export/csv.ts";

const REPO_ROOT = fileURLToPath(new URL("../../../", import.meta.url));
const BIN = join(REPO_ROOT, "bin", "claimbench.js");
const SPAWN_TIMEOUT = 30_000;

const BUSINESS_STORY = `date 2024-03-01 Acme posts record year

Revenue rose 12% to $3.2bn, the company said. Chief executive Jane Roe said the firm would hire 500 engineers next year.

Shares fell 3% in early trading.
`;

const POLICE_STORY = `Police detained 128 people in the capital on Saturday, the Interior Ministry said.
Organisers said more than 120 people had been held.
`;

interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

function runClaimbench(args: string[], stdin?: string): Promise<RunResult> {
  return new Promise((resolve) => {
    const child = execFile(
      process.execPath,
      [BIN, ...args],
      { cwd: REPO_ROOT, timeout: SPAWN_TIMEOUT, maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === "number" ? error.code : -1) : 0;
        resolve({ code, stdout, stderr });
      },
    );
    child.stdin?.end(stdin ?? "");
  });
}

let folder = "";
let businessFile = "";
let policeFile = "";

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), "claimbench-command-"));
  businessFile = join(folder, "acme.txt");
  policeFile = join(folder, "police.txt");
  await writeFile(businessFile, BUSINESS_STORY);
  await writeFile(policeFile, POLICE_STORY);
});

afterAll(async () => {
  await rm(folder, { recursive: true, force: true });
});

function expectOneLineNaming(result: RunResult, name: string, problem: string): void {
  expect(result.code).toBe(1);
  expect(result.stdout).toBe("");
  expect(result.stderr).toBe(`claimbench: ${name}: ${problem}\n`);
}

describe("claimbench (spawned)", { timeout: SPAWN_TIMEOUT * 2 }, () => {
  it("extract prints one claim set for two files", async () => {
    const result = await runClaimbench(["extract", businessFile, policeFile]);
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    const set = ClaimSet.parse(JSON.parse(result.stdout));
    expect(set.articles.map((article) => article.fileName)).toEqual(["acme.txt", "police.txt"]);
    expect(set.articles[0]!.date).toBe("2024-03-01");
    expect(set.claims.some((claim) => claim.text.includes("12%"))).toBe(true);
    expect(set.claims.some((claim) => claim.text.includes("128"))).toBe(true);
  });

  it("extract - reads the article from standard input", async () => {
    const result = await runClaimbench(["extract", "-"], BUSINESS_STORY);
    expect(result.code).toBe(0);
    const set = ClaimSet.parse(JSON.parse(result.stdout));
    expect(set.articles).toHaveLength(1);
    expect(set.claims.some((claim) => claim.text.includes("$3.2bn"))).toBe(true);
  });

  it("extract --format jsonl prints one Claim per line", async () => {
    const result = await runClaimbench(["extract", "--format", "jsonl", businessFile]);
    expect(result.code).toBe(0);
    const lines = result.stdout.trimEnd().split("\n");
    expect(lines.length).toBeGreaterThan(0);
    const claims = lines.map((line) => Claim.parse(JSON.parse(line)));
    expect(claims.some((claim) => claim.text.includes("12%"))).toBe(true);
  });

  it("extract --format csv prints the documented columns", async () => {
    const result = await runClaimbench(["extract", "--format=csv", policeFile]);
    expect(result.code).toBe(0);
    const parsed = Papa.parse<Record<string, string>>(result.stdout.trimEnd(), { header: true });
    expect(parsed.errors).toEqual([]);
    expect(parsed.meta.fields).toEqual([...CSV_COLUMNS]);
    expect(parsed.data.some((row) => row.text?.includes("128"))).toBe(true);
  });

  it("extract --each-line makes an article of every line", async () => {
    const result = await runClaimbench(["extract", "--each-line", policeFile]);
    expect(result.code).toBe(0);
    const set = ClaimSet.parse(JSON.parse(result.stdout));
    expect(set.articles.map((article) => article.fileName)).toEqual(["police.txt#L1", "police.txt#L2"]);
  });

  it("export turns an extracted claim set and an article into Web Annotations, and refuses a broken claim set", async () => {
    const business = await runClaimbench(["extract", businessFile]);
    const police = await runClaimbench(["extract", policeFile]);
    const claimCount = (json: string) => ClaimSet.parse(JSON.parse(json)).claims.length;
    const annotations = await runClaimbench(["export", "--format", "annotations", "-", policeFile], business.stdout);
    expect(annotations.stderr).toBe("");
    expect(annotations.code).toBe(0);
    const collection = JSON.parse(annotations.stdout) as { type: string; total: number };
    expect(collection).toMatchObject({ type: "AnnotationCollection", total: claimCount(business.stdout) + claimCount(police.stdout) });
    const broken = join(folder, "broken.json");
    await writeFile(broken, business.stdout.replace('"version": 1', '"version": "one"'));
    const refused = await runClaimbench(["export", broken]);
    expect(refused.code).toBe(1);
    expect(refused.stdout).toBe("");
    expect(refused.stderr).toBe(`claimbench: ${broken}: not a valid claim set: version: expected a whole number, got the string "one" (run 'claimbench validate' for every problem)\n`);
  });

  it("an empty file stops everything with one line on stderr", async () => {
    const empty = join(folder, "empty.txt");
    await writeFile(empty, " \n\n");
    expectOneLineNaming(await runClaimbench(["extract", businessFile, empty]), empty, "file is empty (only white space)");
  });

  it("a binary file stops everything with one line on stderr", async () => {
    const binary = join(folder, "photo.jpg");
    await writeFile(binary, new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0x4a, 0x46, 0x49, 0x46, 0xdb, 0x43]));
    expectOneLineNaming(await runClaimbench(["extract", binary, businessFile]), binary, "file is not UTF-8 text (invalid byte sequence)");
    const withNul = join(folder, "nul.txt");
    await writeFile(withNul, "Revenue\u0000rose 12%.");
    expectOneLineNaming(await runClaimbench(["sentences", withNul]), withNul, "file is binary (it contains NUL bytes)");
  });

  it("a missing file stops everything with one line on stderr", async () => {
    const missing = join(folder, "missing.txt");
    expectOneLineNaming(await runClaimbench(["extract", businessFile, missing]), missing, "no such file");
  });

  it("sentences prints offsets into the article text after the date header", async () => {
    const result = await runClaimbench(["sentences", "-"], BUSINESS_STORY);
    expect(result.code).toBe(0);
    const sentences = JSON.parse(result.stdout) as { start: number; end: number; text: string }[];
    expect(sentences.length).toBeGreaterThan(1);
    const articleText = BUSINESS_STORY.replace(/^date \d{4}-\d{2}-\d{2}\s*/, "").trim();
    for (const sentence of sentences) expect(articleText.slice(sentence.start, sentence.end)).toBe(sentence.text);
    expect(sentences.some((sentence) => sentence.text.includes("Revenue rose 12%"))).toBe(true);
  });

  it("--help, --version and usage errors", async () => {
    const help = await runClaimbench(["--help"]);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain("claimbench extract");
    const version = await runClaimbench(["--version"]);
    expect(version.stdout).toMatch(/^claimbench \d+\.\d+\.\d+\n$/);
    const unknownFlag = await runClaimbench(["extract", "--frobnicate", businessFile]);
    expect(unknownFlag.code).toBe(2);
    expect(unknownFlag.stdout).toBe("");
    expect(unknownFlag.stderr).toContain("usage: claimbench extract");
    const noFiles = await runClaimbench(["extract"]);
    expect(noFiles.code).toBe(2);
  });
});
