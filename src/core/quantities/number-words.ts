/**
 * Numbers written as words: cardinals ("twenty-one", "three million", "a dozen",
 * "half a million"), ordinals ("sixth", "twenty-first") and fraction denominators
 * ("thirds", "a quarter"). "first" and "last" are left out on purpose: in news they order
 * events far more often than they count anything.
 */

const SMALL: ReadonlyMap<string, number> = new Map([
  ["zero", 0], ["one", 1], ["two", 2], ["three", 3], ["four", 4], ["five", 5], ["six", 6],
  ["seven", 7], ["eight", 8], ["nine", 9], ["ten", 10], ["eleven", 11], ["twelve", 12],
  ["thirteen", 13], ["fourteen", 14], ["fifteen", 15], ["sixteen", 16], ["seventeen", 17],
  ["eighteen", 18], ["nineteen", 19],
]);

const TENS: ReadonlyMap<string, number> = new Map([
  ["twenty", 20], ["thirty", 30], ["forty", 40], ["fifty", 50], ["sixty", 60],
  ["seventy", 70], ["eighty", 80], ["ninety", 90],
]);

/** Multipliers that follow a number, as words or as the abbreviations news uses. */
export const SCALE_WORDS: ReadonlyMap<string, number> = new Map([
  ["hundred", 100], ["thousand", 1e3], ["million", 1e6], ["billion", 1e9], ["trillion", 1e12],
]);

const SMALL_ORDINALS: ReadonlyMap<string, number> = new Map([
  ["second", 2], ["third", 3], ["fourth", 4], ["fifth", 5], ["sixth", 6], ["seventh", 7],
  ["eighth", 8], ["ninth", 9], ["tenth", 10], ["eleventh", 11], ["twelfth", 12],
  ["thirteenth", 13], ["fourteenth", 14], ["fifteenth", 15], ["sixteenth", 16],
  ["seventeenth", 17], ["eighteenth", 18], ["nineteenth", 19], ["twentieth", 20],
  ["thirtieth", 30], ["fortieth", 40], ["fiftieth", 50], ["sixtieth", 60], ["seventieth", 70],
  ["eightieth", 80], ["ninetieth", 90], ["hundredth", 100], ["thousandth", 1000],
  ["millionth", 1e6],
]);

/** Denominators of fractions: "a third", "two-thirds", "three quarters", "one in five". */
const DENOMINATORS: ReadonlyMap<string, number> = new Map([
  ["half", 2], ["halves", 2], ["third", 3], ["thirds", 3], ["quarter", 4], ["quarters", 4],
  ["fourth", 4], ["fourths", 4], ["fifth", 5], ["fifths", 5], ["sixth", 6], ["sixths", 6],
  ["seventh", 7], ["sevenths", 7], ["eighth", 8], ["eighths", 8], ["ninth", 9], ["ninths", 9],
  ["tenth", 10], ["tenths", 10],
]);

/** The value of one cardinal word, hyphenated compounds included: "six", "twenty-one". */
export function cardinalWordValue(word: string): number | undefined {
  const small = SMALL.get(word) ?? TENS.get(word);
  if (small !== undefined) return small;
  const hyphen = word.indexOf("-");
  if (hyphen < 0) return undefined;
  const tens = TENS.get(word.slice(0, hyphen));
  const unit = SMALL.get(word.slice(hyphen + 1));
  return tens !== undefined && unit !== undefined && unit > 0 && unit < 10 ? tens + unit : undefined;
}

/** The value of an ordinal word: "sixth" 6, "twenty-first" 21; never "first" on its own. */
export function ordinalWordValue(word: string): number | undefined {
  const plain = SMALL_ORDINALS.get(word);
  if (plain !== undefined) return plain;
  const hyphen = word.indexOf("-");
  if (hyphen < 0) return undefined;
  const tens = TENS.get(word.slice(0, hyphen));
  const rest = word.slice(hyphen + 1);
  const unit = rest === "first" ? 1 : SMALL_ORDINALS.get(rest);
  return tens !== undefined && unit !== undefined && unit < 10 ? tens + unit : undefined;
}

export const DENOMINATOR_WORDS: readonly string[] = [...DENOMINATORS.keys()];

export function denominatorValue(word: string): number | undefined {
  return DENOMINATORS.get(word);
}

