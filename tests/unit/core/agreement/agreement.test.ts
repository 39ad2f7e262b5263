import { describe, expect, it } from "vitest";
import { cohensKappa, describeKappa, fleissKappa, krippendorffsAlpha } from "../../../../src/core/agreement/agreement.ts";

/** Pairs from a two-by-two table of counts: [both yes, A yes B no, A no B yes, both no]. */
function yesNoPairs(bothYes: number, onlyA: number, onlyB: number, bothNo: number): [string, string][] {
  return [
    ...Array.from({ length: bothYes }, (): [string, string] => ["yes", "yes"]),
    ...Array.from({ length: onlyA }, (): [string, string] => ["yes", "no"]),
    ...Array.from({ length: onlyB }, (): [string, string] => ["no", "yes"]),
    ...Array.from({ length: bothNo }, (): [string, string] => ["no", "no"]),
  ];
}

/** Items from a subjects-by-categories table of counts, the categories named "1", "2", … */
function itemsFromCounts(table: number[][]): string[][] {
  return table.map((row) => row.flatMap((count, category) => Array<string>(count).fill(String(category + 1))));
}

/** Items from a raters-by-items table (undefined: no rating), read column by column. */
function itemsFromRaterRows<T>(rows: T[][]): T[][] {
  return rows[0]!.map((_, item) => rows.map((row) => row[item]!));
}

describe("cohensKappa", () => {
  it("gives 0.400 for the 50 grant applications (20 yes/yes, 5 yes/no, 10 no/yes, 15 no/no)", () => {
    // p_o = 35/50 = 0.70; p_e = 0.5·0.6 + 0.5·0.4 = 0.50; κ = 0.20 / 0.50.
    expect(cohensKappa(yesNoPairs(20, 5, 10, 15))).toBeCloseTo(0.4, 3);
  });

  it("tells apart two tables with the same observed agreement but different marginals", () => {
    // Both agree on 60 of 100. Left: p_e = 0.6·0.7 + 0.4·0.3 = 0.54 → 0.06/0.46. Right: p_e = 0.6·0.3 + 0.4·0.7 = 0.46 → 0.14/0.54.
    expect(cohensKappa(yesNoPairs(45, 15, 25, 15))).toBeCloseTo(0.1304, 3);
    expect(cohensKappa(yesNoPairs(25, 35, 5, 35))).toBeCloseTo(0.2593, 3);
  });

  it("handles three categories (worked by hand)", () => {
    // A: a a a b b c   B: a a b b c c. p_o = 4/6; p_e = (3·2 + 2·2 + 1·2)/36 = 12/36; κ = (2/3 − 1/3)/(2/3) = 0.5.
    const pairs: [string, string][] = [["a", "a"], ["a", "a"], ["a", "b"], ["b", "b"], ["b", "c"], ["c", "c"]];
    expect(cohensKappa(pairs)).toBeCloseTo(0.5, 3);
  });

  it("does not depend on which rater is first or on the order of the items", () => {
    const pairs = yesNoPairs(20, 5, 10, 15);
    const swapped = pairs.map(([a, b]): [string, string] => [b, a]).reverse();
    expect(cohensKappa(swapped)).toBeCloseTo(cohensKappa(pairs)!, 12);
  });

  it("is undefined when there are no items", () => {
    expect(cohensKappa([])).toBeUndefined();
  });

  it("is 1 for perfect agreement over two categories", () => {
    expect(cohensKappa([["yes", "yes"], ["no", "no"], ["no", "no"]])).toBe(1);
  });

  it("is 1 when both raters put every item in the same single category (0/0 by the formula)", () => {
    expect(cohensKappa([["yes", "yes"], ["yes", "yes"]])).toBe(1);
  });

  it("is 0 when the raters agree exactly as often as chance predicts", () => {
    // p_o = 2/4, p_e = 0.5·0.5 + 0.5·0.5.
    expect(cohensKappa([["yes", "yes"], ["yes", "no"], ["no", "yes"], ["no", "no"]])).toBeCloseTo(0, 12);
  });

  it("is −1 when two raters always disagree over two balanced categories", () => {
    expect(cohensKappa([["yes", "no"], ["no", "yes"]])).toBeCloseTo(-1, 12);
  });

  it("treats a category only one rater used as a category", () => {
    // p_o = 1/2; p_e = 0.5·1 (only 'yes' is shared) → κ = 0.
    expect(cohensKappa([["yes", "yes"], ["maybe", "yes"]])).toBeCloseTo(0, 12);
  });
});

