/**
 * Splits one sentence into atomic claim drafts: one per checkable fact, each with its own
 * span. A sentence first loses its speech frame ("..., the ministry said, adding that ..."),
 * then each part is cut by the rules below, in order. Every rule needs both halves to carry
 * something (a verb, a figure), so an ordinary sentence stays whole.
 *
 *   temporal     "X, a day after Y"            -> X; Y (dated one day before X)
 *   speech verb  "S criticized X and made an unsubstantiated claim that Y" -> X; Y said by S
 *                "S, the party's leader, called X "reckless" and said Y"     -> X; Y said by S
 *   accusation   "S has rejected X, has repeatedly accused Z of Y"          -> X; "accused Z of Y" by S
 *   in a move    "... in a move S said was politically motivated"          -> the move, said by S
 *   described as "... in the face of what S described as Y"                 -> Y, framed by S
 *   relative     "an election that officials say handed L a sixth term"    -> said by officials
 *                "N journalists ... for six colleagues who were detained"  -> "six colleagues were detained"
 *   including    "95 people, including more than 30 students, are accused" -> 95 accused; 30 students accused
 *   contrast     "X, although Y" / "X; Y" / "X, but Y"                     -> X; Y
 *   coordination "X have broken out and strikes have hit Y"                -> X; Y
 *   age          "the embattled 66-year-old leader"                        -> "The leader is 66 years old"
 */
import type { Quantity } from "../../../claim-schemas/claim-set.ts";
import { ASSERTION_NOUN_PATTERN, FRAMING_ADJECTIVES } from "../attribution/cues.ts";
import { findSentenceFrame, looksLikeSpeaker, mayHoldCue, type SpeechFrame } from "../attribution/find-attribution.ts";
import { dayOffsetOfConnective } from "../dates/day-connectives.ts";
import { spanContains, type Span } from "../text/span.ts";
import { isWhiteSpace, splitWordCount } from "../text/words.ts";

export type Relation =
  | "main"
  | "added"
  | "temporal"
  | "speech"
  | "described-as"
  | "relative"
  | "including"
  | "contrast"
  | "coordinate"
  | "age";

export interface DraftFrame {
  source: string;
  sourceSpan: Span;
  cue: string;
  framing?: string;
  /** The frame's own words, where "said on September 2" dates the speech. */
  frameSpan?: Span;
}

export interface ClaimDraft {
  span: Span;
  relation: Relation;
  frame?: DraftFrame;
  /** The claim as a statement, when it is not the span's own text. */
  text?: string;
  /** Parts of the span left out of the statement (", including ...,"). */
  omit?: Span[];
  /** This draft's day is another's shifted: "X, a day after Y". */
  dateFrom?: { draft: ClaimDraft; dayOffset: number };
  /** A noun phrase whose date modifier dates this draft ("an August 9 election that ..."). */
  antecedent?: Span;
}

/**
 * Every draft is made by the one object literal in copyDraft, and every frame by the one in
 * copyFrame, each with every field in one order: all drafts share one hidden class, and so do
 * all frames. Their fields are read in the hot loops here and in extract-claims.ts, and a V8
 * property read that has seen many shapes (object spreads and optional fields each made new
 * ones) goes megamorphic and slow.
 */
function copyDraft(from: ClaimDraft): ClaimDraft {
  return {
    span: from.span, relation: from.relation, frame: from.frame, text: from.text, omit: from.omit, dateFrom: from.dateFrom,
    antecedent: from.antecedent,
  };
}

function copyFrame(from: DraftFrame): DraftFrame {
  return { source: from.source, sourceSpan: from.sourceSpan, cue: from.cue, framing: from.framing, frameSpan: from.frameSpan };
}

const NO_DRAFT = copyDraft({ span: { start: 0, end: 0 }, relation: "main" });
const NO_FRAME = copyFrame({ source: "", sourceSpan: { start: 0, end: 0 }, cue: "" });

function newDraft(fields: Pick<ClaimDraft, "span" | "relation"> & Partial<ClaimDraft>): ClaimDraft {
  return Object.assign(copyDraft(NO_DRAFT), fields);
}

