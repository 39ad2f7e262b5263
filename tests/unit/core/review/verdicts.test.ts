import { describe, expect, it } from "vitest";
import type { Claim, Review } from "../../../../claim-schemas/claim-set.ts";
import { mergeVerdicts, verdictDifferences, verdictsOf } from "../../../../src/core/review/verdicts.ts";

function verdict(reviewer: string, status: Review["status"], reviewedAt = "2025-01-01T00:00:00.000Z", extra: Partial<Review> = {}): Review {
  return { status, reporting: "unchecked", evidence: [], reviewer, reviewedAt, ...extra };
}

const attribution: Claim["attribution"] = { source: "the ministry", entity: "Interior Ministry", mode: "reported" };

describe("verdictsOf", () => {
  it("puts the adopted review in its reviewer's place, with the claim's speaker", () => {
    const claim = { attribution, review: verdict("Bob", "refuted", "2025-02-01T00:00:00.000Z"), reviews: [verdict("Bob", "supported"), verdict("Ann", "supported")] };
    expect(verdictsOf(claim).map((v) => [v.reviewer, v.status, v.speaker])).toEqual([
      ["Ann", "supported", undefined],
      ["Bob", "refuted", "Interior Ministry"],
    ]);
  });

  it("leaves out unreviewed and anonymous reviews", () => {
    const claim = { attribution: null, review: verdict("", "supported"), reviews: [verdict("Ann", "unreviewed")] };
    expect(verdictsOf(claim)).toEqual([]);
  });

  it("is idempotent", () => {
    const claim = { attribution, review: verdict("Cy", "unsupported"), reviews: [verdict("Ann", "refuted")] };
    expect(verdictsOf({ ...claim, reviews: verdictsOf(claim) })).toEqual(verdictsOf(claim));
  });
});

describe("mergeVerdicts", () => {
  it("keeps each reviewer's later verdict", () => {
    const merged = mergeVerdicts([verdict("Ann", "refuted", "2025-03-01T00:00:00.000Z")], [verdict("Ann", "supported", "2025-02-01T00:00:00.000Z"), verdict("Bob", "supported")]);
    expect(merged.map((v) => [v.reviewer, v.status])).toEqual([
      ["Ann", "refuted"],
      ["Bob", "supported"],
    ]);
  });
});

describe("verdictDifferences", () => {
  it("names status, reporting and speaker (ignoring case) where they differ", () => {
    expect(verdictDifferences(verdict("A", "refuted", undefined, { speaker: "Police" }), verdict("B", "refuted", undefined, { speaker: "police" }))).toEqual([]);
    expect(
      verdictDifferences(verdict("A", "refuted", undefined, { speaker: "Police", reporting: "accurate" }), verdict("B", "supported", undefined, { speaker: "Ministry" })),
    ).toEqual(["status", "reporting", "speaker"]);
  });
});