/** Every single word that is a cardinal number or part of one: "six", "twenty", "million", "dozen". */
export const NUMBER_WORDS: readonly string[] = [...SMALL.keys(), ...TENS.keys(), ...SCALE_WORDS.keys(), "dozen"];

/** Every ordinal word ("second" .. "millionth") but not hyphenated ones ("twenty-first" starts with a number word). */
export const ORDINAL_WORDS: readonly string[] = [...SMALL_ORDINALS.keys()];

export interface NumberWordsMatch {
  value: number;
  /** How many words were read. */
  length: number;
}

/**
 * Reads the longest run of number words at the start of `words` (lower case, one word per
 * item): "three million" 3e6, "one hundred and twenty" 120, "a dozen" 12, "two dozen" 24,
 * "half a million" 5e5. A lone "a" or a scale word with no count before it is not a number.
 */
export function readNumberWords(words: readonly string[], from = 0): NumberWordsMatch | undefined {
  let at = from;
  let multiplier = 1;
  let total = 0;
  let current = 0;
  // What the previous word was decides what may follow: "twenty one" but not "one twenty".
  let last: "none" | "unit" | "tens" | "hundred" | "scale" = "none";
  if (words[at] === "half" && (words[at + 1] === "a" || words[at + 1] === "an")) {
    multiplier = 0.5;
    at++;
  }
  if (words[at] === "a" || words[at] === "an") {
    const next = words[at + 1] ?? "";
    if (!SCALE_WORDS.has(next) && next !== "dozen") return undefined;
    current = 1;
    last = "unit";
    at++;
  } else if (multiplier !== 1) {
    return undefined;
  }
  for (; at < words.length; at++) {
    const word = words[at]!;
    const small = SMALL.get(word);
    if (small !== undefined) {
      if (last === "unit" || (last === "tens" && (small === 0 || small >= 10))) break;
      current += small;
      last = "unit";
      continue;
    }
    const tens = TENS.get(word);
    if (tens !== undefined) {
      if (last === "unit" || last === "tens") break;
      current += tens;
      last = "tens";
      continue;
    }
    const compound = cardinalWordValue(word);
    if (compound !== undefined) {
      if (last === "unit" || last === "tens") break;
      current += compound;
      last = "unit";
      continue;
    }
    if (last === "none") break;
    if (word === "and") {
      const next = words[at + 1] ?? "";
      if ((last === "hundred" || last === "scale") && cardinalWordValue(next) !== undefined) continue;
      break;
    }
    if (word === "dozen") {
      if (last !== "unit" && last !== "tens") break;
      current *= 12;
      last = "hundred";
      continue;
    }
    const scale = SCALE_WORDS.get(word);
    if (scale === undefined) break;
    if (scale === 100) {
      if (last !== "unit" && last !== "tens") break;
      current *= 100;
      last = "hundred";
    } else {
      if (last === "scale" && current === 0) break;
      total += current * scale;
      current = 0;
      last = "scale";
    }
  }
  if (last === "none") return undefined;
  return { value: cleanFloat((total + current) * multiplier), length: at - from };
}

/**
 * Parses a phrase of number words: "twenty-one" 21, "three million" 3e6, "a dozen" 12.
 * Undefined when the phrase is not wholly a number.
 */
export function parseNumberWords(words: string): number | undefined {
  const list = words.trim().toLowerCase().split(/\s+/);
  const match = readNumberWords(list);
  return match && match.length === list.length ? match.value : undefined;
}

/** Removes binary noise from products such as 1.1 * 1e6. */
export function cleanFloat(value: number): number {
  // A whole number below 1e12 has no noise and survives toPrecision(12) as it is; most figures
  // are such, and formatting then parsing them is far dearer than the check.
  if (Number.isInteger(value) && value > 0 && value < 1e12) return value;
  return Number.parseFloat(value.toPrecision(12));
}

const DIGIT_ORDINAL = /^(\d+)(?:st|nd|rd|th)$/;

/** "sixth" 6, "twenty-first" 21, "21st" 21; undefined for "first" and anything else. */
export function parseOrdinal(word: string): number | undefined {
  const lower = word.trim().toLowerCase();
  const digits = DIGIT_ORDINAL.exec(lower);
  return digits ? Number(digits[1]) : ordinalWordValue(lower);
}