/** A copy of `draft` with some fields changed. */
export function draftWith(draft: ClaimDraft, changes: Partial<ClaimDraft>): ClaimDraft {
  return Object.assign(copyDraft(draft), changes);
}

function newFrame(fields: Pick<DraftFrame, "source" | "sourceSpan" | "cue"> & Partial<DraftFrame>): DraftFrame {
  return Object.assign(copyFrame(NO_FRAME), fields);
}

/** A copy of `frame` with some fields changed. */
export function frameWith(frame: DraftFrame, changes: Partial<DraftFrame>): DraftFrame {
  return Object.assign(copyFrame(frame), changes);
}

interface SplitContext {
  text: string;
  sentence: Span;
  quantities: readonly Quantity[];
}

type Splitter = (draft: ClaimDraft, context: SplitContext) => ClaimDraft[] | undefined;

/**
 * A splitter and the keyword it needs. A keyword missing from the sentence is missing from
 * every part of it, so the splitter is skipped for the whole sentence: most sentences have none.
 */
interface GatedSplitter {
  keyword: RegExp;
  split: Splitter;
  /**
   * The splitter leaves a draft with a frame alone. Every draft of a framed sentence has one
   * when these run (children inherit it, new drafts bring their own), so it is skipped there.
   */
  frameless: boolean;
  /** The splitter looks for a speech cue in the draft, which a sentence without one cannot hold. */
  needsCue: boolean;
  /** The splitter runs on a sentence with a speech cue even without the keyword. */
  orCue: boolean;
}

function gated(keyword: RegExp, split: Splitter, options: { frameless?: boolean; needsCue?: boolean; orCue?: boolean } = {}): GatedSplitter {
  return { keyword, split, frameless: options.frameless ?? false, needsCue: options.needsCue ?? false, orCue: options.orCue ?? false };
}

const FINITE_VERB =
  /\b(?:is|are|was|were|has|have|had|will|would|did|does|do|can|could|may|might|shall|should|must|began|met|gave|took|went|said|made|held|won|lost|rose|fell|[\p{L}]{3,}ed|[\p{L}]{3,}s)\b/u;

export function splitSentence(context: SplitContext): ClaimDraft[] {
  const { text, sentence } = context;
  const sentenceText = slice(context, sentence);
  // Asked once here: findSentenceFrame would ask again, and so would the clause frames below.
  const hasCue = mayHoldCue(sentenceText);
  const framed = hasCue ? findSentenceFrame(text, sentence, true) : undefined;
  let drafts: ClaimDraft[];
  if (framed) {
    const frame = toDraftFrame(framed.frame);
    drafts = [newDraft({ span: framed.content, relation: "main", frame })];
    if (framed.added) {
      drafts.push(newDraft({ span: framed.added.content, relation: "added", frame: frameWith(frame, { cue: framed.added.cue }) }));
    }
  } else {
    drafts = [newDraft({ span: sentence, relation: "main" })];
  }
  // Neighbouring splitters may share a keyword; the sentence is tested for it once.
  let lastKeyword: RegExp | undefined;
  let hasKeyword = false;
  for (const splitter of SPLITTERS) {
    if ((splitter.frameless && framed) || (splitter.needsCue && !hasCue)) continue;
    if (!(splitter.orCue && hasCue)) {
      if (splitter.keyword !== lastKeyword) hasKeyword = splitter.keyword.test(sentenceText);
      lastKeyword = splitter.keyword;
      if (!hasKeyword) continue;
    }
    let next: ClaimDraft[] | undefined;
    for (let index = 0; index < drafts.length; index++) {
      const draft = drafts[index]!;
      const split = splitter.split(draft, context);
      if (split) (next ??= drafts.slice(0, index)).push(...split);
      else next?.push(draft);
    }
    if (next) drafts = next;
  }
  // In a framed sentence every draft has a frame by now (or is an age), which clauseFrames keeps.
  if (drafts.length > 1 && hasCue && !framed) drafts = clauseFrames(drafts, context);
  // Every draft is part of the sentence: a tail the sentence lacks, no draft has.
  return COMMENTARY_TAIL.test(sentenceText) ? drafts.map((draft) => withoutCommentary(draft, context)) : drafts;
}

