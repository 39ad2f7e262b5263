import { describe, expect, it } from "vitest";
import { runCli } from "../../../src/cli/run-cli.ts";
import * as realCore from "../../../src/core/extract/extract-claim-set.ts";
import { buildClaimSet, extractArticle } from "../../../src/core/extract/extract-claim-set.ts";
import { createContext, createRecordingIo } from "./fake-cli-context.ts";

const GOVERNOR = "date 2023-05-02\nAt least 40 people were killed in Kharkiv on May 1, the regional governor said.";
const COUNCIL = "date 2023-05-02\nFewer than 12 people died in Kharkiv on May 1, according to the city council.";

function contextWith(files: Record<string, string>) {
  // The real extractor: grouping depends on what it reads.
  return createContext({ io: createRecordingIo(files), loadCore: async () => realCore });
}

describe("runCli compare", () => {
  it("prints each group with its verdict, reason and figures as a table", async () => {
    const context = contextWith({ "governor.txt": GOVERNOR, "council.txt": COUNCIL });
    expect(await runCli(["compare", "governor.txt", "council.txt"], context)).toBe(0);
    const lines = context.io.stdout.split("\n");
    expect(lines[0]).toBe("people killed on 2023-05-01 — conflicting (At least 40 and Fewer than 12 cannot both be true)");
    expect(lines[1]).toMatch(/^ {2}At least 40 {4}2023-05-01 {2}the regional governor {2}\S/);
    expect(lines[2]).toMatch(/^ {2}Fewer than 12 {2}2023-05-01 {2}the city council +\S/);
  });

  it("reads a claim set too, and writes JSON with an open bound as null", async () => {
    const set = buildClaimSet([extractArticle({ raw: GOVERNOR }), extractArticle({ raw: COUNCIL })], { exportedAt: "2024-01-01T00:00:00.000Z" });
    const context = contextWith({ "set.json": JSON.stringify(set) });
    expect(await runCli(["compare", "--format", "json", "set.json"], context)).toBe(0);
    const groups = JSON.parse(context.io.stdout) as { verdict: string; figures: { interval: { high: number | null } }[] }[];
    expect(groups.map((group) => group.verdict)).toEqual(["conflicting"]);
    expect(groups[0]!.figures.map((figure) => figure.interval.high)).toEqual([null, 12]);
  });

  it("says so when nothing compares, and refuses a wrong format as a usage error", async () => {
    const context = contextWith({ "one.txt": GOVERNOR });
    expect(await runCli(["compare", "one.txt"], context)).toBe(0);
    expect(context.io.stdout).toMatch(/^no comparison groups/);
    const wrong = contextWith({});
    expect(await runCli(["compare", "--format", "xml", "one.txt"], wrong)).toBe(2);
    expect(wrong.io.stderr).toMatch(/unknown format 'xml'/);
  });
});
