/**
 * The noun a figure counts: "128 people", "six of their colleagues", "eight Belarusian
 * journalists", "crowds of more than 100,000". Without a part-of-speech tagger the rule is
 * shape-based: read the few words after the figure up to a function word or a mark and take
 * the first plural-looking one (adjectives before it are skipped). A singular head is taken
 * only where a singular is expected: one, an ordinal, a percentage, a fraction.
 */
import { hasCapital, isWord, lower, type Tokens, TokenKind, touchesNext } from "./tokens.ts";

/** Words that end the run of words after a figure: no counted noun lies beyond them. */
const STOP_WORDS: ReadonlySet<string> = new Set(
  (
    "a an the and or nor but of in on at to for from by with without within about into onto over under after before " +
    "during since until till across against among amid amongst between through throughout toward towards around near " +
    "per via including like unlike than as that which who whom whose what where when while if because so although " +
    "though this these those there here it its they them their he him his she her we us our you your i me my is are " +
    "was were be been being am has have had having do does did will would shall should can could may might must not " +
    "no also still now then already yet just only even ever never less most least each every all both either neither " +
    "some any such same very too ago later earlier apiece altogether respectively alone said says say told according " +
    "reportedly allegedly percent cent per today yesterday tomorrow again back up down out off ahead behind " +
    "apart away higher lower"
  ).split(" "),
);

/** Nouns that are plural without an "s". */
const IRREGULAR_PLURALS: ReadonlySet<string> = new Set(
  (
    "people police children men women staff personnel cattle livestock clergy crew data media aircraft sheep fish " +
    "deer folk youth militia troops faithful elderly"
  ).split(" "),
);

/** Pronouns kept as the counted noun ("39 of them"): the claim assembler resolves them. */
const COUNTED_PRONOUNS: ReadonlySet<string> = new Set(["them", "us", "you", "whom", "those", "these"]);

/** Words between "of" and the noun: "six of their colleagues", "half of all voters". */
const DETERMINERS: ReadonlySet<string> = new Set([
  "the", "their", "his", "her", "its", "our", "your", "my", "all", "these", "those", "whose", "a", "an",
]);

/** Nouns before "of" that frame a figure rather than name what it counts: "a total of 128". */
const NOT_COUNTED_BEFORE_OF: ReadonlySet<string> = new Set(
  (
    "total number figure figures sum count tally maximum minimum average excess upwards upward out one group age ages " +
    "all some most many each none any both either neither majority minority rest part range estimate estimates " +
    "top end beginning start middle"
  ).split(" "),
);

/** How far past a figure to look for its noun: "two new Ukrainian army helicopters". */
const MAX_RUN = 5;

export function isPluralLooking(tokens: Tokens, i: number, word = lower(tokens, i)): boolean {
  if (IRREGULAR_PLURALS.has(word)) return true;
  if (word.length < 3 || word.charCodeAt(word.length - 1) !== 115 /* s */) return false;
  if (word.endsWith("ss") || word.endsWith("us") || word.endsWith("is") || word.endsWith("'s") || word.endsWith("’s")) {
    return false;
  }
  // Capitalised words ending in "as" are place names more often than plurals ("Texas").
  return !(hasCapital(tokens, i) && word.endsWith("as"));
}

function isStop(tokens: Tokens, i: number, word: string): boolean {
  // A capital mid-run is an adjective or a name ("US troops", "Belarusian journalists"), never a stop word.
  return !hasCapital(tokens, i) && STOP_WORDS.has(word);
}

function isPossessive(word: string): boolean {
  return word.endsWith("'s") || word.endsWith("’s");
}

/** Participles and adverbs stand after a figure ("120 detained") but are not what it counts. */
function canBeSingularHead(word: string): boolean {
  return !word.endsWith("ed") && !word.endsWith("ly") && !isPossessive(word);
}

export interface CountedNoun {
  word: string;
  /** Token index of the noun. */
  index: number;
}

/**
 * The noun counted by a figure whose last token is `last`. `singular` says a singular head
 * may be taken ("one person", "a sixth term", "80% support").
 */
export function countedAfter(tokens: Tokens, last: number, singular: boolean): CountedNoun | undefined {
  let i = last + 1;
  if (touchesNext(tokens, last) && tokens.kinds[i] !== TokenKind.Word) return undefined;
  if (isWord(tokens, i, "of")) {
    i++;
    if (isWord(tokens, i) && COUNTED_PRONOUNS.has(lower(tokens, i))) {
      return { word: lower(tokens, i), index: i };
    }
  }
  // "half the country", "six of their colleagues".
  while (isWord(tokens, i) && DETERMINERS.has(lower(tokens, i)) && !hasCapital(tokens, i)) i++;
  let candidate = -1;
  for (let read = 0; read < MAX_RUN && isWord(tokens, i); read++, i++) {
    const word = lower(tokens, i);
    if (isStop(tokens, i, word)) break;
    if (isPluralLooking(tokens, i, word)) return { word, index: i };
    // "half the country voted": a past tense after a noun ends the noun phrase.
    if (candidate >= 0 && word.endsWith("ed")) break;
    candidate = i;
    // Words must follow each other with nothing but space between them.
    if (touchesNext(tokens, i)) break;
  }
  if (!singular || candidate < 0) return undefined;
  const word = lower(tokens, candidate);
  return canBeSingularHead(word) ? { word, index: candidate } : undefined;
}

/** "crowds of more than 100,000": the noun before "of" when nothing counted follows the figure. */
export function countedBefore(tokens: Tokens, first: number): CountedNoun | undefined {
  const of = first - 1;
  const noun = first - 2;
  if (!isWord(tokens, of, "of") || !isWord(tokens, noun)) return undefined;
  const word = lower(tokens, noun);
  if (hasCapital(tokens, noun) || STOP_WORDS.has(word) || NOT_COUNTED_BEFORE_OF.has(word) || isPossessive(word)) {
    return undefined;
  }
  return { word, index: noun };
}