/** A clause cut from a longer sentence may carry its own speaker: "..., although L has said that X". */
function clauseFrames(drafts: readonly ClaimDraft[], context: SplitContext): ClaimDraft[] {
  const result: ClaimDraft[] = [];
  for (const draft of drafts) {
    const framed =
      draft.frame || draft.text !== undefined || draft.relation === "main" || draft.relation === "age"
        ? undefined
        : findSentenceFrame(context.text, draft.span);
    if (!framed) {
      result.push(draft);
      continue;
    }
    const frame = toDraftFrame(framed.frame);
    result.push(draftWith(draft, { span: framed.content, frame }));
    if (framed.added) result.push(newDraft({ span: framed.added.content, relation: "added", frame: frameWith(frame, { cue: framed.added.cue }) }));
  }
  return result;
}

const COMMENTARY_TAIL = /,\s+(?:stoking|prompting|raising|sparking|fuelling|fueling|triggering|deepening|heightening|underscoring|highlighting)\b/u;

/** ", stoking fears that ...": the article's comment on what was said, not part of it. */
function withoutCommentary(draft: ClaimDraft, context: SplitContext): ClaimDraft {
  if (draft.text !== undefined || !slice(context, draft.span).includes(", ")) return draft;
  const tail = COMMENTARY_TAIL.exec(slice(context, draft.span));
  if (!tail || wordCount(slice(context, { start: draft.span.start, end: draft.span.start + tail.index })) < 4) return draft;
  return draftWith(draft, { span: trimmed(context, { start: draft.span.start, end: draft.span.start + tail.index }) });
}

function toDraftFrame(frame: SpeechFrame): DraftFrame {
  const draftFrame = newFrame({ source: frame.source, sourceSpan: frame.sourceSpan, cue: frame.cue, frameSpan: frame.frameSpan });
  if (frame.framing) draftFrame.framing = frame.framing;
  return draftFrame;
}

// --- helpers -------------------------------------------------------------------------------

function slice(context: SplitContext, range: Span): string {
  return context.text.slice(range.start, range.end);
}

function wordCount(s: string): number {
  const trimmed = s.trim();
  return trimmed.length === 0 ? 0 : splitWordCount(trimmed);
}

function isClause(s: string): boolean {
  return wordCount(s) >= 4 && FINITE_VERB.test(s);
}

function hasQuantity(context: SplitContext, range: Span): boolean {
  return context.quantities.some((quantity) => spanContains(range, quantity.span));
}

/** `[\s,;:]`: tested by code, not by a regex on a one-character string per step. */
function isSeparator(code: number): boolean {
  return code === 0x2c || code === 0x3b || code === 0x3a || isWhiteSpace(code);
}

/** `.`, `!` or `?`. */
function isStop(code: number): boolean {
  return code === 0x2e || code === 0x21 || code === 0x3f;
}

function trimmed(context: SplitContext, range: Span): Span {
  let { start, end } = range;
  const { text } = context;
  while (start < end && isSeparator(text.charCodeAt(start))) start++;
  while (end > start && (isSeparator(text.charCodeAt(end - 1)) || isStop(text.charCodeAt(end - 1)))) end--;
  return { start, end };
}

/** The first match of `pattern` in the draft, with offsets into the article text. */
function findIn(context: SplitContext, draft: ClaimDraft, pattern: RegExp): { index: number; match: RegExpExecArray } | undefined {
  pattern.lastIndex = 0;
  const match = pattern.exec(slice(context, draft.span));
  return match ? { index: draft.span.start + match.index, match } : undefined;
}

function child(parent: ClaimDraft, span: Span, relation: Relation, extra: Partial<ClaimDraft> = {}): ClaimDraft {
  const draft = newDraft({ span, relation, ...extra });
  if (!draft.frame && parent.frame) draft.frame = parent.frame;
  return draft;
}

