import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { GoldFile, scoreAgainstGold } from "../../../scripts/gold/score-against-gold.ts";

// Quality is measured by `npm run eval`; this test holds the floor so it cannot slip silently.
const gold = GoldFile.parse(JSON.parse(readFileSync(join("tests", "fixtures", "seeds.gold.json"), "utf8")));
const report = scoreAgainstGold(gold, (file) => readFileSync(join("seeds", file), "utf8"));

describe("extraction quality on the seed articles' reference annotation", () => {
  it.each(["quantities", "attribution"] as const)("%s: recall >= 0.9 and precision >= 0.8", (aspect) => {
    const score = report[aspect];
    expect({ aspect, recall: score.recall, misses: report.misses }).toMatchObject({ recall: expect.any(Number) });
    expect(score.recall, report.misses.join("\n")).toBeGreaterThanOrEqual(0.9);
    expect(score.precision, report.misses.join("\n")).toBeGreaterThanOrEqual(0.8);
  });

  it("finds the reference claims, excludes boilerplate and merges repeats", () => {
    expect(report.claims.recall, report.misses.join("\n")).toBeGreaterThanOrEqual(0.9);
    expect(report.boilerplate.recall, report.misses.join("\n")).toBe(1);
    expect(report.duplicates.recall, report.misses.join("\n")).toBe(1);
  });

  it("resolves the reference dates", () => {
    expect(report.dates.recall, report.misses.join("\n")).toBeGreaterThanOrEqual(0.85);
  });
});
