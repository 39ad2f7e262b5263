/**
 * The seed articles' reference comparisons (tests/fixtures/seeds.gold.json, "comparisons"):
 * each comes out with its verdict, and nothing is grouped that should not be.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { Claim } from "../../../../claim-schemas/claim-set.ts";
import { extractArticle } from "../../../../src/core/extract/extract-claim-set.ts";
import { proposeGroups } from "../../../../src/core/compare/propose-groups.ts";

interface Gold {
  articles: { file: string; claims: { id: string; anchor: string }[] }[];
  comparisons: { about: string; members: string[]; verdict: string }[];
}

const gold = JSON.parse(readFileSync(join("tests", "fixtures", "seeds.gold.json"), "utf8")) as Gold;

/** Gold claim id -> the extracted claim with a figure whose span overlaps the gold anchor most. */
const claims: Claim[] = [];
const byGoldId = new Map<string, string>();
for (const article of gold.articles) {
  const extracted = extractArticle({ raw: readFileSync(join("seeds", article.file), "utf8"), fileName: article.file });
  claims.push(...extracted.claims);
  for (const goldClaim of article.claims) {
    const at = extracted.article.text.indexOf(goldClaim.anchor);
    const end = at + goldClaim.anchor.length;
    const best = extracted.claims
      .filter((claim) => claim.quantities.length > 0)
      .map((claim) => ({ claim, overlap: Math.min(end, claim.span.end) - Math.max(at, claim.span.start) }))
      .filter((candidate) => candidate.overlap > 0)
      .sort((a, b) => b.overlap - a.overlap)[0];
    if (best) byGoldId.set(goldClaim.id, best.claim.id);
  }
}
const goldIdOf = new Map([...byGoldId].map(([goldId, claimId]) => [claimId, goldId]));
const groups = proposeGroups(claims);

describe("comparisons on the seed articles", () => {
  it.each(gold.comparisons.map((comparison) => [comparison.about, comparison] as const))("%s", (_about, comparison) => {
    const members = comparison.members.map((id) => byGoldId.get(id));
    expect(members.every((id) => id !== undefined), `every member found: ${comparison.members.join(", ")}`).toBe(true);
    const found = groups.filter((group) => members.every((id) => group.claimIds.includes(id!)));
    expect(found.map((group) => group.verdict)).toContain(comparison.verdict);
  });

  it("groups nothing that the reference does not compare", () => {
    const compared = new Set(gold.comparisons.flatMap((comparison) => comparison.members));
    for (const group of groups) {
      const members = group.claimIds.map((id) => goldIdOf.get(id) ?? id);
      expect(members.filter((id) => !compared.has(id)), group.about).toEqual([]);
      // A group that judges its figures against each other holds one reference comparison's claims only.
      if (group.verdict !== "different-scope") {
        expect(
          gold.comparisons.some((comparison) => members.every((id) => comparison.members.includes(id))),
          `${group.about}: ${members.join(", ")}`,
        ).toBe(true);
      }
    }
  });
});