/** The start of the noun phrase that ends at `end`: a figure close before it, else its determiner. */
function nounPhraseStart(context: SplitContext, end: number, floor: number): number {
  const { text } = context;
  const window = Math.max(floor, end - 90);
  const lastComma = text.lastIndexOf(",", end - 1);
  const from = Math.max(window, lastComma + 1);
  const figure = context.quantities.find((quantity) => quantity.span.start >= from && quantity.span.end <= end);
  if (figure) return figure.span.start;
  const before = text.slice(from, end);
  const determiners = [...before.matchAll(/\b(?:a|an|the|its|their|his|her|our|this|that|these|those)\s/gi)];
  const last = determiners.at(-1);
  return last ? from + last.index : from;
}

// --- the rules -----------------------------------------------------------------------------

// The group is numbered, not named: V8 builds a groups object for every match of a named one.
const TEMPORAL =
  /,\s+((?:(?:a|one|two|three|four|five|six|seven|several|just|only|barely)\s+)?(?:days?|weeks?|hours?|months?)\s+(?:after|before)|the (?:day|week) (?:after|before)|shortly (?:after|before)|soon after|after|before|when)\s+/gi;

const TIME_PHRASE =
  /\b(?:in|during|on|over|at|throughout)\s+(?:the\s+)?(?:(?:first|last|following|previous|next|same)\s+)?(?:days?|weeks?|months?|hours?|years?|night|morning|evening|weekend|period|run-up|aftermath)\b[^,;]*$/iu;

const splitTemporal: Splitter = (draft, context) => {
  const s = slice(context, draft.span);
  TEMPORAL.lastIndex = 0;
  for (let match = TEMPORAL.exec(s); match; match = TEMPORAL.exec(s)) {
    const connective = match[1]!.toLowerCase();
    const left: Span = trimmed(context, { start: draft.span.start, end: draft.span.start + match.index });
    const right: Span = trimmed(context, { start: draft.span.start + match.index + match[0].length, end: draft.span.end });
    const offset = dayOffsetOfConnective(connective);
    const dayLinked = offset !== undefined && /day|week/.test(connective);
    if (!isClause(slice(context, left)) || !isClause(slice(context, right))) continue;
    if (!dayLinked && !hasQuantity(context, right)) continue;
    const first = child(draft, left, draft.relation);
    const second = child(draft, right, "temporal");
    if (dayLinked) second.dateFrom = { draft: first, dayOffset: offset };
    // "... in the days after the election, when 7,000 were detained": the when-clause needs that time.
    const period = connective === "when" ? TIME_PHRASE.exec(slice(context, left)) : null;
    if (period) second.text = `${slice(context, right)} ${period[0].trim()}`;
    return [first, second];
  }
  return undefined;
};

/**
 * The verbs of SPEECH_ACT other than "made" and "accused". Each is a speech cue (SPEECH_VERBS,
 * checked in the tests), and SPEECH_ACT reads it as a whole word, so a sentence where
 * mayHoldCue finds no cue holds none of them: the splitter's keyword need only find the other two.
 */
export const SPEECH_ACT_CUES = {
  say: ["said", "argued", "added", "noted", "admitted", "conceded", "predicted", "estimated", "told"],
  act: ["alleged", "claimed", "insisted", "warned", "denied"],
} as const;

const SPEECH_ACT = new RegExp(
  String.raw`(?:,\s*|\s+and\s+)(?<aux>(?:(?:has|have|had|also|repeatedly|again|then|later)\s+){0,3})` +
    String.raw`(?<act>made\s+(?:an?\s+|the\s+)?(?<adj>(?:[\p{L}-]+\s+){0,2}?)(?<noun>${ASSERTION_NOUN_PATTERN})\s+that|` +
    String.raw`(?<say>${SPEECH_ACT_CUES.say.map((verb) => (verb === "told" ? String.raw`told\s+(?:reporters|journalists|\p{Lu}[\p{L}.-]*)` : verb)).join("|")})(?:\s+that)?|` +
    String.raw`accused|${SPEECH_ACT_CUES.act.join("|")})\b\s*`,
  "u",
);

