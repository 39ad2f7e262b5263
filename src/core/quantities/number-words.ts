/** English number words and ordinals: "six", "twenty-one", "sixth", "a dozen", "three million". */

const UNITS: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9,
  ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16,
  seventeen: 17, eighteen: 18, nineteen: 19,
};
const TENS: Record<string, number> = {
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};
const SCALES: Record<string, number> = { hundred: 100, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 };

const ORDINALS: Record<string, number> = {
  second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
  eleventh: 11, twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15, sixteenth: 16,
  seventeenth: 17, eighteenth: 18, nineteenth: 19, twentieth: 20, thirtieth: 30, fortieth: 40,
  fiftieth: 50, sixtieth: 60, seventieth: 70, eightieth: 80, ninetieth: 90, hundredth: 100,
};

export const NUMBER_WORD_PATTERN =
  `(?:(?:${Object.keys(TENS).join("|")})(?:-(?:one|two|three|four|five|six|seven|eight|nine))?|${Object.keys(UNITS).join("|")})` +
  `(?:\\s+(?:hundred|thousand|million|billion|trillion))*`;

/** Ordinal words from "second": "first" and "last" are sequence words, not figures. */
export const ORDINAL_WORD_PATTERN = `(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-)?(?:${Object.keys(ORDINALS).join("|")})`;

/** "twenty-one" -> 21, "three million" -> 3e6, "two hundred and five" -> 205. */
export function parseNumberWords(words: string): number | undefined {
  let total = 0;
  let current = 0;
  let seen = false;
  for (const part of words.toLowerCase().split(/[\s-]+/)) {
    if (part === "and" || part === "") continue;
    if (part in UNITS) current += UNITS[part]!;
    else if (part in TENS) current += TENS[part]!;
    else if (part === "hundred") current = (current || 1) * 100;
    else if (part in SCALES) {
      total += (current || 1) * SCALES[part]!;
      current = 0;
    } else return undefined;
    seen = true;
  }
  return seen ? total + current : undefined;
}

/** "sixth" -> 6, "twenty-first" -> 21, "21st" -> 21. */
export function parseOrdinal(word: string): number | undefined {
  const lower = word.toLowerCase();
  const digits = /^(\d+)(?:st|nd|rd|th)$/.exec(lower);
  if (digits) return Number(digits[1]);
  const [tens, unit] = lower.includes("-") ? lower.split("-") : [undefined, lower];
  const base = unit === "first" ? 1 : ORDINALS[unit!];
  if (base === undefined) return undefined;
  return (tens ? (TENS[tens] ?? 0) : 0) + base;
}
