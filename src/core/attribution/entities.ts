/**
 * Named mentions in an article and the resolution of a speaker as written to the fullest
 * earlier mention: "the ministry" -> "Interior Ministry", "he" -> "Vladimir Putin",
 * "Lavrov" -> "Sergei Lavrov", "the company's chief executive" -> "Mikita Mikado" (found by
 * the role the article gives him: "PandaDoc CEO Mikita Mikado"). No gazetteer: a capitalised
 * word is a person when the article uses it like one (a title before it, a verb after it).
 */
import type { Span } from "../text/span.ts";
import { isWhiteSpace, withoutPossessive } from "../text/words.ts";
import { MONTHS, WEEKDAYS } from "../dates/calendar-words.ts";
import { ORGANISATION_HEADS, ROLE_ALIASES, TITLE_WORDS } from "./cues.ts";

export type MentionKind = "person" | "organisation" | "other";

export interface Mention {
  span: Span;
  /** The name without titles: "Sergei Lavrov", "Interior Ministry". Its words are separated by single spaces. */
  name: string;
  readonly kind: MentionKind;
  /** Lower-case titles and roles written before the name: ["russian", "foreign", "minister"]. */
  readonly titles: string[];
}

/**
 * A mention whose titles and kind are worked out when first asked for: resolution looks at a
 * few mentions before each speaker, so most are never classified.
 */
class LazyMention implements Mention {
  private knownKind?: MentionKind;
  private knownTitles?: string[];
  private knownLowerName?: string;
  private knownTitleText?: string;

  constructor(
    readonly span: Span,
    readonly name: string,
    private readonly innerTitles: readonly string[],
    private readonly text: string,
    private readonly matchStart: number,
    private readonly isMidSentence: (word: string) => boolean,
  ) {}

  get titles(): string[] {
    if (this.knownTitles === undefined) {
      const before = lowerCaseTitlesBefore(this.text, this.matchStart);
      this.knownTitles = this.innerTitles.length === 0 ? before : [...before, ...this.innerTitles];
    }
    return this.knownTitles;
  }

  get kind(): MentionKind {
    // Titles and where else the word stands are asked for only if the name itself does not decide.
    this.knownKind ??= classify(this.text, this.name, this.span.start, this.span.end, () => this.titles, this.isMidSentence);
    return this.knownKind;
  }

  /** The name in lower case. Resolution compares it for every earlier mention of each speaker. */
  get lowerName(): string {
    this.knownLowerName ??= this.name.toLowerCase();
    return this.knownLowerName;
  }

  /** The titles joined and padded with spaces, so that " chief executive " is found as a whole. */
  get titleText(): string {
    this.knownTitleText ??= ` ${this.titles.join(" ")} `;
    return this.knownTitleText;
  }
}

const NAME_WORD = String.raw`\p{Lu}[\p{L}\p{M}'’-]*`;
const CONNECTOR = String.raw`(?:of|for|de|del|van|von|der|al|bin|la|le|du|and)`;
const NAME_SEQUENCE = new RegExp(`${NAME_WORD}(?:[ \\t]+(?:${CONNECTOR}[ \\t]+)?${NAME_WORD})*`, "gu");

/** Capitalised words that begin sentences without naming anything. */
const NOT_NAMES = new Set(
  (
    "the a an in on at during meanwhile elsewhere amid much as but and however throughout some many " +
    "it its he she they we i you his her their our this that these those there here when while after before " +
    "with without for from by of to into over under about since until if although though because so yet " +
    "also still even only just now then thus hence instead according despite following earlier later " +
    "today yesterday tomorrow last next this most more few several all both each every no not one two three " +
    "what who which where why how mr mrs ms dr"
  ).split(" "),
);

