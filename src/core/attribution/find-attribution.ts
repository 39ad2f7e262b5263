/**
 * Speech frames: who an article says said something, with which cue, and how the article
 * frames it. Works on one sentence at a time and returns offsets into the article text.
 *
 * Frames found (each tested by tests/unit/core/attribution):
 *   trailing   "CONTENT, the ministry said on Monday[, adding that CONTENT2]."
 *   quoted     "\"CONTENT,\" she told reporters."
 *   inverted   "CONTENT, said Jane Doe, the bank's economist." / "..., according to X."
 *   leading    "X[, who ...,] has said (that) CONTENT" / "According to X, CONTENT" / "X told Reuters: CONTENT"
 * Embedded frames inside a clause ("an election that officials say handed ...", "in a move
 * the company's chief executive said was politically motivated", "X ... and made an
 * unsubstantiated claim that ...", "what he described as ...") are found by split-clauses.ts,
 * which uses the building blocks exported here.
 */
import type { Span } from "../text/span.ts";
import { isWhiteSpace, splitWordCount } from "../text/words.ts";
import { ALWAYS_CONTINUE } from "../sentences/abbreviations.ts";
import { CUE_PREFIX_PATTERN, FRAMING_PHRASE_PATTERN, SPEECH_VERB_PATTERN } from "./cues.ts";

export interface SpeechFrame {
  /** The speaker as written, without a leading "the"-less trim: "the Interior Ministry". */
  source: string;
  sourceSpan: Span;
  cue: string;
  framing?: string;
  /** Where the frame's own words sit (", the ministry said on September 2"): not part of the claim. */
  frameSpan: Span;
}

export interface FramedSentence {
  frame: SpeechFrame;
  /** The part of the sentence the speaker is reported as saying. */
  content: Span;
  /** "..., adding that CONTENT2": a second statement by the same speaker. */
  added?: { content: Span; cue: string };
}

