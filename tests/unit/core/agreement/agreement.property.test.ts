import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { cohensKappa, fleissKappa, krippendorffsAlpha } from "../../../../src/core/agreement/agreement.ts";

const CATEGORIES = ["supported", "refuted", "unsupported", "unverifiable"] as const;
const category = fc.constantFrom(...CATEGORIES);

/** A one-to-one renaming of the categories: a random order of fresh names. */
const relabelling = fc
  .shuffledSubarray(["w", "x", "y", "z"], { minLength: CATEGORIES.length, maxLength: CATEGORIES.length })
  .map((names) => new Map(CATEGORIES.map((name, i) => [name as string, names[i]!])));

/** One category per item, using at least two different categories. */
const itemCategories = fc
  .array(category, { minLength: 2, maxLength: 30 })
  .filter((categories) => new Set(categories).size >= 2);

function expectSameValue(actual: number | undefined, expected: number | undefined): void {
  if (expected === undefined) expect(actual).toBeUndefined();
  else expect(actual).toBeCloseTo(expected, 12);
}

describe("agreement coefficients, for any ratings", () => {
  it("are 1 when every rater gives each item the same category and at least two categories occur", () => {
    fc.assert(
      fc.property(itemCategories, fc.integer({ min: 2, max: 6 }), fc.array(fc.integer({ min: 2, max: 6 }), { minLength: 30, maxLength: 30 }), (categories, raters, ratersPerItem) => {
        expect(cohensKappa(categories.map((c): [string, string] => [c, c]))).toBe(1);
        expect(fleissKappa(categories.map((c) => Array<string>(raters).fill(c))).value).toBe(1);
        expect(krippendorffsAlpha(categories.map((c, i) => Array<string>(ratersPerItem[i]!).fill(c))).value).toBe(1);
      }),
    );
  });

  it("do not change when the categories are renamed one to one", () => {
    const pairs = fc.array(fc.tuple(category, category), { maxLength: 30 });
    const items = fc.array(fc.array(category, { maxLength: 6 }), { maxLength: 20 });
    fc.assert(
      fc.property(pairs, items, relabelling, (pairList, itemList, rename) => {
        const relabel = (c: string): string => rename.get(c)!;
        expectSameValue(cohensKappa(pairList.map(([a, b]): [string, string] => [relabel(a), relabel(b)])), cohensKappa(pairList));
        const renamedItems = itemList.map((ratings) => ratings.map(relabel));
        const fleiss = fleissKappa(itemList);
        const renamedFleiss = fleissKappa(renamedItems);
        expectSameValue(renamedFleiss.value, fleiss.value);
        expect({ ...renamedFleiss, value: 0 }).toEqual({ ...fleiss, value: 0 });
        const alpha = krippendorffsAlpha(itemList);
        const renamedAlpha = krippendorffsAlpha(renamedItems);
        expectSameValue(renamedAlpha.value, alpha.value);
        expect({ ...renamedAlpha, value: 0 }).toEqual({ ...alpha, value: 0 });
      }),
    );
  });

  it("stay between −1 and 1", () => {
    const items = fc.array(fc.array(category, { minLength: 2, maxLength: 6 }), { minLength: 1, maxLength: 20 });
    fc.assert(
      fc.property(items, (itemList) => {
        for (const value of [krippendorffsAlpha(itemList).value, fleissKappa(itemList).value]) {
          expect(value).toBeGreaterThanOrEqual(-1 - 1e-12);
          expect(value).toBeLessThanOrEqual(1 + 1e-12);
        }
      }),
    );
  });
});