const PERSON_VERB_AFTER =
  /^(?:'s\s+)?\s*(?:has|have|had|is|was|said|says|met|meets|told|added|announced|accused|thanked|vowed|wants|stands|insisted|denied|claimed|criticized|criticised|rejected|warned|argued|wrote|urged|called|made|did|does|will|would|,\s+who\b)/;

const LOCATION_PREPOSITION_BEFORE = /\b(?:in|to|from|across|into|at|near|outside|inside|toward|towards|against|around|throughout|through|of)\s+$/i;

export class EntityIndex {
  readonly mentions: LazyMention[];
  /**
   * Readings by the counts of mentions before the phrase's start and end (one number),
   * then by the phrase. Number keys hash for free, where a joined string key was built and
   * hashed anew for every speaker.
   */
  private readonly resolved = new Map<number, Map<string, Reading>>();

  constructor(private readonly text: string) {
    this.mentions = findMentions(text);
  }

  /** How many mentions start before `position`. */
  private countBefore(position: number): number {
    let low = 0;
    let high = this.mentions.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (this.mentions[mid]!.span.start < position) low = mid + 1;
      else high = mid;
    }
    return low;
  }

  /**
   * The last mention that starts before `position` and passes `test`, looking back from the
   * nearest. A plain loop: resolution walks far back for some phrases, and a generator's
   * step costs several times an index's.
   */
  private lastBefore(position: number, test: (mention: LazyMention) => boolean): Mention | undefined {
    for (let i = this.countBefore(position) - 1; i >= 0; i--) {
      const mention = this.mentions[i]!;
      if (test(mention)) return mention;
    }
    return undefined;
  }


  /**
   * The entity a speaker phrase refers to, or undefined when the article does not say
   * (plural groups like "officials", or a pronoun with no person before it).
   */
  resolve(source: string, sourceStart: number): string | undefined {
    // The same phrase with the same mentions before it and inside it reads the same: every
    // step but one looks only at those (mentions are sorted, non-empty and never overlap).
    // A phrase that starts inside a mention is read as that mention, where the same phrase
    // just after it is not: rare, so it is not cached.
    const before = this.countBefore(sourceStart);
    if (before > 0 && this.mentions[before - 1]!.span.end > sourceStart) return this.answer(this.reading(source, sourceStart), sourceStart);
    // Counts are at most the number of mentions, so the pair fits one number without clashes.
    const counts = before * (this.mentions.length + 1) + this.countBefore(sourceStart + source.length);
    // A Map under each count, not a list: an article with few names puts many phrases under one.
    let bySource = this.resolved.get(counts);
    if (bySource === undefined) this.resolved.set(counts, (bySource = new Map()));
    let reading = bySource.get(source);
    if (reading === undefined) bySource.set(source, (reading = this.reading(source, sourceStart)));
    return this.answer(reading, sourceStart);
  }

  /**
   * The one step that depends on where the phrase stands exactly: a role no one held before
   * it goes to the person given the role soon after it, if any.
   */
  private answer(reading: Reading, position: number): string | undefined {
    if (reading.lookAheadFor === undefined) return reading.entity;
    return this.personWithRoleAfter(reading.lookAheadFor, position)?.name ?? reading.entity;
  }

  /** What a phrase resolves to from the mentions before and inside it. */
  private reading(source: string, sourceStart: number): Reading {
    const phrase = withoutArticle(source.trim());
    const lower = phrase.toLowerCase();
    if (PERSONAL_PRONOUNS.has(lower)) return { entity: this.lastPerson(sourceStart)?.name };
    if (OTHER_PRONOUNS.has(lower)) return { entity: undefined };

    const role = roleOf(lower);
    const written = this.mentionAt(sourceStart, source);
    if (written && (written.kind !== "other" || written.name.includes(" "))) {
      // A name as written: the fullest mention of the same entity, earlier or this one.
      return { entity: this.fullestName(written) };
    }
    if (!role) return { entity: this.byHeadWord(phrase, lower, sourceStart) };
    const byRole = this.lastBefore(sourceStart, hasRole(role));
    if (byRole) return { entity: byRole.name };
    return { entity: this.byHeadWord(phrase, lower, sourceStart), lookAheadFor: role };
  }

  /** An organisation the phrase refers back to, or the phrase itself when it names one. */
  private byHeadWord(phrase: string, lower: string, sourceStart: number): string | undefined {
    // "the ministry": the last organisation whose head word is the same.
    const head = lastWordOf(lower);
    // The name is compared before the kind is asked: classifying is the dearer test.
    const organisation = this.lastBefore(sourceStart, (mention) => isLastWord(mention.lowerName, head) && mention.kind === "organisation");
    if (organisation) return organisation.name;
    // "the WHO" -> "World Health Organization": an earlier name with these initials.
    if (/^\p{Lu}{2,6}$/u.test(phrase)) {
      const expanded = this.lastBefore(sourceStart, (mention) => initialsOf(mention.name) === phrase);
      if (expanded) return expanded.name;
    }
    // "the lender", "the company": the last organisation named before.
    if (GENERIC_ORGANISATION_NOUNS.has(lower)) {
      const last = this.lastBefore(sourceStart, (mention) => mention.name.includes(" ") && mention.kind === "organisation");
      if (last) return last.name;
    }
    // "the Vyasna human rights center": named where it is cited.
    // A capital after white space starts a word after the first (the phrase is trimmed).
    if (/\s\p{Lu}/u.test(phrase) && !/\band\b/.test(phrase)) return phrase;
    return undefined;
  }

  private mentionAt(start: number, source: string): Mention | undefined {
    const end = start + source.length;
    let best: Mention | undefined;
    // Mentions do not overlap one another, so only those from just before `start` can reach into it.
    for (let i = Math.max(0, this.countBefore(start) - 1); i < this.mentions.length; i++) {
      const mention = this.mentions[i]!;
      if (mention.span.start >= end) break;
      if (mention.span.end > start && (!best || mention.span.end - mention.span.start > best.span.end - best.span.start)) {
        best = mention;
      }
    }
    return best;
  }

  private fullestName(mention: Mention): string {
    const name = mention.name;
    if (name.includes(" ")) return name;
    // "Lavrov" -> "Sergei Lavrov": the longest earlier mention ending in the same word.
    let fullest = name;
    for (let i = this.countBefore(mention.span.start) - 1; i >= 0; i--) {
      const earlier = this.mentions[i]!;
      if (earlier.name.length > fullest.length && isLastWord(earlier.name, name)) fullest = earlier.name;
    }
    return fullest;
  }

  private lastPerson(position: number): Mention | undefined {
    return this.lastBefore(position, (mention) => mention.kind === "person");
  }

  /** The person the article gave this role soon after `position`: within 600 characters. */
  private personWithRoleAfter(role: readonly string[], position: number): Mention | undefined {
    const test = hasRole(role);
    // Mentions are in text order: the first after `position` is the one counted up to it.
    for (let i = this.countBefore(position + 1); i < this.mentions.length; i++) {
      const mention = this.mentions[i]!;
      if (mention.span.start > position + 600) break;
      if (test(mention)) return mention;
    }
    return undefined;
  }
}

