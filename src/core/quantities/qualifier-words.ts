/**
 * The words that say how sure a figure is ("more than 120", "some 200", "500 or so") and
 * the vague amounts that are figures without a number ("dozens", "several hundred").
 * The table of rules in find-quantities.ts documents every entry here.
 */
import type { Qualifier } from "../../../claim-schemas/vocabulary.ts";

/**
 * Written before a figure. "nearly", "almost", "just under" and "just over" are
 * approximately, not bounds: news uses them loosely, and a comparison should not call
 * "nearly 130" and "131" a conflict. "as many as" is an upper bound. "exactly" and
 * "precisely" are exact and kept in the raw text; "a total of" and "only" stay outside it.
 */
const BEFORE: ReadonlyArray<readonly [string, Qualifier]> = [
  ["some", "approximately"], ["about", "approximately"], ["around", "approximately"],
  ["roughly", "approximately"], ["approximately", "approximately"], ["approx", "approximately"],
  ["nearly", "approximately"], ["almost", "approximately"], ["an estimated", "approximately"],
  ["estimated", "approximately"], ["an approximate", "approximately"], ["close to", "approximately"],
  ["just under", "approximately"], ["just over", "approximately"], ["circa", "approximately"],
  ["more than", "more-than"], ["over", "more-than"], ["upwards of", "more-than"], ["upward of", "more-than"],
  ["in excess of", "more-than"], ["above", "more-than"], ["well over", "more-than"], ["well above", "more-than"],
  ["greater than", "more-than"],
  ["at least", "at-least"], ["no fewer than", "at-least"], ["no less than", "at-least"],
  ["not fewer than", "at-least"], ["not less than", "at-least"], ["a minimum of", "at-least"],
  ["fewer than", "fewer-than"], ["less than", "fewer-than"], ["under", "fewer-than"], ["below", "fewer-than"],
  ["well under", "fewer-than"], ["well below", "fewer-than"],
  ["up to", "at-most"], ["at most", "at-most"], ["no more than", "at-most"], ["not more than", "at-most"],
  ["a maximum of", "at-most"], ["as many as", "at-most"], ["as much as", "at-most"],
  ["exactly", "exact"], ["precisely", "exact"],
];

/** Written after a figure: "500 or more", "200 or so". */
const AFTER: ReadonlyArray<readonly [string, Qualifier]> = [
  ["or more", "at-least"], ["or so", "approximately"], ["or fewer", "at-most"], ["or less", "at-most"],
  ["and more", "at-least"], ["and above", "at-least"], ["and over", "at-least"],
];

export interface Phrase {
  words: readonly string[];
  qualifier: Qualifier;
}

/** Phrases by their first word, longest first, so "no fewer than" wins over a shorter match. */
function byFirstWord(table: ReadonlyArray<readonly [string, Qualifier]>): ReadonlyMap<string, readonly Phrase[]> {
  const map = new Map<string, Phrase[]>();
  for (const [text, qualifier] of table) {
    const words = text.split(" ");
    const list = map.get(words[0]!) ?? [];
    list.push({ words, qualifier });
    list.sort((a, b) => b.words.length - a.words.length);
    map.set(words[0]!, list);
  }
  return map;
}

export const QUALIFIERS_BEFORE = byFirstWord(BEFORE);
export const QUALIFIERS_AFTER = byFirstWord(AFTER);

/** Plural round numbers standing for a vague amount: the bounds "dozens" means, and its scale. */
export interface VagueBase {
  low: number;
  high: number;
  /** Whether it can stand alone ("dozens gathered") or needs "of" ("scores of", "tens of"). */
  needsOf: boolean;
}

/**
 * A plural round number means at least two of it and fewer than ten: "hundreds" 200..999,
 * "thousands" 2,000..9,999. "dozens" stops at 99 (at 100 a writer says "more than a
 * hundred") and "scores" runs 40..199.
 */
export const VAGUE_PLURALS: ReadonlyMap<string, VagueBase> = new Map([
  ["tens", { low: 20, high: 99, needsOf: true }],
  ["dozens", { low: 24, high: 99, needsOf: false }],
  ["scores", { low: 40, high: 199, needsOf: true }],
  ["hundreds", { low: 200, high: 999, needsOf: false }],
  ["thousands", { low: 2_000, high: 9_999, needsOf: false }],
  ["millions", { low: 2e6, high: 9_999_999, needsOf: false }],
  ["billions", { low: 2e9, high: 9_999_999_999, needsOf: false }],
]);

/** Scales a vague plural can be "of": "tens of thousands", "hundreds of millions". */
export const VAGUE_OF_SCALES: ReadonlyMap<string, number> = new Map([
  ["thousands", 1e3], ["millions", 1e6], ["billions", 1e9],
]);

/** Words that make an amount vague, read as how many: "several" 3..9, "a few" 2..5. */
export interface VagueCount {
  words: readonly string[];
  low: number;
  high: number;
}

export const VAGUE_COUNTS: readonly VagueCount[] = [
  { words: ["quite", "a", "few"], low: 2, high: 5 },
  { words: ["a", "few"], low: 2, high: 5 },
  { words: ["several"], low: 3, high: 9 },
  { words: ["a", "handful"], low: 3, high: 5 },
  { words: ["a", "couple"], low: 2, high: 3 },
];

/** "several dozen" is read like "dozens" (and as the reference annotation reads it), not as 36..108. */
export const SEVERAL_DOZEN = { low: 24, high: 100 } as const;
