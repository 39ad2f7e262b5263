import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { Claim } from "../../../../claim-schemas/claim-set.ts";
import type { Status } from "../../../../claim-schemas/vocabulary.ts";
import { measureAgreement } from "../../../../src/core/agreement/reviewer-agreement.ts";

/** [reviewer, status, speaker?]: one entry of Claim.reviews. */
type Entry = readonly [reviewer: string | undefined, status: Status, speaker?: string];

/** A claim that satisfies the schema, with the given reviewers' own verdicts. */
function makeClaim(id: string, entries?: readonly Entry[], adopted: Partial<Claim["review"]> = {}): Claim {
  const text = "240 nurses walked out";
  return Claim.parse({
    id,
    articleId: "article-1",
    text,
    span: { start: 0, end: text.length },
    quote: { exact: text, prefix: "", suffix: "" },
    kind: "quantity",
    checkworthiness: 0.5,
    quantities: [],
    attribution: null,
    occurrences: [{ start: 0, end: text.length }],
    review: { status: "unreviewed", reporting: "unchecked", evidence: [], ...adopted },
    reviews: entries?.map(([reviewer, status, speaker]) => ({
      status,
      reporting: "unchecked",
      evidence: [],
      reviewedAt: "2024-05-01T10:00:00Z",
      ...(reviewer === undefined ? {} : { reviewer }),
      ...(speaker === undefined ? {} : { speaker }),
    })),
  });
}

/** Claims c1, c2, … from a reviewers-by-claims table of statuses (undefined: not judged). */
function claimsFromTable(reviewers: readonly string[], rows: ReadonlyArray<ReadonlyArray<Status | undefined>>): Claim[] {
  return rows[0]!.map((_, i) =>
    makeClaim(
      `c${i + 1}`,
      reviewers.flatMap((reviewer, r): Entry[] => (rows[r]![i] === undefined ? [] : [[reviewer, rows[r]![i]!]])),
    ),
  );
}

const NO_COUNTS = { unreviewed: 0, supported: 0, "partly-supported": 0, refuted: 0, unsupported: 0, unverifiable: 0 };
/** Categories 1–5 of the published examples, as statuses. */
const STATUS_OF: Record<string, Status> = { "1": "supported", "2": "partly-supported", "3": "refuted", "4": "unsupported", "5": "unverifiable" };