/**
 * What a phrase resolves to from the mentions before and inside it; and, for a role no one
 * held before it, the role to look for just after it first.
 */
interface Reading {
  entity: string | undefined;
  lookAheadFor?: readonly string[];
}

/** A test for a person given the role (its aliases padded with spaces, as roleOf gives them). */
function hasRole(role: readonly string[]): (mention: LazyMention) => boolean {
  return (mention) => {
    const titles = mention.titleText;
    return role.some((alias) => titles.includes(alias)) && mention.kind === "person";
  };
}

/**
 * The aliases by their last word, each with its role's aliases padded, in the order of
 * ROLE_ALIASES. Every speaker phrase asks for its role; trying each of the aliases
 * on it cost more than the rest of resolving most phrases.
 */
const ROLES_BY_LAST_WORD = new Map<string, { alias: string; padded: readonly string[] }[]>();
for (const aliases of ROLE_ALIASES) {
  const padded = aliases.map((alias) => ` ${alias} `);
  for (const alias of aliases) {
    const last = lastWordOf(alias);
    let candidates = ROLES_BY_LAST_WORD.get(last);
    if (!candidates) ROLES_BY_LAST_WORD.set(last, (candidates = []));
    candidates.push({ alias, padded });
  }
}

/**
 * The role a phrase ends in, as a whole word: `\b(?:alias|...)$` without a regex per role.
 * An alias ending the phrase at a word boundary ends in the phrase's last run of word
 * characters (aliases are lower-case letters and spaces), so only aliases ending in that
 * word can match; among them the first role of ROLE_ALIASES wins, as it did.
 */