/** Words that cannot stand in a speaker phrase: they mean the phrase is really a clause. */
const NOT_IN_SPEAKER =
  /\b(?:that|which|whose|when|where|while|because|although|after|before|if|is|are|was|were|be|been|began|begun|has|have|had|will|would|can|could|may|might|should|must|did|does|do|not|no|to|into|from)\b|[.;:!?"“”]/i;

/**
 * As `/^(?:he|she|they|we|i|it)$/i`, looked up: no letter outside ASCII lower-cases to one of
 * these (the regex, without the u flag, folds only ASCII to ASCII).
 */
const PRONOUN_SPEAKERS: ReadonlySet<string> = new Set(["he", "she", "they", "we", "i", "it"]);

function isPronounSpeaker(phrase: string): boolean {
  // Longer phrases are turned away before they are lower-cased.
  return phrase.length <= 4 && PRONOUN_SPEAKERS.has(phrase.toLowerCase());
}

/** Irregular past forms and -ed verbs not after a determiner: "criticised the report and made". */
const VERB_IN_PHRASE =
  /\b(?:made|gave|took|went|met|told|said|began|held|won|lost|led|left|brought|sent|spoke|wrote|became|came|saw|found|kept|put|ran|stood|got|paid|sold|thought|knew|hit|struck|fled|rose|fell|built|bought|caught|drove|flew|grew|heard|meant|sat|shot|spent|taught|threw|understood|wore)\b|(?<!\b(?:the|a|an|some|many|several|most|two|three|four|five|its|his|her|their|our|other)\s+)\b\p{Ll}{3,}(?:ed|ised|ized)\b/u;

/** Does this phrase read as a speaker ("the Interior Ministry", "Opponents and some poll workers")? */
export function looksLikeSpeaker(phrase: string): boolean {
  const trimmed = phrase.trim();
  if (trimmed.length === 0 || trimmed.length > 90) return false;
  if (isPronounSpeaker(trimmed)) return true;
  const words = splitWordCount(trimmed, 10);
  if (words > 9) return false;
  const withoutPossessives = withoutPossessiveS(withoutAbbreviationDots(trimmed));
  // No need to drop "of", "for" ... first: they are none of these words, and a whole word
  // taken out between two non-word characters joins no others.
  if (NOT_IN_SPEAKER.test(withoutPossessives)) return false;
  if (VERB_IN_PHRASE.test(withoutPossessives)) return false;
  // A lone lower-case word is a speaker only when it is a group noun ("officials", "police").
  if (words === 1 && /^\p{Ll}/u.test(trimmed)) return /s$|^police$|^authorities$/i.test(trimmed);
  // It must end in a noun-like word, not a preposition or article.
  return !/\b(?:the|a|an|of|for|at|in|on|with|and|or|by)$/i.test(trimmed);
}

function withoutPossessiveS(phrase: string): string {
  return phrase.includes("'") || phrase.includes("’") ? phrase.replace(/['’]s\b/g, "") : phrase;
}

/** "Dr. Jane Doe", "J.P. Morgan", "U.S. officials": the dots of a title or initials do not end a phrase. */
function withoutAbbreviationDots(phrase: string): string {
  if (!phrase.includes(".")) return phrase;
  return phrase.replace(/\b(\p{L}{1,5})\.(?=\s|\p{Lu}|$)/gu, (whole, word: string) =>
    word.length === 1 || ALWAYS_CONTINUE.has(word.toLowerCase()) ? word : whole,
  );
}

/** What may follow a trailing cue: "on Tuesday", "told reporters", "without evidence" — never a clause. */
const TAIL_WORDS = /^(?:\s+[^,;"“”]{0,70})?$/;
const TAIL_CLAUSE = /\b(?:is|are|was|were|has|have|had|will|would|could|should|that)\b/i;

// The two frames tried at every comma have numbered groups, read by the functions below:
// V8 builds a groups object for every match of a pattern with named ones.

/** Groups: 1 speaker, 2 cue, 3 what follows the cue, 4 "adding"-like cue, 5 what is added. */
const TRAILING_FRAME = new RegExp(
  String.raw`^\s*["”’]?\s*([^,;"“”]{1,90}?)\s+${CUE_PREFIX_PATTERN}(${SPEECH_VERB_PATTERN})\b([^,;]*?)` +
    String.raw`(?:,\s+(adding|and added|and said|saying|noting|explaining)\s+(?:that\s+)?(.+?))?\s*[.!?]?\s*["”’]?\s*$`,
  "su",
);

function trailingGroups(m: RegExpExecArray) {
  return { speaker: m[1]!, cue: m[2]!, tail: m[3]!, addCue: m[4], rest: m[5] };
}

/** Groups: 1 cue, 2 speaker. */
/** Its cues' first two letters are tested first by mayOpenInverted: a new cue must be added there too. */
const INVERTED_FRAME =
  /^\s*["”’]?\s*(said|says|added|adds|wrote|writes|according to|told)\s+([^,;]{1,90}?)(?:,\s+[^,;]{1,80})?\s*[.!?]?\s*["”’]?\s*$/su;

/**
 * Could INVERTED_FRAME match `after`? Its cue comes first, after white space and a quote mark,
 * and every cue begins "sa", "ad", "ac", "wr" or "to". Most commas are followed by other
 * words ("the ministry said", "which"), and this is asked at every comma tried.
 */
function mayOpenInverted(after: string): boolean {
  let i = 0;
  while (i < after.length && isSpaceOrClosingQuote(after.charCodeAt(i))) i++;
  const first = after.charCodeAt(i);
  const second = after.charCodeAt(i + 1);
  return (
    (first === 0x73 && second === 0x61) || // sa
    (first === 0x61 && (second === 0x64 || second === 0x63)) || // ad, ac
    (first === 0x77 && second === 0x72) || // wr
    (first === 0x74 && second === 0x6f) // to
  );
}

/** `[\s"”’]`: what INVERTED_FRAME lets stand before its cue. */
function isSpaceOrClosingQuote(code: number): boolean {
  return code === 0x22 || code === 0x201d || code === 0x2019 || isWhiteSpace(code);
}

const LEADING_ACCORDING = /^\s*(?<cue>according to)\s+(?<speaker>[^,;]{1,90}?),\s+/iu;

/** "LONDON — ", "WASHINGTON (AP) — ": the dateline that opens a story's first sentence. */
const DATELINE = String.raw`(?:\p{Lu}[\p{Lu} .,'’-]{1,40}(?:\([^)]{1,30}\))?\s*(?:--|—|–)\s+)?`;

const INTRO = String.raw`${DATELINE}(?:(?:On|In|At|During|Late|Early|Earlier|Later|Last|Meanwhile|Elsewhere|However|Separately|Speaking|Asked|Yesterday|Today|In a statement|In an interview|Also)\b[^,]{0,60},\s+)?`;

/** Groups: 1 speaker, 2 apposition, 3 the name in it, 4 auxiliaries, 5 cue (numbered, as in TRAILING_FRAME). */
const LEADING_FRAME = new RegExp(
  String.raw`^\s*${INTRO}([^,;:"“”]{1,90}?)(,\s+(?:(?:who|which|whose|a|an|the)\b[^;"“”]{1,160}?|(\p{Lu}[\p{L}\p{M}.'’-]*(?:\s+\p{Lu}[\p{L}\p{M}.'’-]*){1,3})),)?\s+(${CUE_PREFIX_PATTERN})(${SPEECH_VERB_PATTERN})\b`,
  "u",
);

function leadingGroups(m: RegExpExecArray) {
  return { speaker: m[1]!, name: m[3], cue: m[5]! };
}

/**
 * After "told": whom, when nothing marks where it ends ("told reporters the plant", "told the
 * BBC it", "told Reuters"). Each alternative ends at the end of a word: "parliament" is not the
 * start of "parliamentarians", whose claim would otherwise begin "arians".
 */
const TOLD_OBJECT =
  /^\s+(?:(?:reporters|journalists|lawmakers|parliament|investors)(?![\p{L}\p{M}])|the\s+[\p{L}\p{M}-]+(?:\s+[\p{L}\p{M}-]+)?|\p{Lu}[\p{L}\p{M}.-]*(?:\s+\p{Lu}[\p{L}\p{M}.-]*){0,3})/u;

/**
 * Whom, when "that", ":" or "," ends it: up to five words ("told them that", "told local
 * media that", "told supporters at a rally that", "told the court on Tuesday that"). Group 1
 * is the phrase; more than one word must read as a noun phrase (looksLikeSpeaker), so "told
 * reporters the ministry had said that" keeps its clause. A "that" followed by a verb opens a
 * relative clause ("told a story that moved"), not what was told.
 */
const TOLD_AUDIENCE =
  /^\s+((?:(?!that\b)[\p{L}\p{M}'’.-]+\s+){0,4}(?!that\b)[\p{L}\p{M}'’.-]+)(?=\s+that\b(?!\s+(?:\p{Ll}+ed|was|were|is|are|had|has|have|would|will|could|can|may|might|should|must)\b)|\s*[:,])/u;

/** How far whom the speaker told reaches into `rest`, the text right after "told". */
function toldObjectLength(rest: string): number {
  const audience = TOLD_AUDIENCE.exec(rest);
  if (audience && (!/\s/.test(audience[1]!) || looksLikeSpeaker(audience[1]!))) return audience[0].length;
  return TOLD_OBJECT.exec(rest)?.[0].length ?? 0;
}

/** Between the cue and the content: "on Tuesday", "in a statement", then "that", ":" or ",". */
const CUE_TO_CONTENT = /^(?:\s+(?:in|on|at|during)\s+[^,:"“]{1,50}?(?=\s*(?:,|:|\bthat\b)))?(?:\s*:|\s*,|\s+that\b)?\s*/u;

/** A second cue right after the first: "denied that, insisting that ...", "responded, saying ...". */
const PARTICIPLE_CUE = /^(?:,\s*)?(insisting|saying|adding|arguing|noting|claiming|explaining|stressing|warning)\s+(?:that\s+)?/i;

const FRAMING_PHRASE = new RegExp(FRAMING_PHRASE_PATTERN, "i");

const ANY_CUE = new RegExp(String.raw`\b(?:${SPEECH_VERB_PATTERN}|according to)\b`, "i");

/** Could this text hold a speech frame at all? Cheap enough to ask before looking for one. */
export function mayHoldCue(s: string): boolean {
  return ANY_CUE.test(s);
}

/**
 * The speech frame that governs a whole sentence, if there is one. `sentence` is a span of
 * `text`; every returned span is an offset into `text`. `holdsCue`: the caller has found
 * with mayHoldCue that the sentence holds a cue, and it is not asked again.
 */
export function findSentenceFrame(text: string, sentence: Span, holdsCue = false): FramedSentence | undefined {
  const s = text.slice(sentence.start, sentence.end);
  if (!holdsCue && !ANY_CUE.test(s)) return undefined;
  return trailingFrame(text, s, sentence.start) ?? leadingFrame(s, sentence.start);
}

function trailingFrame(text: string, s: string, base: number): FramedSentence | undefined {
  // Try each comma from the right: the frame follows the last comma that opens one.
  for (let comma = s.lastIndexOf(","); comma > 0; comma = s.lastIndexOf(",", comma - 1)) {
    const after = s.slice(comma + 1);
    const contentEnd = base + comma;
    const trailing = TRAILING_FRAME.exec(after);
    const g = trailing && trailingGroups(trailing);
    if (g && looksLikeSpeaker(g.speaker) && TAIL_WORDS.test(g.tail) && !TAIL_CLAUSE.test(g.tail)) {
      const speakerStart = base + comma + 1 + after.indexOf(g.speaker);
      const frame: SpeechFrame = {
        source: g.speaker,
        sourceSpan: { start: speakerStart, end: speakerStart + g.speaker.length },
        cue: g.cue,
        frameSpan: { start: contentEnd, end: base + s.length },
      };
      const framing = framingIn(s);
      if (framing) frame.framing = framing;
      const result: FramedSentence = { frame, content: trimContent(text, { start: base, end: contentEnd }) };
      if (g.rest && g.addCue) {
        const restStart = base + comma + 1 + after.lastIndexOf(g.rest);
        frame.frameSpan = { start: contentEnd, end: restStart };
        result.added = { content: trimContent(text, { start: restStart, end: base + s.length }), cue: g.addCue };
      }
      return result;
    }
    const inverted = mayOpenInverted(after) ? INVERTED_FRAME.exec(after) : null;
    if (inverted && looksLikeSpeaker(inverted[2]!)) {
      const g = { cue: inverted[1]!, speaker: inverted[2]! };
      const speakerStart = base + comma + 1 + after.indexOf(g.speaker, after.indexOf(g.cue) + g.cue.length);
      const frame: SpeechFrame = {
        source: g.speaker,
        sourceSpan: { start: speakerStart, end: speakerStart + g.speaker.length },
        cue: g.cue.toLowerCase(),
        frameSpan: { start: contentEnd, end: base + s.length },
      };
      const framing = framingIn(s);
      if (framing) frame.framing = framing;
      return { frame, content: trimContent(text, { start: base, end: contentEnd }) };
    }
    // A comma inside the content: keep looking further left only while the tail is short.
    if (s.length - comma > 240) break;
  }
  return undefined;
}

function leadingFrame(s: string, base: number): FramedSentence | undefined {
  const according = LEADING_ACCORDING.exec(s);
  if (according?.groups && looksLikeSpeaker(according.groups.speaker!)) {
    const g = according.groups;
    const speakerStart = base + according.index + according[0].indexOf(g.speaker!, g.cue!.length);
    const end = base + according.index + according[0].length;
    return {
      frame: {
        source: g.speaker!,
        sourceSpan: { start: speakerStart, end: speakerStart + g.speaker!.length },
        cue: "according to",
        frameSpan: { start: base, end },
      },
      content: { start: end, end: base + s.length },
    };
  }
  const leading = LEADING_FRAME.exec(s);
  if (!leading) return undefined;
  const g = leadingGroups(leading);
  if (!looksLikeSpeaker(g.speaker)) return undefined;
  let offset = leading.index + leading[0].length;
  if (TOLD_CUES.has(g.cue)) offset += toldObjectLength(s.slice(offset));
  offset += CUE_TO_CONTENT.exec(s.slice(offset))?.[0].length ?? 0;
  // "Boyle denied that, insisting that CONTENT": the participle's cue governs what follows.
  const participle = PARTICIPLE_CUE.exec(s.slice(offset));
  if (participle) offset += participle[0].length;
  const content = s.slice(offset).trim();
  // Counted only up to three: the content may run on for many words.
  if (splitWordCount(content, 3) < 3) return undefined;
  // "Northfield Bank reported a 23 per cent drop in profit": the cue takes a noun phrase, not a
  // clause, so the claim is the whole report, still in the speaker's name.
  const reportsObject = OBJECT_CUES.has(g.cue) && !participle && /^(?:an?|the|its|their|his|her|record|\d)\b/i.test(content) &&
    !/\bthat\s*$/i.test(s.slice(0, offset));
  const speakerStart = base + leading.index + leading[0].indexOf(g.speaker);
  // "their manager, Ruth Okafor, admitted ...": the name in apposition is who spoke.
  const source = g.name ?? g.speaker;
  const sourceStart = g.name ? base + leading.index + leading[0].indexOf(g.name, g.speaker.length) : speakerStart;
  const frame: SpeechFrame = {
    source,
    sourceSpan: { start: sourceStart, end: sourceStart + source.length },
    cue: participle?.[1]?.toLowerCase() ?? g.cue,
    frameSpan: { start: speakerStart, end: base + offset },
  };
  const framing = framingIn(s);
  if (framing) frame.framing = framing;
  return { frame, content: { start: reportsObject ? speakerStart : base + offset, end: base + s.length } };
}

// LEADING_FRAME reads its cue case-sensitively, as one of the lower-case forms of
// SPEECH_VERB_PATTERN, so these are looked up rather than matched with /^(?:...)$/i.
const TOLD_CUES: ReadonlySet<string> = new Set(["told", "tells", "tell"]);

/** Cues that take what was reported as their object: "reported a loss", "announced 1,500 job cuts". */
const OBJECT_CUES: ReadonlySet<string> = new Set(
  ["reported", "reports", "announced", "announces", "confirmed", "confirms", "estimated", "estimates", "revealed", "reveals", "disclosed", "posted"],
);

function framingIn(s: string): string | undefined {
  return FRAMING_PHRASE.exec(s)?.[0];
}

/** Drops white space and closing punctuation that belong to the frame, keeping quote marks balanced. */
function trimContent(text: string, range: Span): Span {
  let { start, end } = range;
  // Tested by code, not by regexes on a one-character string per step.
  while (start < end && isOpeningToDrop(text.charCodeAt(start))) start++;
  while (end > start && isClosingToDrop(text.charCodeAt(end - 1))) end--;
  while (start < end && isWhiteSpace(text.charCodeAt(start))) start++;
  return { start, end };
}

/** `[\s”'‘’(]`: what the content loses at its start; `"` and `“` open its quote and stay. */
function isOpeningToDrop(code: number): boolean {
  return code === 0x201d || code === 0x27 || code === 0x2018 || code === 0x2019 || code === 0x28 || isWhiteSpace(code);
}

/** `[\s,;.!?]`. */
function isClosingToDrop(code: number): boolean {
  return code === 0x2c || code === 0x3b || code === 0x2e || code === 0x21 || code === 0x3f || isWhiteSpace(code);
}
