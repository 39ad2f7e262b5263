/**
 * Chance-corrected agreement between raters who sort items into nominal categories:
 * Cohen's kappa (two raters), Fleiss' kappa (the same number of raters on every item) and
 * Krippendorff's alpha (any number of raters, missing ratings allowed), plus the Landis &
 * Koch words for a value. Categories are plain strings compared exactly; callers normalise
 * them first.
 *
 * One choice shared by all three: when chance alone would already give perfect agreement
 * (every rating falls in one single category) the textbook formula is 0/0. We return 1,
 * because the raters did agree on every item — but such data say nothing about whether the
 * raters could tell categories apart, so a caller that shows the value should say so.
 * References: Cohen (1960), Fleiss (1971), Krippendorff (2011) "Computing Krippendorff's
 * Alpha-Reliability", Landis & Koch (1977).
 */

/** Counts of each category, in order of first appearance (so a relabelling keeps the order of every sum). */
function tally<T>(values: Iterable<T>): Map<T, number> {
  const counts = new Map<T, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return counts;
}

function sumOfSquares(counts: Iterable<number>): number {
  let sum = 0;
  for (const count of counts) sum += count * count;
  return sum;
}

/**
 * Cohen's kappa for two raters: each pair is [rater A's category, rater B's category] for
 * one item. Undefined when there are no items; 1 when both raters put every item in the
 * same single category (see the module header).
 */
export function cohensKappa(pairs: ReadonlyArray<readonly [string, string]>): number | undefined {
  const total = pairs.length;
  if (total === 0) return undefined;
  const first = tally(pairs.map(([a]) => a));
  const second = tally(pairs.map(([, b]) => b));
  const observed = pairs.filter(([a, b]) => a === b).length / total;
  let expected = 0;
  for (const [category, count] of first) expected += (count / total) * ((second.get(category) ?? 0) / total);
  // Expected agreement is 1 only when both raters used one and the same category throughout,
  // so observed agreement is 1 too: the 0/0 case of the module header.
  if (expected === 1) return 1;
  return (observed - expected) / (1 - expected);
}

export interface FleissResult {
  /** Fleiss' kappa over the items used; undefined when no item could be used. */
  value: number | undefined;
  /** The number of raters per item the value was computed for (the most common one). */
  raters: number | undefined;
  /** Items used: those rated by exactly `raters` raters. */
  items: number;
  /** Items left out: rated by another number of raters, or by fewer than two. */
  excluded: number;
}

/**
 * Fleiss' kappa. Each item is the list of categories its raters chose; the formula needs
 * the same number n ≥ 2 of ratings on every item, so only the items rated by the most
 * common n are used (on a tie, the larger n) and the rest are counted in `excluded`.
 * Use Krippendorff's alpha instead when items have different numbers of raters.
 */
export function fleissKappa(items: ReadonlyArray<ReadonlyArray<string>>): FleissResult {
  const rated = items.filter((ratings) => ratings.length >= 2);
  const raters = modalLength(rated);
  if (raters === undefined) return { value: undefined, raters: undefined, items: 0, excluded: items.length };
  const used = rated.filter((ratings) => ratings.length === raters);
  const perCategory = new Map<string, number>();
  let meanAgreement = 0;
  for (const ratings of used) {
    const counts = tally(ratings);
    for (const [category, count] of counts) perCategory.set(category, (perCategory.get(category) ?? 0) + count);
    meanAgreement += (sumOfSquares(counts.values()) - raters) / (raters * (raters - 1));
  }
  meanAgreement /= used.length;
  const allRatings = used.length * raters;
  let expected = 0;
  for (const count of perCategory.values()) expected += (count / allRatings) ** 2;
  const value = expected === 1 ? 1 : (meanAgreement - expected) / (1 - expected);
  return { value, raters, items: used.length, excluded: items.length - used.length };
}

/** The most common length, the larger on a tie; undefined for no items. */
function modalLength(items: ReadonlyArray<ReadonlyArray<string>>): number | undefined {
  let best: number | undefined;
  let bestCount = 0;
  for (const [length, count] of tally(items.map((ratings) => ratings.length))) {
    if (count > bestCount || (count === bestCount && best !== undefined && length > best)) {
      best = length;
      bestCount = count;
    }
  }
  return best;
}

export interface AlphaResult {
  /** Krippendorff's alpha over the pairable items; undefined when there are none. */
  value: number | undefined;
  /** Items with at least two ratings (the only ones that can be compared). */
  items: number;
  /** Ratings on those items: Krippendorff's n, the number of pairable values. */
  values: number;
  /** Items dropped because they had fewer than two ratings. */
  excluded: number;
}

/**
 * Krippendorff's alpha for nominal data. Each item is the list of ratings it received;
 * a missing rating is simply absent (or undefined, so a raters-by-items table can be passed
 * column by column). Items with fewer than two ratings are dropped. Computed from the
 * coincidence matrix: alpha = 1 − (n − 1) · Σ_{c≠k} o_ck / Σ_{c≠k} n_c·n_k.
 */
export function krippendorffsAlpha(items: ReadonlyArray<ReadonlyArray<string | undefined>>): AlphaResult {
  const pairable = items
    .map((ratings) => ratings.filter((rating): rating is string => rating !== undefined))
    .filter((ratings) => ratings.length >= 2);
  const excluded = items.length - pairable.length;
  if (pairable.length === 0) return { value: undefined, items: 0, values: 0, excluded };
  const perCategory = new Map<string, number>();
  let observedDisagreement = 0; // Σ_{c≠k} o_ck
  let values = 0;
  for (const ratings of pairable) {
    const m = ratings.length;
    const counts = tally(ratings);
    for (const [category, count] of counts) perCategory.set(category, (perCategory.get(category) ?? 0) + count);
    // Ordered pairs of differing ratings within the item, each pair weighted 1 / (m − 1).
    observedDisagreement += (m * m - sumOfSquares(counts.values())) / (m - 1);
    values += m;
  }
  const expectedDisagreement = values * values - sumOfSquares(perCategory.values()); // Σ_{c≠k} n_c·n_k
  if (expectedDisagreement === 0) return { value: 1, items: pairable.length, values, excluded };
  const value = 1 - ((values - 1) * observedDisagreement) / expectedDisagreement;
  return { value, items: pairable.length, values, excluded };
}

export const KAPPA_BANDS = ["poor", "slight", "fair", "moderate", "substantial", "almost perfect"] as const;
export type KappaBand = (typeof KAPPA_BANDS)[number];

/**
 * Landis & Koch's (1977) words for a kappa or alpha value: below 0 poor, up to 0.20
 * slight, 0.40 fair, 0.60 moderate, 0.80 substantial, above that almost perfect.
 * Undefined in, undefined out.
 */
export function describeKappa(value: number): KappaBand;
export function describeKappa(value: number | undefined): KappaBand | undefined;
export function describeKappa(value: number | undefined): KappaBand | undefined {
  if (value === undefined) return undefined;
  if (Number.isNaN(value)) throw new RangeError("describeKappa: the value is NaN");
  if (value < 0) return "poor";
  if (value <= 0.2) return "slight";
  if (value <= 0.4) return "fair";
  if (value <= 0.6) return "moderate";
  if (value <= 0.8) return "substantial";
  return "almost perfect";
}