describe("fleissKappa", () => {
  // Fleiss (1971) as laid out in Wikipedia's "Fleiss' kappa": 10 subjects, 14 raters, 5 categories.
  const fleiss1971 = [
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

  it("gives 0.210 for the 10 subjects × 14 raters worked example", () => {
    const result = fleissKappa(itemsFromCounts(fleiss1971));
    expect(result.value).toBeCloseTo(0.21, 3);
    expect(result).toMatchObject({ raters: 14, items: 10, excluded: 0 });
  });

  it("with two raters per item is Scott's pi (pooled marginals), not Cohen's kappa", () => {
    // Grant applications again: pooled p(yes) = 55/100, p_e = 0.55² + 0.45² = 0.505, π = (0.70 − 0.505)/0.495.
    const items = yesNoPairs(20, 5, 10, 15).map(([a, b]) => [a, b]);
    expect(fleissKappa(items).value).toBeCloseTo(0.3939, 3);
  });

  it("uses only the items rated by the most common number of raters and says how many it left out", () => {
    const items = [["a", "a", "a"], ["b", "b", "b"], ["a", "b"], ["a"], ["a", "a", "b", "b"]];
    expect(fleissKappa(items)).toEqual({ value: 1, raters: 3, items: 2, excluded: 3 });
  });

  it("on a tie between numbers of raters, keeps the larger one", () => {
    const result = fleissKappa([["a", "b"], ["a", "a", "a"], ["b", "b", "b"], ["b", "a"]]);
    expect(result).toMatchObject({ raters: 3, items: 2, excluded: 2, value: 1 });
  });

  it("is undefined with no items, or when no item has two ratings", () => {
    expect(fleissKappa([])).toEqual({ value: undefined, raters: undefined, items: 0, excluded: 0 });
    expect(fleissKappa([["a"], []])).toEqual({ value: undefined, raters: undefined, items: 0, excluded: 2 });
  });

  it("is 1 for perfect agreement over two categories", () => {
    expect(fleissKappa([["a", "a", "a"], ["b", "b", "b"]]).value).toBe(1);
  });

  it("is 1 when every rating is the same category", () => {
    expect(fleissKappa([["a", "a", "a"], ["a", "a", "a"]]).value).toBe(1);
  });

  it("is below zero when agreement is worse than chance", () => {
    // Each item split 1–1: P̄ = 0, P̄e = 0.5.
    expect(fleissKappa([["a", "b"], ["b", "a"]]).value).toBeCloseTo(-1, 12);
  });
});

describe("krippendorffsAlpha", () => {
  it("gives 0.743 for Krippendorff's 4 observers × 12 units nominal example with missing data", () => {
    const _ = undefined;
    const observers = [
      ["1", "2", "3", "3", "2", "1", "4", "1", "2", _, _, _],
      ["1", "2", "3", "3", "2", "2", "4", "1", "2", "5", _, "3"],
      [_, "3", "3", "3", "2", "3", "4", "2", "2", "5", "1", _],
      ["1", "2", "3", "3", "2", "4", "4", "1", "2", "5", "1", _],
    ];
    const result = krippendorffsAlpha(itemsFromRaterRows(observers));
    expect(result.value).toBeCloseTo(0.743, 3);
    // Unit 12 has a single value and is dropped; the other 11 hold n = 40 pairable values.
    expect(result).toMatchObject({ items: 11, values: 40, excluded: 1 });
  });

  it("gives 0.095 for Krippendorff's two observers × 10 units binary example", () => {
    // 4 units disagree → Σ o_ck (c≠k) = 8; n_0 = 14, n_1 = 6; α = 1 − 19·8 / (2·14·6) = 1 − 152/168.
    const observers = [
      ["0", "1", "0", "0", "0", "0", "0", "0", "1", "0"],
      ["1", "1", "1", "0", "0", "1", "0", "0", "0", "0"],
    ];
    expect(krippendorffsAlpha(itemsFromRaterRows(observers)).value).toBeCloseTo(0.095, 3);
  });

  it("reads a missing rating the same whether it is absent or undefined", () => {
    const withHoles = krippendorffsAlpha([["a", undefined, "a"], ["b", "b", undefined], ["a", "b", "b"]]);
    const compact = krippendorffsAlpha([["a", "a"], ["b", "b"], ["a", "b", "b"]]);
    expect(withHoles).toEqual(compact);
  });

  it("is undefined with no items, or when no item has two ratings", () => {
    expect(krippendorffsAlpha([])).toEqual({ value: undefined, items: 0, values: 0, excluded: 0 });
    expect(krippendorffsAlpha([["a"], [undefined, "b"], []])).toEqual({ value: undefined, items: 0, values: 0, excluded: 3 });
  });

  it("is 1 for perfect agreement over two categories, whatever the number of raters per item", () => {
    expect(krippendorffsAlpha([["a", "a"], ["b", "b", "b"], ["a", "a", "a", "a"]]).value).toBe(1);
  });

  it("is 1 when every rating is the same category", () => {
    expect(krippendorffsAlpha([["a", "a"], ["a", "a", "a"]]).value).toBe(1);
  });

  it("is below zero when agreement is worse than chance", () => {
    // o_ab = o_ba = 2, n = 4, n_a = n_b = 2: α = 1 − 3·4 / 8.
    expect(krippendorffsAlpha([["a", "b"], ["b", "a"]]).value).toBeCloseTo(-0.5, 12);
  });
});

describe("describeKappa", () => {
  it.each([
    [-0.3, "poor"],
    [-0.001, "poor"],
    [0, "slight"],
    [0.2, "slight"],
    [0.21, "fair"],
    [0.4, "fair"],
    [0.41, "moderate"],
    [0.6, "moderate"],
    [0.61, "substantial"],
    [0.8, "substantial"],
    [0.81, "almost perfect"],
    [1, "almost perfect"],
  ] as const)("calls %d %s (Landis & Koch)", (value, band) => {
    expect(describeKappa(value)).toBe(band);
  });

  it("gives nothing for an undefined value", () => {
    expect(describeKappa(undefined)).toBeUndefined();
  });

  it("refuses NaN", () => {
    expect(() => describeKappa(Number.NaN)).toThrow(RangeError);
  });
});