export function roleOf(phrase: string): readonly string[] | undefined {
  let at = phrase.length;
  while (at > 0 && isWordCharacter(phrase.charCodeAt(at - 1))) at--;
  const candidates = at === phrase.length ? undefined : ROLES_BY_LAST_WORD.get(phrase.slice(at));
  return candidates?.find((candidate) => endsWithWord(phrase, candidate.alias))?.padded;
}

/** `\w` without the u flag: [A-Za-z0-9_]. */
function isWordCharacter(code: number): boolean {
  return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || (code >= 0x30 && code <= 0x39) || code === 0x5f;
}

/** Does `phrase` end with `word` (which starts with a letter) at a word boundary? */
function endsWithWord(phrase: string, word: string): boolean {
  if (!phrase.endsWith(word)) return false;
  const at = phrase.length - word.length;
  return at === 0 || !isWordCharacter(phrase.charCodeAt(at - 1));
}

const PERSONAL_PRONOUNS: ReadonlySet<string> = new Set(["he", "she", "him", "her"]);
const OTHER_PRONOUNS: ReadonlySet<string> = new Set(["it", "they", "we", "i", "you", "them"]);

/** As `.replace(/^(?:the|a|an)\s+/i, "")`, with the regex run only on phrases starting with "t" or "a". */
export function withoutArticle(phrase: string): string {
  const first = phrase.charCodeAt(0) | 0x20;
  return first === 0x74 || first === 0x61 ? phrase.replace(/^(?:the|a|an)\s+/i, "") : phrase;
}

/** As `.split(/\s+/).at(-1)`: what follows the last white space. */
export function lastWordOf(phrase: string): string {
  let at = phrase.length;
  while (at > 0 && !isWhiteSpace(phrase.charCodeAt(at - 1))) at--;
  return at === 0 ? phrase : phrase.slice(at);
}

/**
 * Is `word` (no spaces) the last word of a mention's name? Names are capitalised words joined
 * by single spaces (findMentions), so this is `name.split(/\s+/).at(-1) === word` without the split.
 */
function isLastWord(name: string, word: string): boolean {
  if (!name.endsWith(word)) return false;
  const at = name.length - word.length;
  return word.length > 0 && (at === 0 || name.charCodeAt(at - 1) === 0x20);
}

/** Nouns by which an article refers back to the organisation it named: "the lender". */
const GENERIC_ORGANISATION_NOUNS: ReadonlySet<string> = new Set(
  "company firm lender group bank carrier airline retailer insurer manufacturer business club charity insurer regulator broadcaster publisher".split(" "),
);

/** "World Health Organization" -> "WHO": the capitals of a mention's words, connectors left out. */
function initialsOf(name: string): string {
  return name
    .split(" ")
    .filter((word) => /^\p{Lu}/u.test(word))
    .map((word) => word[0])
    .join("");
}

/** The titles inside a one-word name: shared, as most names are one word and it is only read. */
const NO_TITLES: readonly string[] = [];

