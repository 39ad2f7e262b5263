/** Groups proposed over articles written for these tests: each rule of grouping and judging. */
import { describe, expect, it } from "vitest";
import type { Claim } from "../../../../claim-schemas/claim-set.ts";
import { extractArticle } from "../../../../src/core/extract/extract-claim-set.ts";
import { proposeGroups, type ProposedGroup } from "../../../../src/core/compare/propose-groups.ts";

function claimsOf(...raws: string[]): Claim[] {
  return raws.flatMap((raw) => extractArticle({ raw }).claims);
}

function figures(group: ProposedGroup): string[] {
  return group.figures.map((figure) => figure.raw).sort();
}

describe("proposing comparison groups", () => {
  it("finds two outlets' conflicting death tolls for the same day and city", () => {
    const groups = proposeGroups(
      claimsOf(
        "date 2023-05-02\nAt least 40 people were killed in Kharkiv on May 1, the regional governor said.",
        "date 2023-05-02\nFewer than 12 people died in Kharkiv on May 1, according to the city council.",
      ),
    );
    expect(groups).toHaveLength(1);
    expect(groups[0]).toMatchObject({ verdict: "conflicting", about: "people killed on 2023-05-01" });
    expect(figures(groups[0]!)).toEqual(["At least 40", "Fewer than 12"]);
  });

  it("finds two country-wide figures for the same day in conflict", () => {
    const groups = proposeGroups(
      claimsOf(
        "date 2023-05-02\nPolice said 128 people were detained across Georgia on May 1.",
        "date 2023-05-02\nA rights group said 500 people were detained across Georgia on May 1.",
      ),
    );
    expect(groups.map((group) => [group.verdict, group.why])).toEqual([["conflicting", "128 and 500 cannot both be true"]]);
  });

  it("calls the same kind of figure on different days a different scope, never a conflict", () => {
    const groups = proposeGroups(
      claimsOf(
        "date 2023-05-02\nPolice said 30 protesters were arrested in Tbilisi on May 1.",
        "date 2023-05-05\nPolice said 300 demonstrators were arrested in Tbilisi on May 4.",
      ),
    );
    expect(groups.map((group) => group.verdict)).toEqual(["different-scope"]);
  });

  it("folds near nouns and actions together: demonstrators held, protesters detained", () => {
    const groups = proposeGroups(
      claimsOf(
        "date 2023-05-02\nAbout 200 demonstrators were held in Tbilisi on Monday, a rights group said.",
        "date 2023-05-02\nThe ministry said 210 protesters were detained in Tbilisi on May 1.",
      ),
    );
    expect(groups).toHaveLength(1);
    expect(groups[0]!.verdict).toBe("consistent");
  });

  it("never compares a percentage with a count, or pounds with dollars", () => {
    const groups = proposeGroups(
      claimsOf(
        "date 2024-01-10\nThe carmaker said 40% of its workers would be cut. It said profit fell to £3bn.",
        "date 2024-01-10\nThe carmaker will cut 4,000 workers, a union said. Analysts said profit fell to $3bn.",
      ),
    );
    for (const group of groups) expect(new Set(group.figures.map((figure) => figure.interval.scale)).size).toBe(1);
    expect(groups.some((group) => group.figures.some((figure) => figure.raw.includes("%")) && group.figures.some((figure) => figure.raw === "4,000"))).toBe(false);
    expect(groups.some((group) => group.figures.some((figure) => figure.raw.includes("£")) && group.figures.some((figure) => figure.raw.includes("$")))).toBe(false);
  });

  it("accepts a figure that refines another as consistent", () => {
    const groups = proposeGroups(
      claimsOf(
        "date 2023-05-02\nMore than 100 people were injured in Lagos on May 1, officials said.",
        "date 2023-05-02\nHospitals said 137 people were injured in Lagos on May 1.",
      ),
    );
    expect(groups.map((group) => group.verdict)).toEqual(["consistent"]);
  });

  it("keeps a city's figure and the country's apart from conflict when the whole is larger", () => {
    const groups = proposeGroups(
      claimsOf(
        "date 2023-05-02\nMore than 50,000 people protested across Serbia, organisers said.",
        "date 2023-05-02\nSome 20,000 people protested in Belgrade, police said.",
      ),
    );
    expect(groups.map((group) => group.verdict)).toEqual(["consistent"]);
  });

  it("does not compare a part ('six of them') or figures of different things", () => {
    const groups = proposeGroups(
      claimsOf(
        "date 2023-05-02\nPolice detained 40 people in Tbilisi on May 1, and six of them were charged.",
        "date 2023-05-02\nSeveral dozen journalists gathered outside the court on May 1. 12 students were detained in Tbilisi on May 1.",
      ),
    );
    expect(groups).toEqual([]);
  });

  it("gives the same members the same id", () => {
    const claims = claimsOf("date 2023-05-02\nAt least 40 people were killed in Kharkiv on May 1.", "date 2023-05-02\n45 people were killed in Kharkiv on May 1.");
    expect(proposeGroups(claims)[0]!.id).toBe(proposeGroups([...claims].reverse())[0]!.id);
  });
});
