/**
 * What a figure counts, what happened to it, where and when — read from its claim, so that
 * figures about the same thing can be found across articles. Word lists are small and
 * general (no names of this story): near nouns ("protesters", "citizens", "crowds" are people),
 * actions by family ("held", "arrested", "taken into custody" are detentions), a place after
 * "in" or "across", and the claim's day or the period it sums over.
 */
import type { Claim, Quantity } from "../../../claim-schemas/claim-set.ts";

/** Nouns for people in general: figures of them compare with each other. */
const PEOPLE = new Set(
  "people person persons protesters protester demonstrators demonstrator detainees detainee citizens citizen residents resident crowds crowd individuals civilians".split(" "),
);

/** Action families, each with the words (stems) that say it. The first family found after the figure wins. */
export const ACTIONS: ReadonlyArray<{ family: string; label: string; words: RegExp }> = [
  { family: "detain", label: "detained", words: /\b(?:detain\w*|held|arrest\w*|taken into custody|in custody|jailed|imprisoned|rounded up)\b/ },
  { family: "accuse", label: "accused", words: /\b(?:accused|charged|prosecuted|indicted|face charges)\b/ },
  { family: "kill", label: "killed", words: /\b(?:killed|died|dead|deaths?|lost their lives|fatalities)\b/ },
  { family: "injure", label: "injured", words: /\b(?:injured|wounded|hurt|injuries)\b/ },
  {
    family: "gather",
    label: "gathered",
    words: /\b(?:gathered|rall(?:y|ies|ied)|march(?:ed|es)?|took to the streets|taken to the streets|protest(?:ed|s|ing)?|demonstrat\w*|turned out|brought out|attended|joined)\b/,
  },
  { family: "cut", label: "cut", words: /\b(?:cut|axed|laid off|lose|lost|shed)\b/ },
  { family: "vote", label: "voted", words: /\b(?:vot\w*|ballots?)\b/ },
];

const GLOBAL_ACTIONS = ACTIONS.map((action) => new RegExp(action.words.source, "g"));

/** "six of their colleagues", "39 of them": a part of something counted elsewhere. */
const PARTITIVE = /^\s+of\s+(?:them|those|these|whom|which|their|his|her|its|our|the)\b/i;

const WHOLE_PLACE = /\b(?:across|throughout|all over|nationwide|countrywide|around the country|across the country)\b/i;
const PLACE = /\b(across|throughout|all over|in|near|outside)\s+(?:the\s+)?(?:capital(?:\s+city)?\s+(?:of\s+)?)?(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,2})/u;
const NOT_PLACES = /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|The|A|An)\b/;

/** A figure summed over a period rather than a day: "in the days after the election", "so far". */
const PERIOD =
  /\b(?:in the (?:days|weeks|months) (?:after|since|following|before)|since\b|so far\b|to date\b|over the (?:past|last)\b|in total\b|altogether\b|in recent (?:days|weeks|months)|this (?:year|month|week)\b)/i;

export interface Place {
  /** The place named, or undefined for "nationwide". */
  name?: string;
  /** A country-wide or "across X" figure: the whole that contains its cities. */
  whole: boolean;
}

export type Scope = { kind: "day"; day: string } | { kind: "period" } | { kind: "unknown" };

export interface FigureContext {
  /** What is counted, its near nouns folded together: "people", "students", "term". */
  noun: string;
  /** The action family, or "" when none is said. */
  action: string;
  place?: Place;
  scope: Scope;
  /** For ages: whose age ("leader"); "" for other figures. */
  subject: string;
}

/** The figure is a part of another ("39 of them") and is not compared on its own. */
export function isPartitive(claimText: string, quantity: Quantity, quote: string, quoteStart: number): boolean {
  const after = quote.slice(quantity.span.end - quoteStart, quantity.span.end - quoteStart + 30);
  return PARTITIVE.test(after);
}

export function nounClass(quantity: Quantity): string {
  const counted = (quantity.counted ?? "").toLowerCase();
  if (PEOPLE.has(counted)) return "people";
  return counted.endsWith("s") && counted.length > 3 ? counted.slice(0, -1) : counted;
}

/** The action said of the figure: the first family named after it in the claim, else the nearest before it. */
export function actionOf(text: string, figureAt: number): string {
  const lower = text.toLowerCase();
  let best: { family: string; at: number } | undefined;
  for (const [index, action] of ACTIONS.entries()) {
    const pattern = GLOBAL_ACTIONS[index]!;
    pattern.lastIndex = 0;
    for (let match = pattern.exec(lower); match !== null; match = pattern.exec(lower)) {
      // After the figure counts first; before it only when nothing follows.
      const rank = match.index >= figureAt ? match.index - figureAt : 10_000 + (figureAt - match.index);
      if (rank >= 10_000 && match.index + match[0].length > figureAt - 1) continue; // the counted noun itself
      if (best === undefined || rank < best.at) best = { family: action.family, at: rank };
    }
  }
  return best?.family ?? "";
}

export function placeOf(text: string): Place | undefined {
  const match = PLACE.exec(text);
  const whole = WHOLE_PLACE.test(text);
  if (match && !NOT_PLACES.test(match[2]!)) {
    return { name: match[2]!, whole: whole && /across|throughout|all over/i.test(match[1]!) };
  }
  return whole ? { whole: true } : undefined;
}

export function scopeOf(claim: Pick<Claim, "date" | "text">): Scope {
  if (claim.date !== undefined) return { kind: "day", day: claim.date };
  return PERIOD.test(claim.text) ? { kind: "period" } : { kind: "unknown" };
}

/** "The leader is 66 years old" -> "leader"; "the 24-year-old striker" -> "striker". */
export function ageSubject(claimText: string): string {
  const stated = /^the\s+([\p{L}-]+)\s+is\s+\d/iu.exec(claimText);
  if (stated) return stated[1]!.toLowerCase();
  const modifier = /\d+-year-old\s+([\p{L}-]+)/iu.exec(claimText);
  return modifier ? modifier[1]!.toLowerCase() : "";
}
