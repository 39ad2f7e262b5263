/**
 * judgeFigures on its own (the app judges groups built by hand with it, not only proposals):
 * which figures are compared with which — by day, period and place — and what the verdict is.
 */
import { describe, expect, it } from "vitest";
import type { Claim } from "../../../../claim-schemas/claim-set.ts";
import { extractArticle } from "../../../../src/core/extract/extract-claim-set.ts";
import type { Place, Scope } from "../../../../src/core/compare/figure-context.ts";
import { judgeFigures, type JudgedFigure } from "../../../../src/core/compare/judge-figures.ts";
import { groupIdFor, proposeGroups } from "../../../../src/core/compare/propose-groups.ts";

let next = 0;

/** A figure [low, high] of its own claim, on a day ("2023-05-01"), over a "period", or undated. */
function figure(low: number, high: number, when?: string, place?: Place, claimId = `c${next++}`): JudgedFigure {
  const scope: Scope = when === undefined ? { kind: "unknown" } : when === "period" ? { kind: "period" } : { kind: "day", day: when };
  const judged: JudgedFigure = { claimId, raw: low === high ? `${low}` : `${low}-${high}`, interval: { low, high, lowOpen: false, highOpen: false, scale: "count" }, scope };
  if (place !== undefined) judged.place = place;
  return judged;
}

const verdictOf = (...figures: JudgedFigure[]) => judgeFigures(figures).verdict;
const city = (name: string): Place => ({ name, whole: false });
const country = (name: string): Place => ({ name, whole: true });

describe("judging a group's figures", () => {
  it("calls figures of the same day that share a value consistent, and disjoint ones conflicting", () => {
    expect(verdictOf(figure(120, 130, "2023-05-01"), figure(128, 128, "2023-05-01"))).toBe("consistent");
    expect(verdictOf(figure(40, 40, "2023-05-01"), figure(0, 12, "2023-05-01"))).toBe("conflicting");
  });

  it("names the two figures that cannot both be true", () => {
    expect(judgeFigures([figure(40, 40, "2023-05-01"), figure(12, 12, "2023-05-01")]).why).toBe("40 and 12 cannot both be true");
  });

  it("calls disjoint figures of different days a different scope, never a conflict", () => {
    expect(verdictOf(figure(128, 128, "2020-09-01"), figure(7000, 7000, "2020-08-10"))).toBe("different-scope");
  });

  it("calls equal figures of different days a different scope too: not the same figure", () => {
    expect(verdictOf(figure(50, 50, "2023-05-01"), figure(50, 50, "2023-05-04"))).toBe("different-scope");
  });

  it("keeps a day's figure apart from a figure summed over a period", () => {
    expect(verdictOf(figure(128, 128, "2020-09-01"), figure(7000, 7000, "period"))).toBe("different-scope");
  });

  it("compares an undated figure with a dated one", () => {
    expect(verdictOf(figure(40, 40, "2023-05-01"), figure(12, 12))).toBe("conflicting");
    expect(verdictOf(figure(40, 40, "2023-05-01"), figure(40, 40))).toBe("consistent");
  });

  it("calls figures for two different cities on one day a different scope", () => {
    expect(verdictOf(figure(40, 40, "2023-05-01", city("Kharkiv")), figure(12, 12, "2023-05-01", city("Odesa")))).toBe("different-scope");
  });

  it("compares two figures for the same city, whatever the case of its name", () => {
    expect(verdictOf(figure(40, 40, "2023-05-01", city("Kharkiv")), figure(12, 12, "2023-05-01", city("KHARKIV")))).toBe("conflicting");
  });

  it("accepts a city's figure below the country's: a part of the whole", () => {
    expect(verdictOf(figure(200_000, 999_999, undefined, country("Belarus")), figure(100_001, Infinity, undefined, city("Minsk")))).toBe("consistent");
    expect(verdictOf(figure(500_000, 500_000, "2023-05-01", country("Serbia")), figure(20_000, 20_000, "2023-05-01", city("Belgrade")))).toBe("consistent");
  });

  it("finds a conflict when a city's figure is larger than the whole country's", () => {
    const judged = judgeFigures([figure(50, 50, "2023-05-01", country("Serbia")), figure(200, 200, "2023-05-01", city("Belgrade"))]);
    expect(judged.verdict).toBe("conflicting");
    expect(judged.why).toBe("50 for the whole is less than 200 for a part of it");
  });

  it("compares two country-wide figures for the same day with each other", () => {
    expect(verdictOf(figure(128, 128, "2023-05-01", country("Georgia")), figure(500, 500, "2023-05-01", country("Georgia")))).toBe("conflicting");
  });

  it("never sets two figures of the same claim against each other", () => {
    expect(verdictOf(figure(40, 40, "2023-05-01", undefined, "same"), figure(12, 12, "2023-05-01", undefined, "same"))).toBe("consistent");
  });
});

function claimsOf(...raws: string[]): Claim[] {
  return raws.flatMap((raw) => extractArticle({ raw }).claims);
}

describe("scope of proposed groups", () => {
  it("groups the same figure given for two different days as a different scope", () => {
    const groups = proposeGroups(
      claimsOf("date 2023-05-02\nPolice said 50 people were arrested in Tbilisi on May 1.", "date 2023-05-05\nPolice said 50 people were arrested in Tbilisi on May 4."),
    );
    expect(groups.map((group) => group.verdict)).toEqual(["different-scope"]);
  });

  it("gives a group the same id whatever order its members are listed in", () => {
    expect(groupIdFor(["b", "a", "c"])).toBe(groupIdFor(["a", "b", "c"]));
    expect(groupIdFor(["a", "b"])).not.toBe(groupIdFor(["a", "c"]));
  });
});

describe("a claim with two figures", () => {
  it("still finds another claim's figure in conflict with one of them", () => {
    const day = { kind: "day", day: "2024-03-01" } as const;
    const figure = (claimId: string, value: number) => ({
      claimId,
      raw: String(value),
      interval: { low: value, high: value, lowOpen: false, highOpen: false, scale: "count" },
      scope: day,
    });
    expect(judgeFigures([figure("A", 10), figure("A", 500), figure("B", 400)]).verdict).toBe("conflicting");
    expect(judgeFigures([figure("A", 10), figure("A", 500)]).verdict).toBe("consistent");
  });
});