/** The sentence's subject: the words before its first verb ("The senator", "Russian Foreign Minister Sergei Lavrov", "he"). */
const SUBJECT =
  /^\s*(?:(?:During|Throughout|In|On|At|Amid|After|Before|Meanwhile|Elsewhere|Later|Earlier)\b[^,]{0,60},\s+)?(?<subject>(?:[\p{L}'’.-]+\s+){0,5}?[\p{L}'’.-]+)(?=(?:,\s+(?:the|a|an|who|which)\b[^,;"“”]{1,80},)?\s+(?:has|have|had|was|were|is|are|also|repeatedly|again|made|said|told|\p{Ll}{3,}(?:ed|ised|ized))\b)/u;

const splitSpeechAct: Splitter = (draft, context) => {
  if (draft.frame) return undefined;
  const found = findIn(context, draft, SPEECH_ACT);
  if (!found) return undefined;
  const subject = SUBJECT.exec(slice(context, context.sentence));
  if (!subject?.groups?.subject || !looksLikeSpeaker(subject.groups.subject)) return undefined;
  const g = found.match.groups!;
  const left = trimmed(context, { start: draft.span.start, end: found.index });
  if (!isClause(slice(context, left))) return undefined;
  const subjectStart = context.sentence.start + subject[0].length - subject.groups.subject.length;
  // "made a claim that Y" and "and said (that) Y": the claim is Y itself.
  // "..., admitted" after a comma is a frame of its own, not the subject speaking again.
  if (g.say !== undefined && !/^\s+and\s/.test(found.match[0])) return undefined;
  const isAssertion = g.act!.startsWith("made") || g.say !== undefined;
  const contentStart = isAssertion ? found.index + found.match[0].length : found.index + found.match[0].indexOf(g.aux! + g.act!);
  const right = trimmed(context, { start: contentStart, end: draft.span.end });
  if (wordCount(slice(context, right)) < 3) return undefined;
  const adjectives = (g.adj ?? "").trim().toLowerCase().split(/\s+/).filter(Boolean);
  const frame = newFrame({
    source: subject.groups.subject,
    sourceSpan: { start: subjectStart, end: subjectStart + subject.groups.subject.length },
    cue: g.say !== undefined ? g.say.split(/\s/)[0]!.toLowerCase() : isAssertion ? g.noun!.toLowerCase() : g.act!.toLowerCase(),
  });
  const framingWords = adjectives.filter((word) => (FRAMING_ADJECTIVES as readonly string[]).includes(word));
  if (framingWords.length > 0) frame.framing = `${framingWords.join(" ")} ${g.noun!.toLowerCase()}`;
  const second = newDraft({ span: right, relation: "speech", frame });
  if (!isAssertion) second.text = `${subject.groups.subject} ${slice(context, { start: found.index + found.match[0].indexOf(g.aux! + g.act!), end: right.end })}`;
  return [child(draft, left, draft.relation), second];
};

const IN_A_MOVE =
  /\b(?:in|as)\s+(?:a|an)\s+(?<noun>move|step|decision|raid|attack|operation|case|campaign|crackdown|measure)\s+(?:that\s+|which\s+)?(?<speaker>[^,;]{2,60}?)\s+(?<cue>said|says|called|claimed|believes|believed|described as)\s+(?<verb>was|is|were|are|had been|has been|would be)\s+/u;

const splitInAMove: Splitter = (draft, context) => {
  const found = findIn(context, draft, IN_A_MOVE);
  if (!found) return undefined;
  const g = found.match.groups!;
  if (!looksLikeSpeaker(g.speaker!)) return undefined;
  const left = trimmed(context, { start: draft.span.start, end: found.index });
  if (!isClause(slice(context, left))) return undefined;
  const whole = trimmed(context, { start: found.index, end: draft.span.end });
  const rest = slice(context, { start: found.index + found.match[0].length, end: whole.end });
  const speakerStart = found.index + found.match[0].indexOf(g.speaker!, g.noun!.length);
  return [
    child(draft, left, draft.relation),
    newDraft({
      span: whole,
      relation: "speech",
      text: `The ${g.noun} ${g.verb} ${rest}`,
      frame: newFrame({ source: g.speaker!, sourceSpan: { start: speakerStart, end: speakerStart + g.speaker!.length }, cue: g.cue! }),
    }),
  ];
};

const DESCRIBED_AS =
  /\bwhat\s+(?<speaker>he|she|they|it|we|\p{Lu}[^,;]{0,40}?)\s+(?<cue>described as|called|termed|characterized as|characterised as|labelled|labeled|dubbed|referred to as)\s+/u;

const splitDescribedAs: Splitter = (draft, context) => {
  const found = findIn(context, draft, DESCRIBED_AS);
  if (!found) return undefined;
  const g = found.match.groups!;
  const afterCue = found.index + found.match[0].length;
  const clauseEnd = context.text.indexOf(",", afterCue);
  const end = clauseEnd === -1 || clauseEnd > draft.span.end ? draft.span.end : clauseEnd;
  const described = trimmed(context, { start: found.index, end });
  if (wordCount(slice(context, { start: afterCue, end })) < 2) return undefined;
  const speakerStart = found.index + found.match[0].indexOf(g.speaker!);
  const framing = found.match[0].trim();
  return [
    draft,
    newDraft({
      span: described,
      relation: "described-as",
      frame: newFrame({ source: g.speaker!, sourceSpan: { start: speakerStart, end: speakerStart + g.speaker!.length }, cue: g.cue!, framing }),
    }),
  ];
};

const RELATIVE_SPEECH =
  /\s(?<rel>that|which|who)\s+(?<speaker>[^,;"“”]{2,40}?)\s+(?<cue>say|says|said|claim|claims|claimed|believe|believes|allege|alleges|alleged|estimate|estimates|estimated|insist|insists)\s+(?!that\b)/u;

const splitRelativeSpeech: Splitter = (draft, context) => {
  const found = findIn(context, draft, RELATIVE_SPEECH);
  if (!found) return undefined;
  const g = found.match.groups!;
  if (!looksLikeSpeaker(g.speaker!) || /^(?:it|this)$/i.test(g.speaker!)) return undefined;
  const antecedentEnd = found.index;
  const antecedentStart = nounPhraseStart(context, antecedentEnd, draft.span.start);
  const afterCue = found.index + found.match[0].length;
  const clauseEnd = endOfClause(context, afterCue, draft.span.end);
  const left = trimmed(context, { start: draft.span.start, end: antecedentEnd });
  const whole = trimmed(context, { start: antecedentStart, end: clauseEnd });
  const predicate = slice(context, { start: afterCue, end: whole.end });
  if (wordCount(predicate) < 2) return undefined;
  const speakerStart = found.index + found.match[0].indexOf(g.speaker!, g.rel!.length + 1);
  const relative = newDraft({
    span: whole,
    relation: "relative",
    text: `${slice(context, { start: antecedentStart, end: antecedentEnd })} ${predicate}`,
    antecedent: { start: antecedentStart, end: antecedentEnd },
    frame: newFrame({ source: g.speaker!, sourceSpan: { start: speakerStart, end: speakerStart + g.speaker!.length }, cue: g.cue! }),
  });
  const drafts = isClause(slice(context, left)) ? [child(draft, left, draft.relation), relative] : [relative];
  const tail = trimmed(context, { start: clauseEnd, end: draft.span.end });
  if (isClause(slice(context, tail))) drafts.push(child(draft, tail, draft.relation));
  return drafts;
};

const RELATIVE_CLAUSE =
  /\s(?:who|that|which)\s+(?=(?:were|was|are|is|have|has|had|will|would|gave|handed|won|lost|killed|left|took|made|[\p{Ll}]{3,}ed)\b)/gu;

const splitRelativeWithFigure: Splitter = (draft, context) => {
  // The main clause must hold a figure, and it lies inside the draft.
  if (!hasQuantity(context, draft.span)) return undefined;
  const s = slice(context, draft.span);
  RELATIVE_CLAUSE.lastIndex = 0;
  for (let match = RELATIVE_CLAUSE.exec(s); match; match = RELATIVE_CLAUSE.exec(s)) {
    const relStart = draft.span.start + match.index;
    const antecedentStart = nounPhraseStart(context, relStart, draft.span.start);
    const clauseStart = relStart + match[0].length;
    const clauseEnd = endOfClause(context, clauseStart, draft.span.end);
    const antecedent: Span = { start: antecedentStart, end: relStart };
    const relativeClause: Span = { start: clauseStart, end: clauseEnd };
    const main: Span = { start: draft.span.start, end: antecedentStart };
    const figureInRelative = hasQuantity(context, relativeClause) || hasQuantity(context, antecedent);
    if (!figureInRelative || !hasQuantity(context, main) || !isClause(slice(context, main))) continue;
    const relative: ClaimDraft = child(draft, trimmed(context, { start: antecedentStart, end: clauseEnd }), "relative", {
      text: `${slice(context, antecedent)} ${slice(context, relativeClause)}`,
      antecedent,
    });
    return [child(draft, trimmed(context, { start: draft.span.start, end: relStart }), draft.relation), relative];
  }
  return undefined;
};

const INCLUDING = /,\s+(?:including|among them|among whom|of whom)\s+(?<np>[^,;]{3,90}),\s+(?<predicate>[^;]+)$/u;

const splitIncluding: Splitter = (draft, context) => {
  const found = findIn(context, draft, INCLUDING);
  if (!found) return undefined;
  const g = found.match.groups!;
  const npStart = found.index + found.match[0].indexOf(g.np!);
  const np: Span = { start: npStart, end: npStart + g.np!.length };
  if (!hasQuantity(context, np)) return undefined;
  const predicateStart = found.index + found.match[0].lastIndexOf(g.predicate!);
  const predicate = slice(context, trimmed(context, { start: predicateStart, end: endOfClause(context, predicateStart, draft.span.end) }));
  if (!isClause(`${g.np} ${predicate}`)) return undefined;
  const appositive: Span = { start: found.index, end: predicateStart - 1 };
  return [
    draftWith(draft, { omit: [...(draft.omit ?? []), appositive] }),
    child(draft, trimmed(context, np), "including", { text: `${g.np} ${predicate}` }),
  ];
};

const CONTRAST = /(?:,\s+(?:although|though|but|whereas|while)\s+|;\s+)/gu;

const splitContrast: Splitter = (draft, context) => {
  const s = slice(context, draft.span);
  CONTRAST.lastIndex = 0;
  for (let match = CONTRAST.exec(s); match; match = CONTRAST.exec(s)) {
    const left = trimmed(context, { start: draft.span.start, end: draft.span.start + match.index });
    const right = trimmed(context, { start: draft.span.start + match.index + match[0].length, end: draft.span.end });
    if (isClause(slice(context, left)) && isClause(slice(context, right)) && startsWithSubject(slice(context, right))) {
      return [child(draft, left, draft.relation), child(draft, right, "contrast")];
    }
  }
  return undefined;
};

const COORDINATED_CLAUSE =
  /\s+and\s+(?=(?:(?:the|a|an|some|many|most|other|its|his|her|their|several|police|\p{Lu}[\p{L}'’-]*)\s+)?(?:[\p{L}'’-]+\s+){0,3}?(?:have|has|had|were|was|are|is|will|would)\b)/gu;

const splitCoordinated: Splitter = (draft, context) => {
  const s = slice(context, draft.span);
  COORDINATED_CLAUSE.lastIndex = 0;
  for (let match = COORDINATED_CLAUSE.exec(s); match; match = COORDINATED_CLAUSE.exec(s)) {
    const left = trimmed(context, { start: draft.span.start, end: draft.span.start + match.index });
    const right = trimmed(context, { start: draft.span.start + match.index + match[0].length, end: draft.span.end });
    const rightText = slice(context, right);
    // "the rally and were detained": a shared subject, not a second clause.
    if (/^(?:have|has|had|were|was|are|is|will|would)\b/.test(rightText)) continue;
    if (isClause(slice(context, left)) && isClause(rightText)) {
      return [child(draft, left, draft.relation), child(draft, right, "coordinate")];
    }
  }
  return undefined;
};

const COORDINATED_SPEECH = /,\s+(?:and|but|while|whereas)\s+/g;

/** "Exeter have lost six of eight, and their manager, Ruth Okafor, admitted X" -> the loss; X said by Okafor. */
const splitCoordinatedSpeech: Splitter = (draft, context) => {
  if (draft.frame) return undefined;
  const s = slice(context, draft.span);
  COORDINATED_SPEECH.lastIndex = 0;
  for (let match = COORDINATED_SPEECH.exec(s); match; match = COORDINATED_SPEECH.exec(s)) {
    const left = trimmed(context, { start: draft.span.start, end: draft.span.start + match.index });
    const rightStart = draft.span.start + match.index + match[0].length;
    const framed = findSentenceFrame(context.text, { start: rightStart, end: draft.span.end });
    if (!framed || framed.frame.frameSpan.start > framed.frame.sourceSpan.start || !isClause(slice(context, left))) continue;
    if (framed.content.start < rightStart) continue; // a trailing frame: its content is the left part too
    const drafts = [child(draft, left, draft.relation), newDraft({ span: framed.content, relation: "speech", frame: toDraftFrame(framed.frame) })];
    if (framed.added) {
      drafts.push(newDraft({ span: framed.added.content, relation: "speech", frame: frameWith(toDraftFrame(framed.frame), { cue: framed.added.cue }) }));
    }
    return drafts;
  }
  return undefined;
};

const AGE_PHRASE = /^(?<age>\d{1,3}|[a-z]+(?:-[a-z]+)?)-year-old\s+(?<noun>[\p{Ll}-]+)/u;

const splitAge: Splitter = (draft, context) => {
  const ages = context.quantities.filter((quantity) => quantity.unit === "age" && spanContains(draft.span, quantity.span));
  if (ages.length === 0 || draft.relation === "age") return undefined;
  const drafts: ClaimDraft[] = [draft];
  for (const age of ages) {
    const phrase = AGE_PHRASE.exec(context.text.slice(age.span.start, age.span.start + 60));
    if (!phrase?.groups || age.value === undefined) continue;
    const span: Span = { start: age.span.start, end: age.span.start + phrase[0].length };
    drafts.push(newDraft({ span, relation: "age", text: `The ${phrase.groups.noun} is ${age.value} years old` }));
  }
  return drafts.length > 1 ? drafts : undefined;
};

function startsWithSubject(s: string): boolean {
  return /^(?:he|she|they|we|i|it|there|the|a|an|this|that|these|those|some|many|most|\p{Lu})/iu.test(s.trim());
}

/** Where the clause that starts at `from` ends: the next comma or semicolon that closes it. */
function endOfClause(context: SplitContext, from: number, limit: number): number {
  const rest = context.text.slice(from, limit);
  const stop = /[;]|,\s+(?:and|but|although|though|while|whereas|which|who|adding|saying|stoking|prompting|sparking)\b/.exec(rest);
  return stop ? from + stop.index : limit;
}

const RELATIVE_WORD = /\b(?:that|which|who) /;

const SPLITTERS: readonly GatedSplitter[] = [
  gated(/, /, splitTemporal),
  gated(/made|accused/, splitSpeechAct, { frameless: true, orCue: true }),
  gated(/\b(?:in|as) an? /, splitInAMove),
  gated(/\bwhat /, splitDescribedAs),
  gated(RELATIVE_WORD, splitRelativeSpeech),
  gated(RELATIVE_WORD, splitRelativeWithFigure),
  gated(/including|among|of whom/, splitIncluding),
  gated(/;|, (?:although|though|but|whereas|while) /, splitContrast),
  gated(/, (?:and|but|while|whereas) /, splitCoordinatedSpeech, { frameless: true, needsCue: true }),
  gated(/ and /, splitCoordinated),
  gated(/-year-old|aged /, splitAge),
];
