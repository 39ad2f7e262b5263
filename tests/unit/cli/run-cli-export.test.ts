import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { ClaimSet } from "../../../claim-schemas/claim-set.ts";
import { runCli } from "../../../src/cli/run-cli.ts";
import { createArticle, createClaim, createClaimSet, reviewed } from "../io/export/claim-set-factory.ts";
import { createContext, createRecordingIo, fakeCore } from "./fake-cli-context.ts";

const harbour = createArticle();
const WALKOUT = createClaim(harbour, "Dock workers in Port Valen walked out on Friday.");
const AUTHORITY = createClaim(harbour, "The harbour authority said 340 workers joined the strike.", { review: reviewed("refuted") });
const REVIEWED_SET = createClaimSet([harbour], [WALKOUT, AUTHORITY]);
const REVIEWED_JSON = JSON.stringify(REVIEWED_SET);

const FERRY_STORY = "date 2023-06-02 The ferry service resumed on Monday. Operators said 12 boats were back in service.";

function contextWith(files: Record<string, string | Uint8Array>, stdin?: string) {
  let coreLoads = 0;
  const context = createContext({
    io: createRecordingIo(files, stdin),
    loadCore: async () => {
      coreLoads++;
      return fakeCore;
    },
  });
  return Object.assign(context, { coreLoads: () => coreLoads });
}