describe("measureAgreement", () => {
  it("reports nothing to measure for no claims", () => {
    const report = measureAgreement([]);
    expect(report).toMatchObject({ reviewers: [], claimsJudgedByTwoOrMore: 0, statusCounts: {}, pairs: [], observedAgreement: undefined, disagreements: [] });
    expect(report.status).toEqual({ measure: undefined, value: undefined, items: 0, observedAgreement: undefined, reason: "No reviewer has judged a claim yet." });
    expect(report.speaker).toMatchObject({ measure: undefined, value: undefined, reason: "No reviewer has named a speaker yet." });
  });

  it("counts an empty speaker as a judgement: the article's own voice", () => {
    const claims = [
      makeClaim("c1", [["ann", "supported", ""], ["bob", "supported", ""]]),
      makeClaim("c2", [["ann", "supported", ""], ["bob", "supported", "Police"]]),
    ];
    const report = measureAgreement(claims);
    expect(report.speaker.items).toBe(2);
    expect(report.disagreements.map((d) => [d.claimId, d.on])).toEqual([["c2", ["speaker"]]]);
  });

  it("counts only entries with a reviewer and a status other than unreviewed, and never the adopted review", () => {
    const claims = [
      makeClaim("c1", [["ann", "supported"], [undefined, "refuted"], ["  ", "refuted"], ["bob", "unreviewed", "Police"]], { reviewer: "ed", status: "refuted" }),
      makeClaim("c2"),
    ];
    const report = measureAgreement(claims);
    expect(report.reviewers).toEqual(["ann"]);
    expect(report.statusCounts).toEqual({ ann: { ...NO_COUNTS, supported: 1 } });
    expect(report.claimsJudgedByTwoOrMore).toBe(0);
    expect(report.speaker.reason).toBe("No reviewer has named a speaker yet.");
  });

  it("gives no measure, with a reason, when only one reviewer has judged claims", () => {
    const report = measureAgreement([makeClaim("c1", [["ann", "supported"]]), makeClaim("c2", [["ann", "refuted", "Police"]])]);
    expect(report.status).toEqual({
      measure: undefined,
      value: undefined,
      items: 0,
      observedAgreement: undefined,
      reason: "Only ann has judged claims; agreement needs two reviewers or more.",
    });
    expect(report.speaker.reason).toBe("Only ann has named speakers; agreement needs two reviewers or more.");
    expect(report.statusCounts.ann).toEqual({ ...NO_COUNTS, supported: 1, refuted: 1 });
    expect(report.pairs).toEqual([]);
    expect(report.observedAgreement).toBeUndefined();
  });

  it("uses Cohen's kappa for two reviewers, over the claims both judged", () => {
    const claims = [
      makeClaim("c1", [["ann", "supported"], ["bob", "supported"]]),
      makeClaim("c2", [["ann", "refuted"], ["bob", "refuted"]]),
      makeClaim("c3", [["bob", "refuted"], ["ann", "supported"]]),
      makeClaim("c4", [["ann", "unsupported"], ["bob", "unsupported"]]),
      makeClaim("c5", [["ann", "partly-supported"]]),
    ];
    const report = measureAgreement(claims);
    // p_o = 3/4; ann S2 R1 U1, bob S1 R2 U1 → p_e = (2 + 2 + 1)/16; κ = (12 − 5)/(16 − 5) = 7/11.
    expect(report.status).toMatchObject({ measure: "cohen", items: 4, observedAgreement: 0.75 });
    expect(report.status.value).toBeCloseTo(0.636, 3);
    expect(report.status.reason).toBeUndefined();
    expect(report.reviewers).toEqual(["ann", "bob"]);
    expect(report.claimsJudgedByTwoOrMore).toBe(4);
    expect(report.statusCounts).toEqual({
      ann: { ...NO_COUNTS, supported: 2, refuted: 1, unsupported: 1, "partly-supported": 1 },
      bob: { ...NO_COUNTS, supported: 1, refuted: 2, unsupported: 1 },
    });
    expect(report.pairs).toHaveLength(1);
    expect(report.pairs[0]).toMatchObject({ a: "ann", b: "bob", speakerKappa: undefined, items: 4, speakerItems: 0 });
    expect(report.pairs[0]!.statusKappa).toBeCloseTo(7 / 11, 12);
    expect(report.observedAgreement).toBe(0.75);
    expect(report.disagreements).toEqual([
      { claimId: "c3", verdicts: [{ reviewer: "ann", status: "supported" }, { reviewer: "bob", status: "refuted" }], on: ["status"] },
    ]);
  });

  it("compares speakers ignoring case and surrounding white space, only where both named one", () => {
    const claims = [
      makeClaim("c1", [["ann", "supported", "Interior Ministry"], ["bob", "supported", " interior  ministry "]]),
      makeClaim("c2", [["ann", "supported", "police"], ["bob", "supported", "Police"]]),
      makeClaim("c3", [["ann", "supported", "police"], ["bob", "supported", "the mayor"]]),
      makeClaim("c4", [["ann", "supported", "the mayor"], ["bob", "supported"]]),
    ];
    const report = measureAgreement(claims);
    // Speakers on c1–c3: p_o = 2/3; ann IM1 P2, bob IM1 P1 M1 → p_e = 3/9; κ = (6 − 3)/(9 − 3).
    expect(report.speaker).toMatchObject({ measure: "cohen", items: 3 });
    expect(report.speaker.value).toBeCloseTo(0.5, 3);
    expect(report.speaker.observedAgreement).toBeCloseTo(2 / 3, 12);
    expect(report.pairs[0]).toMatchObject({ items: 4, speakerItems: 3 });
    expect(report.pairs[0]!.speakerKappa).toBeCloseTo(0.5, 12);
    expect(report.disagreements).toEqual([
      {
        claimId: "c3",
        verdicts: [
          { reviewer: "ann", status: "supported", speaker: "police" },
          { reviewer: "bob", status: "supported", speaker: "the mayor" },
        ],
        on: ["speaker"],
      },
    ]);
    expect(report.observedAgreement).toBe(0.75);
  });

  it("says so when every status compared was the same, and calls it 1", () => {
    const report = measureAgreement([makeClaim("c1", [["ann", "supported"], ["bob", "supported"]]), makeClaim("c2", [["ann", "supported"], ["bob", "supported"]])]);
    expect(report.status).toMatchObject({ measure: "cohen", value: 1, items: 2, observedAgreement: 1 });
    expect(report.status.reason).toMatch(/Every judgement compared was the same/);
  });

  it("gives 1 and no disagreements for perfect agreement over several statuses", () => {
    const report = measureAgreement([makeClaim("c1", [["ann", "supported"], ["bob", "supported"]]), makeClaim("c2", [["ann", "refuted"], ["bob", "refuted"]])]);
    expect(report.status).toEqual({ measure: "cohen", value: 1, items: 2, observedAgreement: 1 });
    expect(report.disagreements).toEqual([]);
    expect(report.observedAgreement).toBe(1);
  });

  it("has a measure but no value when two reviewers never judged the same claim", () => {
    const report = measureAgreement([makeClaim("c1", [["ann", "supported"]]), makeClaim("c2", [["bob", "refuted"]])]);
    expect(report.status).toEqual({
      measure: "cohen",
      value: undefined,
      items: 0,
      observedAgreement: undefined,
      reason: "No claim has been judged by two reviewers or more.",
    });
    expect(report.pairs).toEqual([{ a: "ann", b: "bob", statusKappa: undefined, speakerKappa: undefined, items: 0, speakerItems: 0 }]);
  });

  it("keeps the last entry when a claim holds two from one reviewer, and trims reviewer names", () => {
    const report = measureAgreement([makeClaim("c1", [["ann", "supported"], [" bob", "refuted"], ["ann ", "refuted"]])]);
    expect(report.reviewers).toEqual(["ann", "bob"]);
    expect(report.statusCounts.ann).toEqual({ ...NO_COUNTS, refuted: 1 });
    expect(report.disagreements).toEqual([]);
  });

  it("uses Fleiss' kappa when three or more reviewers judged every compared claim: 0.210 for Fleiss (1971)", () => {
    const table = [
      [0, 0, 0, 0, 14],
      [0, 2, 6, 4, 2],
      [0, 0, 3, 5, 6],
      [0, 3, 9, 2, 0],
      [2, 2, 8, 1, 1],
      [7, 7, 0, 0, 0],
      [3, 2, 6, 3, 0],
      [2, 5, 3, 2, 2],
      [6, 5, 2, 1, 0],
      [0, 2, 2, 3, 7],
    ];
    const reviewers = Array.from({ length: 14 }, (_, i) => `r${String(i + 1).padStart(2, "0")}`);
    const claims = table.map((row, i) => {
      const statuses = row.flatMap((count, category) => Array<Status>(count).fill(STATUS_OF[String(category + 1)]!));
      return makeClaim(`c${i + 1}`, reviewers.map((reviewer, r): Entry => [reviewer, statuses[r]!]));
    });
    const report = measureAgreement(claims);
    expect(report.status).toMatchObject({ measure: "fleiss", items: 10 });
    expect(report.status.value).toBeCloseTo(0.21, 3);
    expect(report.pairs).toHaveLength((14 * 13) / 2);
  });

  it("uses Fleiss' kappa for three reviewers on every claim, and Cohen's kappa for each pair (worked by hand)", () => {
    const claims = [
      ...claimsFromTable(["ann", "bob", "cy"], [
        ["supported", "supported", "refuted", "refuted"],
        ["supported", "supported", "refuted", "refuted"],
        ["supported", "refuted", "refuted", "unsupported"],
      ]),
      makeClaim("alone", [["ann", "unverifiable"]]),
    ];
    const report = measureAgreement(claims);
    // P̄ = (1 + 1/3 + 1 + 1/3)/4 = 2/3; S5 R6 U1 of 12 → P̄e = 62/144; κ = (96 − 62)/(144 − 62) = 34/82.
    expect(report.status).toMatchObject({ measure: "fleiss", items: 4, observedAgreement: 0.5 });
    expect(report.status.value).toBeCloseTo(0.415, 3);
    expect(report.pairs.map(({ a, b }) => `${a}-${b}`)).toEqual(["ann-bob", "ann-cy", "bob-cy"]);
    // ann–cy: p_o = 2/4; ann S2 R2, cy S1 R2 U1 → p_e = 6/16; κ = (8 − 6)/(16 − 6) = 0.2. bob has ann's statuses.
    expect(report.pairs.map((pair) => pair.statusKappa)).toEqual([1, expect.closeTo(0.2, 12), expect.closeTo(0.2, 12)]);
    expect(report.disagreements.map((d) => d.claimId)).toEqual(["c2", "c4"]);
  });

  it("uses Krippendorff's alpha when the claims have different reviewers: 0.743 for Krippendorff (2011)", () => {
    const _ = undefined;
    const rows = [
      ["1", "2", "3", "3", "2", "1", "4", "1", "2", _, _, _],
      ["1", "2", "3", "3", "2", "2", "4", "1", "2", "5", _, "3"],
      [_, "3", "3", "3", "2", "3", "4", "2", "2", "5", "1", _],
      ["1", "2", "3", "3", "2", "4", "4", "1", "2", "5", "1", _],
    ].map((row) => row.map((category) => (category === undefined ? undefined : STATUS_OF[category])));
    const report = measureAgreement(claimsFromTable(["A", "B", "C", "D"], rows));
    expect(report.status).toMatchObject({ measure: "krippendorff", items: 11 });
    expect(report.status.value).toBeCloseTo(0.743, 3);
    expect(report.claimsJudgedByTwoOrMore).toBe(11);
    expect(report.disagreements.map((d) => d.claimId)).toEqual(["c2", "c6", "c8"]);
  });

  it("uses Krippendorff's alpha for three reviewers who each judged different pairs of claims (worked by hand)", () => {
    const report = measureAgreement([
      makeClaim("c1", [["ann", "supported"], ["bob", "supported"]]),
      makeClaim("c2", [["bob", "supported"], ["cy", "refuted"]]),
      makeClaim("c3", [["ann", "refuted"], ["cy", "refuted"]]),
    ]);
    // Σ o_ck (c≠k) = 2, n = 6, n_S = n_R = 3: α = 1 − 5·2/(36 − 18).
    expect(report.status).toMatchObject({ measure: "krippendorff", items: 3 });
    expect(report.status.value).toBeCloseTo(0.444, 3);
  });

  it("lists every verdict of a claim on which reviewers differ on both questions, by reviewer", () => {
    const report = measureAgreement([makeClaim("c1", [["cy", "refuted", "Police"], ["ann", "supported", "The Mayor"], ["bob", "supported"]])]);
    expect(report.disagreements).toEqual([
      {
        claimId: "c1",
        verdicts: [
          { reviewer: "ann", status: "supported", speaker: "The Mayor" },
          { reviewer: "bob", status: "supported" },
          { reviewer: "cy", status: "refuted", speaker: "Police" },
        ],
        on: ["status", "speaker"],
      },
    ]);
    expect(report.speaker).toMatchObject({ measure: "cohen", items: 1 });
    expect(report.observedAgreement).toBe(0);
  });
});