function findMentions(text: string): LazyMention[] {
  const mentions: LazyMention[] = [];
  const isMidSentence = midSentenceTest(text);
  // A run of capitalised words reads the same wherever it stands, and most come back in an
  // article ("The", "Interior Ministry", a name): each distinct run is read once.
  const readings = new Map<string, NameReading | null>();
  // exec in a loop rather than matchAll: no iterator step and result object per capitalised word.
  NAME_SEQUENCE.lastIndex = 0;
  for (let match = NAME_SEQUENCE.exec(text); match !== null; match = NAME_SEQUENCE.exec(text)) {
    const matched = match[0];
    let reading = readings.get(matched);
    if (reading === undefined) readings.set(matched, (reading = readNameRun(matched) ?? null));
    if (reading === null) continue;
    const start = match.index + reading.offset;
    mentions.push(new LazyMention({ start, end: start + reading.length }, reading.name, reading.titles, text, match.index, isMidSentence));
  }
  return mentions;
}

/** The name in a run of capitalised words, where it starts in the run, and the titles before it. */
interface NameReading {
  offset: number;
  /** How long the name is as written: longer than `name` where a tab or spaces part its words. */
  length: number;
  name: string;
  /** Only read: shared by every mention of the run. */
  titles: readonly string[];
}

/** How a run NAME_SEQUENCE matched names something, if it does ("The" does not). */
function readNameRun(matched: string): NameReading | undefined {
  // Most runs are one capitalised word ("The", "Police", "Lisbon"). With no title before
  // it and no connector or calendar word to drop after it (a capital is neither, and a
  // calendar word is not a name), the word is the name; the general reading below would
  // split it into an array only to find that out.
  const separators = separatorsIn(matched);
  if (separators === "none") {
    if (isNotAName(matched)) return undefined;
    const name = withoutApostropheEnd(matched);
    return { offset: 0, length: name.length, name, titles: NO_TITLES };
  }
  // The name is words[first] up to words[last - 1]: bounds moved in, not arrays sliced.
  // Words separated by single spaces (nearly always) split without a regex, and their name
  // joined is the run from `start` to `end`, taken without building it again.
  // Where a tab or a run of spaces parts the words, where each starts is kept with it.
  const parted = separators === "single spaces" ? undefined : [...matched.matchAll(/[^ \t]+/g)];
  const words = parted ? parted.map((word) => word[0]) : matched.split(" ");
  let first = 0;
  let last = words.length;
  let start = 0;
  let end = matched.length;
  // Drop sentence-initial function words. `start` and `end` count one character between
  // words, true only of single spaces; otherwise they are taken from `parted` at the end.
  while (first < last && isNotAName(words[first]!)) {
    start += words[first]!.length + 1;
    first++;
  }
  // "Russian Foreign Minister Sergei Lavrov", "Acme CEO Jane Park": the name follows the
  // last title; an organisation ("Interior Ministry") keeps its words.
  const titles: string[] = [];
  const isOrganisation = first < last && ORGANISATION_HEADS.has(withoutPossessive(words[last - 1]!).toLowerCase());
  if (!isOrganisation) {
    let lastTitle = -1;
    for (let i = first; i < last - 1; i++) {
      if (TITLE_WORDS.has(withoutFinalDot(words[i]!.toLowerCase()))) lastTitle = i;
    }
    for (; first <= lastTitle; first++) {
      titles.push(words[first]!.toLowerCase());
      start += words[first]!.length + 1;
    }
  }
  while (first < last && (/^(?:of|for|and|de|van|von|der|al|bin|la|le|du)$/.test(words[last - 1]!) || isCalendarWord(words[last - 1]!))) {
    end -= words[last - 1]!.length + 1;
    last--;
  }
  if (first === last) return undefined;
  if (!parted) {
    const name = withoutApostropheEnd(matched.slice(start, end));
    return { offset: start, length: name.length, name, titles };
  }
  start = parted[first]!.index;
  end = parted[last - 1]!.index + words[last - 1]!.length;
  const joined = words.slice(first, last).join(" ");
  const name = withoutApostropheEnd(joined);
  // An apostrophe dropped from the end is dropped from the written length too.
  return { offset: start, length: end - start - (joined.length - name.length), name, titles };
}