describe("runCli export", () => {
  it("exports one claim set as it is, without loading the extractor", async () => {
    const context = contextWith({ "reviewed.json": REVIEWED_JSON });
    expect(await runCli(["export", "reviewed.json"], context)).toBe(0);
    expect(ClaimSet.parse(JSON.parse(context.io.stdout))).toEqual(REVIEWED_SET);
    expect(context.io.stderr).toBe("");
    expect(context.coreLoads()).toBe(0);
  });

  it("reads standard input when no file is given, and writes ClaimReview for the reviewed claims", async () => {
    const context = contextWith({}, REVIEWED_JSON);
    expect(await runCli(["export", "--format", "claimreview"], context)).toBe(0);
    const reviews = JSON.parse(context.io.stdout) as { claimReviewed: string; reviewRating: { ratingValue: number } }[];
    expect(reviews).toEqual([
      expect.objectContaining({ claimReviewed: AUTHORITY.text, reviewRating: expect.objectContaining({ ratingValue: 1 }) }),
    ]);
  });

  it("extracts an article first, as extract does", async () => {
    const context = contextWith({ "ferry.txt": FERRY_STORY });
    expect(await runCli(["export", "-f", "annotations", "ferry.txt"], context)).toBe(0);
    const collection = JSON.parse(context.io.stdout) as { total: number; first: { items: { body: { value: string }[] }[] } };
    expect(collection.total).toBe(1);
    expect(collection.first.items[0]!.body[0]!.value).toBe("Operators said 12 boats were back in service.");
  });

  it("joins claim sets and articles into one set, in the order given", async () => {
    const context = contextWith({ "reviewed.json": REVIEWED_JSON, "ferry.txt": FERRY_STORY });
    expect(await runCli(["export", "ferry.txt", "reviewed.json"], context)).toBe(0);
    const set = ClaimSet.parse(JSON.parse(context.io.stdout));
    expect(set.generator).toBe("fake");
    expect(set.articles.map((article) => article.id)).toEqual([expect.stringMatching(/^a-/), harbour.id]);
    expect(set.claims.map((claim) => claim.text)).toEqual([
      "Operators said 12 boats were back in service.",
      WALKOUT.text,
      AUTHORITY.text,
    ]);
    expect(set.claims[2]!.review.status).toBe("refuted");
  });

  it("keeps the first copy of a claim given twice and warns when the copies differ", async () => {
    const theirs = createClaimSet([harbour], [{ ...AUTHORITY, review: reviewed("supported", { reviewer: "Tomas Reyes" }) }]);
    const context = contextWith({ "mine.json": REVIEWED_JSON, "same.json": REVIEWED_JSON, "theirs.json": JSON.stringify(theirs) });
    expect(await runCli(["export", "mine.json", "same.json", "theirs.json"], context)).toBe(0);
    const set = ClaimSet.parse(JSON.parse(context.io.stdout));
    expect(set.articles).toHaveLength(1);
    expect(set.claims.map((claim) => claim.review.status)).toEqual(["unreviewed", "refuted"]);
    expect(context.io.stderr).toBe(
      "claimbench: warning: theirs.json: 1 claim differs from an earlier input's claim with the same id; the earlier one is kept\n",
    );
  });

  it("writes CSV with a byte order mark", async () => {
    const context = contextWith({ "reviewed.json": REVIEWED_JSON });
    expect(await runCli(["export", "--format=csv", "reviewed.json"], context)).toBe(0);
    expect(context.io.stdout.startsWith("\uFEFFclaim_id,")).toBe(true);
    const rows = Papa.parse<Record<string, string>>(context.io.stdout.trimEnd(), { header: true }).data;
    expect(rows.map((row) => row.status)).toEqual(["unreviewed", "refuted"]);
  });

  it("stops at a claim set that breaks the schema, naming the file and the first problem's path", async () => {
    const broken = JSON.parse(REVIEWED_JSON) as { claims: { review: { status: string } }[] };
    broken.claims[1]!.review.status = "false";
    const context = contextWith({ "ferry.txt": FERRY_STORY, "broken.json": JSON.stringify(broken) });
    expect(await runCli(["export", "ferry.txt", "broken.json"], context)).toBe(1);
    expect(context.io.stdout).toBe("");
    expect(context.io.stderr).toMatch(/^claimbench: broken\.json: not a valid claim set: claims\[1\]\.review\.status: expected one of [^\n]+\(run 'claimbench validate' for every problem\)\n$/);
    expect(context.coreLoads()).toBe(0);
  });

  it("names a claim set made by a newer version", async () => {
    const context = contextWith({ "future.json": JSON.stringify({ ...REVIEWED_SET, version: 2 }) });
    expect(await runCli(["export", "future.json"], context)).toBe(1);
    expect(context.io.stderr).toMatch(/^claimbench: future\.json: not a valid claim set: made by a newer claimbench \(version 2\); this one reads up to version 1 [^\n]+\n$/);
  });

  it("refuses JSON that is not a claim set rather than extracting claims from it", async () => {
    const context = contextWith({}, '{"claims": []}');
    expect(await runCli(["export", "-"], context)).toBe(1);
    expect(context.io.stdout).toBe("");
    expect(context.io.stderr).toBe(
      'claimbench: standard input: is JSON but not a claim set (a claim set has "format": "claimbench.claim-set")\n',
    );
  });

  it("stops at an empty or missing input before printing anything", async () => {
    const empty = contextWith({ "reviewed.json": REVIEWED_JSON, "empty.txt": " \n" });
    expect(await runCli(["export", "reviewed.json", "empty.txt"], empty)).toBe(1);
    expect(empty.io.stdout).toBe("");
    expect(empty.io.stderr).toBe("claimbench: empty.txt: file is empty (only white space)\n");
    const missing = contextWith({});
    expect(await runCli(["export", "gone.json"], missing)).toBe(1);
    expect(missing.io.stderr).toBe("claimbench: gone.json: no such file\n");
  });

  it("prints its help, and a usage error for an unknown format", async () => {
    const help = createContext();
    expect(await runCli(["help", "export"], help)).toBe(0);
    expect(help.io.stdout).toContain("--format claimreview");
    const wrong = createContext();
    expect(await runCli(["export", "--format", "xml"], wrong)).toBe(2);
    expect(wrong.io.stderr).toBe(
      "claimbench: unknown format 'xml' (use json, csv, claimreview or annotations)\n" +
        "usage: claimbench export [--format json|csv|claimreview|annotations] [FILE... | -]\n",
    );
  });
});