describe("measureAgreement, for any reviews", () => {
  const REVIEWERS = ["ann", "bob", "cy", "dee"];
  const JUDGED: Status[] = ["supported", "partly-supported", "refuted", "unsupported", "unverifiable"];
  const entry = fc.tuple(fc.constantFrom(...REVIEWERS), fc.constantFrom(...JUDGED), fc.constantFrom(undefined, "Police", " police", "the mayor"));
  const tables = fc.array(fc.uniqueArray(entry, { selector: ([reviewer]) => reviewer, maxLength: 4 }), { maxLength: 15 });
  const toClaims = (table: ReadonlyArray<readonly Entry[]>): Claim[] => table.map((entries, i) => makeClaim(`c${i + 1}`, entries));

  it("gives 1 for the status when every reviewer agrees on each claim and two statuses or more are compared", () => {
    const claimStatus = fc.array(fc.tuple(fc.constantFrom(...JUDGED), fc.subarray(REVIEWERS, { minLength: 2 })), { minLength: 2, maxLength: 15 });
    fc.assert(
      fc.property(claimStatus, (rows) => {
        fc.pre(new Set(rows.map(([status]) => status)).size >= 2);
        const report = measureAgreement(toClaims(rows.map(([status, reviewers]) => reviewers.map((reviewer): Entry => [reviewer, status]))));
        expect(report.status.value).toBe(1);
        expect(report.status.observedAgreement).toBe(1);
        expect(report.disagreements).toEqual([]);
      }),
    );
  });

  it("does not change the status value when statuses are renamed one to one or reviewers are renamed", () => {
    const renaming = fc.shuffledSubarray(JUDGED, { minLength: JUDGED.length, maxLength: JUDGED.length });
    const reviewerRenaming = fc.shuffledSubarray(["zoe", "yan", "xia", "wim"], { minLength: 4, maxLength: 4 });
    fc.assert(
      fc.property(tables, renaming, reviewerRenaming, (table, statuses, names) => {
        const status = (s: Status): Status => statuses[JUDGED.indexOf(s)]!;
        const name = (reviewer: string | undefined): string => names[REVIEWERS.indexOf(reviewer!)]!;
        const original = measureAgreement(toClaims(table)).status;
        const renamed = measureAgreement(toClaims(table.map((entries) => entries.map(([r, s, speaker]): Entry => [name(r), status(s), speaker])))).status;
        expect(renamed.measure).toBe(original.measure);
        expect(renamed.items).toBe(original.items);
        if (original.value === undefined) expect(renamed.value).toBeUndefined();
        else expect(renamed.value).toBeCloseTo(original.value, 12);
      }),
    );
  });

  it("keeps its counts consistent: every judgement counted once, one disagreement per claim not fully agreed", () => {
    fc.assert(
      fc.property(tables, (table) => {
        const report = measureAgreement(toClaims(table));
        const counted = Object.values(report.statusCounts).reduce((sum, counts) => sum + Object.values(counts).reduce((a, b) => a + b, 0), 0);
        expect(counted).toBe(table.reduce((sum, entries) => sum + entries.length, 0));
        expect(report.claimsJudgedByTwoOrMore).toBe(table.filter((entries) => entries.length >= 2).length);
        if (report.claimsJudgedByTwoOrMore === 0) expect(report.observedAgreement).toBeUndefined();
        else expect(report.disagreements.length).toBe(Math.round(report.claimsJudgedByTwoOrMore * (1 - report.observedAgreement!)));
        expect(report.status.measure).toEqual(report.reviewers.length < 2 ? undefined : report.reviewers.length === 2 ? "cohen" : expect.stringMatching(/^(fleiss|krippendorff)$/));
        expect(report.pairs).toHaveLength((report.reviewers.length * (report.reviewers.length - 1)) / 2);
      }),
    );
  });
});