/** How the words of a match are separated: it is one word, or words separated by single spaces, or otherwise (tabs, runs). */
function separatorsIn(matched: string): "none" | "single spaces" | "other" {
  let separators: "none" | "single spaces" = "none";
  for (let i = 0; i < matched.length; i++) {
    const code = matched.charCodeAt(i);
    if (code === 0x09 || (code === 0x20 && matched.charCodeAt(i - 1) === 0x20)) return "other";
    if (code === 0x20) separators = "single spaces";
  }
  return separators;
}

// The word tests below run for most capitalised words of an article, so they trim by hand
// where a replace would run a regex over each word.

function withoutFinalDot(word: string): string {
  return word.endsWith(".") ? word.slice(0, -1) : word;
}

function isCalendarWord(word: string): boolean {
  return isLowerCalendarWord(word.toLowerCase());
}

function isLowerCalendarWord(lower: string): boolean {
  // Without its trailing [.'’s]+: "Aug.", "Monday's", "Tuesdays".
  let end = lower.length;
  while (end > 0 && isCalendarWordEnd(lower.charCodeAt(end - 1))) end--;
  const bare = end === lower.length ? lower : lower.slice(0, end);
  return WEEKDAYS.has(bare) || (MONTHS.has(bare) && bare !== "may");
}

/** `[.'’s]`, by code: a one-character string per step cost more than the lookups. */
function isCalendarWordEnd(code: number): boolean {
  return code === 0x2e || code === 0x27 || code === 0x2019 || code === 0x73;
}

function isNotAName(word: string): boolean {
  const lower = word.toLowerCase();
  return NOT_NAMES.has(withoutPossessive(lower)) || isLowerCalendarWord(lower);
}

/** Without a final apostrophe or apostrophe-s, as `.replace(/['’]s?$/, "")`: "Reuters'", "Lukashenko's". */
function withoutApostropheEnd(word: string): string {
  const n = word.length;
  if (n >= 1 && (word[n - 1] === "'" || word[n - 1] === "’")) return word.slice(0, -1);
  return withoutPossessive(word);
}

/** Lower-case role words just before a name: "software company PandaDoc", "the leader Ales". */
export function lowerCaseTitlesBefore(text: string, start: number): string[] {
  // The last three white-space separated words of the 40 characters before `start`.
  const floor = Math.max(0, start - 40);
  // Word bounds, nearest first, as [start, end, start, end, ...]: most words are no title, and
  // their letter hash says so without building their lower-case form.
  const bounds: number[] = [];
  for (let end = start; bounds.length < 6; ) {
    while (end > floor && isWhiteSpace(text.charCodeAt(end - 1))) end--;
    if (end === floor) break;
    let wordStart = end;
    while (wordStart > floor && !isWhiteSpace(text.charCodeAt(wordStart - 1))) wordStart--;
    bounds.push(wordStart, end);
    end = wordStart;
  }
  const titles: string[] = [];
  for (let i = bounds.length - 2; i >= 0; i -= 2) {
    const hash = letterHash(text, bounds[i]!, bounds[i + 1]!);
    if (hash !== NOT_ASCII && !TITLE_WORD_HASHES.has(hash)) continue;
    const word = onlyLettersAndHyphens(text.slice(bounds[i]!, bounds[i + 1]!).toLowerCase());
    if (TITLE_WORDS.has(word)) titles.push(word);
  }
  return titles;
}

const NOT_ASCII = -1;

/**
 * A hash of what `.toLowerCase().replace(/[^a-z-]/g, "")` leaves of an ASCII word, or NOT_ASCII
 * (outside ASCII, lower-casing may make letters: "K" (Kelvin) -> "k"). Kept within small
 * integers, which need no allocation.
 */
function letterHash(text: string, start: number, end: number): number {
  let hash = 0;
  for (let i = start; i < end; i++) {
    let code = text.charCodeAt(i);
    if (code >= 0x80) return NOT_ASCII;
    if (code >= 0x41 && code <= 0x5a) code += 0x20;
    if (isLowerLetterOrHyphen(code)) hash = (Math.imul(hash, 31) + code) & 0x3fffffff;
  }
  return hash;
}

const TITLE_WORD_HASHES: ReadonlySet<number> = new Set([...TITLE_WORDS].map((word) => letterHash(word, 0, word.length)));

/** `[a-z-]`: what a title word is made of. */
function isLowerLetterOrHyphen(code: number): boolean {
  return (code >= 0x61 && code <= 0x7a) || code === 0x2d;
}

/** As `.replace(/[^a-z-]/g, "")`, which went through the regex engine for every word. */
function onlyLettersAndHyphens(word: string): string {
  let kept = "";
  let from = 0;
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i);
    if (isLowerLetterOrHyphen(code)) continue;
    kept += word.slice(from, i);
    from = i + 1;
  }
  return from === 0 ? word : kept + word.slice(from);
}

/** Title words that do not on their own make the name after them a person's ("Foreign", "Health"). */
const NOT_PERSONAL_TITLES: ReadonlySet<string> = new Set(["foreign", "interior", "finance", "health", "defense", "defence", "opposition"]);

function classify(
  text: string,
  name: string,
  start: number,
  end: number,
  titles: () => readonly string[],
  isMidSentence: (word: string) => boolean,
): MentionKind {
  // A mention's name: split at single spaces, as `/\s+/` would split it but without a regex.
  const words = name.split(" ");
  const last = words.at(-1)!.toLowerCase();
  if (ORGANISATION_HEADS.has(last) || (words.length === 1 && words[0]!.length <= 5 && /^[A-Z]{2,}$/.test(words[0]!))) {
    return "organisation";
  }
  if (words.some((word) => ORGANISATION_HEADS.has(word.toLowerCase()))) return "organisation";
  const personTitle = titles().some((title) => !NOT_PERSONAL_TITLES.has(title));
  if (personTitle) return "person";
  const after = text.slice(end, end + 40);
  const before = text.slice(Math.max(0, start - 30), start);
  if (LOCATION_PREPOSITION_BEFORE.test(before)) return "other";
  if (words.length === 1 && !isMidSentence(name)) return "other";
  if (PERSON_VERB_AFTER.test(after)) return "person";
  if (words.length >= 2 && words.length <= 3 && words.every((word) => /^\p{Lu}\p{Ll}/u.test(word))) return "person";
  return "other";
}

/**
 * Whether a capitalised word stands mid-sentence anywhere in the text (after a lower-case
 * letter, comma or semicolon and one space), where capitals mean a name; answered per word
 * when first asked. Classification asks about a few words of an article, and reading every
 * capitalised word of it to count them all cost more than finding those few.
 */
function midSentenceTest(text: string): (word: string) => boolean {
  const known = new Map<string, boolean>();
  return (word) => {
    let found = known.get(word);
    if (found === undefined) known.set(word, (found = standsMidSentence(text, word)));
    return found;
  };
}

/** The character before the space: one code point, which may be a surrogate pair. */
const ENDS_LOWER_OR_STOP = /[\p{Ll},;]$/u;
/** The whole capitalised word at a place, as names are read. */
const CAPITALISED_WORD = /\p{Lu}[\p{L}\p{M}'’-]*/uy;

/**
 * `word` (a name, so capitalised) as a whole word after "x ", ", " or "; ", where the word
 * as written may end in "'s", "’s" or a lone apostrophe (withoutApostropheEnd).
 */
export function standsMidSentence(text: string, word: string): boolean {
  // indexOf finds "" everywhere without moving on: the loop below would never end.
  if (word.length === 0) return false;
  for (let at = text.indexOf(word, 2); at !== -1; at = text.indexOf(word, at + 1)) {
    if (text.charCodeAt(at - 1) !== 0x20 || !ENDS_LOWER_OR_STOP.test(text.slice(Math.max(0, at - 3), at - 1))) continue;
    CAPITALISED_WORD.lastIndex = at;
    const whole = CAPITALISED_WORD.exec(text)?.[0];
    if (whole !== undefined && withoutApostropheEnd(whole) === word) return true;
  }
  return false;
}
