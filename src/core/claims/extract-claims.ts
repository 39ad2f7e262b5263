/**
 * Article -> atomic claims. For each sentence that is not boilerplate: split it into claim
 * drafts (split-clauses.ts), then give each draft its figures, speaker, day, kind, score and
 * a statement that reads on its own. A claim repeated verbatim (photo captions repeat) is
 * kept once, with every place it occurs.
 */
import type { Article, Attribution, Claim, Quantity } from "../../../claim-schemas/claim-set.ts";
import { EntityIndex } from "../attribution/entities.ts";
import { findCaptionParagraphs } from "../boilerplate/find-boilerplate.ts";
import { findDateMentions, type DateMention } from "../dates/find-date-mentions.ts";
import { resolveMentionDate } from "../dates/resolve-mention-date.ts";
import { shiftDays } from "../dates/iso-day.ts";
import { detectTense } from "../dates/tense.ts";
import { findQuantities } from "../quantities/find-quantities.ts";
import { spanContains, spansOverlap, trimSpan, type Span } from "../text/span.ts";
import { isWhiteSpace } from "../text/words.ts";
import { checkworthiness, claimKind, type ClaimSignals } from "./score-claim.ts";
import { splitSentence, type ClaimDraft } from "./split-clauses.ts";
import { claimStatement } from "./claim-statement.ts";
import { SentenceAnalysisCache } from "./sentence-analysis-cache.ts";

const QUOTE_CONTEXT = 32;

export function quoteSelector(text: string, range: Span): Claim["quote"] {
  return {
    exact: text.slice(range.start, range.end),
    prefix: text.slice(Math.max(0, range.start - QUOTE_CONTEXT), range.start),
    suffix: text.slice(range.end, range.end + QUOTE_CONTEXT),
  };
}

export function newReview(): Claim["review"] {
  return { status: "unreviewed", reporting: "unchecked", evidence: [] };
}

/** A capitalised word after the first: the claim names someone or something. */
const NAME_INSIDE = /\s\p{Lu}\p{Ll}/u;
const PRONOUN_COUNTED = new Set(["them", "those", "these", "whom", "which"]);
const DATELINE = /^[\p{Lu}][\p{Lu} .,'’-]{1,40}(?:\([^)]{1,30}\))?\s*(?:--|—|–|-)\s+/u;
const SENTENCE_INITIAL_RELATIVE_DAY = /^\s*(?:(?:the|that)\s+(?:next|following|previous|same)\s+day\b|the day (?:before|after)\b)/i;

interface BuiltClaim {
  claim: Claim;
  /** With the kind, day and quoted words: what makes two claims the same claim. */
  speaker: string;
  date: string;
}

/** `captions`: findCaptionParagraphs(article.text), when the caller has it already. */
export function extractClaims(article: Article, captions: readonly Span[] = findCaptionParagraphs(article.text)): Claim[] {
  const { text } = article;
  const boilerplate = article.boilerplate ?? [];
  const paragraphStarts = firstSentencesOf(captions, article.sentences);
  let entityIndex: EntityIndex | undefined;
  const entities = () => (entityIndex ??= new EntityIndex(text));
  const claims = new ClaimsByKey(text);
  // The figures of the last claim built, a repeat or not: "39 of them" counts what it counted.
  let lastQuantities: readonly Quantity[] | undefined;
  let lastDate: string | undefined;
  // The direct quote just before: a quoted sentence that follows it in the same paragraph
  // with no frame of its own is the same speaker going on ("...," Harris said. "The lads ...").
  let lastQuote: { attribution: Attribution; end: number } | undefined;
  const cache = new SentenceAnalysisCache(text);

  for (const sentence of article.sentences) {
    const range = withoutBoilerplate(text, sentence, boilerplate);
    if (!range) continue;
    const analysis = cache.analyse(range, () => {
      const found = findQuantities(text, range);
      return {
        quantities: found,
        drafts: splitSentence({ text, sentence: range, quantities: found }),
        mentions: findDateMentions(text, range, article.date ? { articleDate: article.date } : {}),
      };
    });
    const { drafts, mentions } = analysis;
    const quantities = resolvePronounCounts(analysis.quantities, lastQuantities);
    const isCaption = captions.length > 0 && captions.some((paragraph) => spanContains(paragraph, range)) && isCaptionSentence(text, range, paragraphStarts);
    // Days by draft, for a draft dated from another ("X, a day after Y"): most sentences have none.
    const dates = drafts.some((draft) => draft.dateFrom !== undefined) ? new Map<ClaimDraft, string | undefined>() : undefined;
    const reference = mayOpenWithThe(text, range.start) && SENTENCE_INITIAL_RELATIVE_DAY.test(text.slice(range.start, range.end)) ? lastDate : undefined;

    const continued = drafts.length === 1 && !drafts[0]!.frame && lastQuote && continuesQuote(text, lastQuote.end, range) ? lastQuote : undefined;
    let quoteHere: Attribution | undefined;
    for (const draft of drafts) {
      const span = skipDateline(text, draft.span);
      if (span.end - span.start < 3) continue;
      const owned = quantities.filter((quantity) => ownerOf(quantity, drafts) === draft);
      const attribution = continued ? { ...continued.attribution } : toAttribution(text, draft, entities);
      if (attribution?.mode === "direct") quoteHere = attribution;
      const statement = claimStatement(text, draft, span, attribution);
      if (!holdsWhiteSpace(statement)) continue; // one word is no claim
      const date = draftDate(text, draft, span, mentions, dates, article.date, reference ?? speechDate(draft, mentions, article.date));
      dates?.set(draft, date);
      if (date && draft.relation !== "age") lastDate = date;
      lastQuantities = owned;
      const signals: ClaimSignals = { text: statement, quantities: owned, attribution, isCaption, names: 0 };
      if (date) signals.date = date;
      // The kind is part of what makes two claims the same, so it comes before the repeat test;
      // it does not read `names`, which is worked out only for a claim that is kept.
      const kind = claimKind(signals);
      const speaker = attribution ? `${attribution.entity ?? attribution.source}` : "";
      // A repeat (captions repeat) only adds a place to the first: the rest is not worked out again.
      if (claims.addOccurrence(kind, speaker, date ?? "", span)) continue;
      signals.names = NAME_INSIDE.test(statement) ? 1 : 0;
      const claim: Claim = {
        id: `${article.id}-c${span.start}-${span.end}`,
        articleId: article.id,
        text: statement,
        span,
        quote: quoteSelector(text, span),
        kind,
        checkworthiness: checkworthiness(signals),
        quantities: owned,
        attribution,
        occurrences: [span],
        review: newReview(),
      };
      if (date) claim.date = date;
      claims.add(claim, speaker, date ?? "");
    }
    lastQuote = quoteHere ? { attribution: quoteHere, end: range.end } : undefined;
  }
  return claims.inOrder;
}

/** The sentence without the boilerplate inside it (a credit glued to a caption), or nothing. */
function withoutBoilerplate(text: string, sentence: Span, boilerplate: readonly Span[]): Span | undefined {
  let { start, end } = sentence;
  for (const part of boilerplate) {
    if (!spansOverlap(part, { start, end })) continue;
    if (part.start <= start && part.end >= end) return undefined;
    if (part.start <= start) start = part.end;
    else if (part.end >= end) end = part.start;
  }
  const trimmed = trimSpan(text, { start, end });
  return trimmed.end - trimmed.start >= 3 ? trimmed : undefined;
}

/** Whether SENTENCE_INITIAL_RELATIVE_DAY could match at `start`: a "t" or "T", or white space before it. */
function mayOpenWithThe(text: string, start: number): boolean {
  const code = text.charCodeAt(start);
  return (code | 0x20) === 0x74 || isWhiteSpace(code);
}

/** `/\s/.test(s)`, without a regex call per statement. */
function holdsWhiteSpace(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (isWhiteSpace(s.charCodeAt(i))) return true;
  return false;
}

function skipDateline(text: string, span: Span): Span {
  // A dateline's second character is a capital, a space or punctuation: most spans are
  // turned away by a lower-case ASCII letter there before the pattern is tried.
  const second = text.charCodeAt(span.start + 1);
  if (second >= 0x61 && second <= 0x7a) return span;
  const dateline = DATELINE.exec(text.slice(span.start, span.end));
  return dateline ? { start: span.start + dateline[0].length, end: span.end } : span;
}

/** The start of the first sentence of each caption paragraph. */
function firstSentencesOf(paragraphs: readonly Span[], sentences: readonly Span[]): Set<number> {
  const starts = new Set<number>();
  let at = 0;
  for (const paragraph of paragraphs) {
    while (at < sentences.length && sentences[at]!.end <= paragraph.start) at++;
    if (at < sentences.length && spanContains(paragraph, sentences[at]!)) starts.add(sentences[at]!.start);
  }
  return starts;
}

/** A photo caption's scene sentence: the first of its paragraph, or one closing on a dateline. */
function isCaptionSentence(text: string, sentence: Span, paragraphStarts: ReadonlySet<number>): boolean {
  if (paragraphStarts.has(sentence.start)) return true;
  return /,\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),\s+\p{L}+\.?\s+\d{1,2},\s+\d{4}\.?$/u.test(
    text.slice(sentence.start, sentence.end),
  );
}

/** A figure belongs to the smallest draft that holds it: "including 30 students" owns the 30. */
function ownerOf(quantity: Quantity, drafts: readonly ClaimDraft[]): ClaimDraft | undefined {
  let owner: ClaimDraft | undefined;
  for (const draft of drafts) {
    if (!spanContains(draft.span, quantity.span)) continue;
    if (draft.omit?.some((part) => spanContains(part, quantity.span))) continue;
    if (!owner || draft.span.end - draft.span.start < owner.span.end - owner.span.start) owner = draft;
  }
  return owner;
}

/** "39 of them": them are what the sentence (or the last claim before it) counted first. */
function resolvePronounCounts(quantities: Quantity[], before: readonly Quantity[] | undefined): Quantity[] {
  // Most sentences count nothing by pronoun: keep their array rather than copy it.
  if (!quantities.some((quantity) => quantity.counted !== undefined && PRONOUN_COUNTED.has(quantity.counted))) return quantities;
  const known = (quantity: Quantity) => quantity.counted !== undefined && !PRONOUN_COUNTED.has(quantity.counted);
  return quantities.map((quantity, index) => {
    if (quantity.counted === undefined || !PRONOUN_COUNTED.has(quantity.counted)) return quantity;
    const antecedent =
      quantities.slice(0, index).find(known) ??
      before?.filter(known).at(-1);
    return antecedent?.counted ? { ...quantity, counted: antecedent.counted } : quantity;
  });
}

function toAttribution(text: string, draft: ClaimDraft, entities: () => EntityIndex): Attribution | null {
  const frame = draft.frame;
  if (!frame) return null;
  const source = frame.source.trim();
  const attribution: Attribution = {
    source,
    sourceSpan: frame.sourceSpan,
    cue: frame.cue,
    mode: isQuoted(text, draft.span) ? "direct" : "reported",
  };
  const entity = entities().resolve(source, frame.sourceSpan.start);
  if (entity) attribution.entity = entity;
  if (frame.framing) attribution.framing = frame.framing;
  return attribution;
}

/** A sentence wholly in quotation marks right after the quote ending at `after`, in the same paragraph. */
function continuesQuote(text: string, after: number, sentence: Span): boolean {
  if (/\S|\n/.test(text.slice(after, sentence.start))) return false;
  const s = text.slice(sentence.start, sentence.end);
  return /^["“]/.test(s) && /["”]$/.test(s) && !/["“”]/.test(s.slice(1, -1));
}

const STRAIGHT_QUOTE = 0x22;
const LEFT_QUOTE = 0x201c;
const RIGHT_QUOTE = 0x201d;

/** Direct speech: most of the span lies between quotation marks. */
function isQuoted(text: string, span: Span): boolean {
  if (!/["“”]/.test(text.slice(span.start, span.end)) && !/["“]\s*$/.test(text.slice(Math.max(0, span.start - 3), span.start))) {
    return false;
  }
  // Counted by character code: a regex test per character cost more than the rest of the claim.
  const paragraphStart = text.lastIndexOf("\n", span.start) + 1;
  let inside = false;
  let quoted = 0;
  for (let i = paragraphStart; i < span.end; i++) {
    const code = text.charCodeAt(i);
    if (code === LEFT_QUOTE) inside = true;
    else if (code === RIGHT_QUOTE) inside = false;
    else if (code === STRAIGHT_QUOTE) inside = !inside;
    else if (i >= span.start && inside && !isWhiteSpace(code)) quoted++;
  }
  // The span's characters other than white space and quotation marks.
  let letters = 0;
  for (let i = span.start; i < span.end; i++) {
    const code = text.charCodeAt(i);
    if (code !== LEFT_QUOTE && code !== RIGHT_QUOTE && code !== STRAIGHT_QUOTE && !isWhiteSpace(code)) letters++;
  }
  return letters > 0 && quoted / letters >= 0.6;
}

/** The day a speech frame was spoken on ("the ministry said on September 2"), for relative days. */
function speechDate(draft: ClaimDraft, mentions: readonly DateMention[], articleDate: string | undefined): string | undefined {
  const frameSpan = draft.frame?.frameSpan;
  if (!frameSpan) return undefined;
  const said = mentions.find((mention) => mention.precision === "day" && spanContains(frameSpan, mention.span));
  return said ? resolveMentionDate(said, articleDate) : undefined;
}

/**
 * The day a draft is about: its own adverbial date (or one modifying its antecedent), resolved
 * in the draft's tense against the reference day; else the linked draft's day shifted.
 */
function draftDate(
  text: string,
  draft: ClaimDraft,
  span: Span,
  mentions: readonly DateMention[],
  earlier: ReadonlyMap<ClaimDraft, string | undefined> | undefined,
  articleDate: string | undefined,
  referenceDate: string | undefined,
): string | undefined {
  const own = mentions.find(
    (mention) =>
      mention.precision === "day" &&
      mention.anchor !== undefined &&
      spanContains(span, mention.span) &&
      !draft.omit?.some((part) => spanContains(part, mention.span)) &&
      (mention.role === "adverbial" || (draft.antecedent !== undefined && spanContains(draft.antecedent, mention.span))),
  );
  if (own) {
    if (own.anchor!.kind === "calendar") return resolveMentionDate(own, articleDate);
    // Only a weekday's direction depends on the tense ("Saturday" before or after), so only
    // then is the clause read for it: an offset ("the previous day") is the same either way.
    const tense = own.anchor!.kind === "weekday" ? detectTense(text.slice(span.start, span.end)) : undefined;
    const date = resolveMentionDate(own, referenceDate ?? articleDate, tense);
    if (date) return date;
  }
  if (draft.dateFrom) {
    const linked = earlier?.get(draft.dateFrom.draft);
    if (linked) return shiftDays(linked, draft.dateFrom.dayOffset);
  }
  return undefined;
}

/**
 * The claims of an article in order, with claims of the same kind, speaker, day and quoted
 * words merged into the first. Grouped by the length of the quoted words, then compared field
 * by field: a joined key would copy every quote once more only to hash it, and most quotes of
 * an article differ in length. The joined key with NUL separators is what defines "the same",
 * so a text that holds a NUL (where fields could run into each other) still uses it.
 */
class ClaimsByKey {
  readonly inOrder: Claim[] = [];
  private readonly byLength = new Map<number, BuiltClaim[]>();
  private readonly byJoinedKey: Map<string, Claim> | undefined;

  constructor(private readonly text: string) {
    if (text.includes("\u0000")) this.byJoinedKey = new Map();
  }

  /** Adds `span` to an earlier claim with this key and returns true, or returns false when there is none. */
  addOccurrence(kind: Claim["kind"], speaker: string, date: string, span: Span): boolean {
    const first = this.find(kind, speaker, date, span);
    if (first) first.occurrences.push(span);
    return first !== undefined;
  }

  add(claim: Claim, speaker: string, date: string): void {
    this.inOrder.push(claim);
    if (this.byJoinedKey) {
      this.byJoinedKey.set(joinedKey(claim.kind, speaker, date, claim.quote.exact), claim);
      return;
    }
    const length = claim.quote.exact.length;
    const sameLength = this.byLength.get(length);
    if (sameLength) sameLength.push({ claim, speaker, date });
    else this.byLength.set(length, [{ claim, speaker, date }]);
  }

  private find(kind: Claim["kind"], speaker: string, date: string, span: Span): Claim | undefined {
    const { text } = this;
    if (this.byJoinedKey) return this.byJoinedKey.get(joinedKey(kind, speaker, date, text.slice(span.start, span.end)));
    const sameLength = this.byLength.get(span.end - span.start);
    if (sameLength === undefined) return undefined;
    // Compared as a slice, usually a view of the text: faster than startsWith at an offset (sentence-analysis-cache.ts).
    const exact = text.slice(span.start, span.end);
    const found = sameLength.find(
      (earlier) => earlier.claim.kind === kind && earlier.speaker === speaker && earlier.date === date && earlier.claim.quote.exact === exact,
    );
    return found?.claim;
  }
}

/** What makes two claims the same, as one string: kind, speaker, day and quoted words. */
function joinedKey(kind: Claim["kind"], speaker: string, date: string, exact: string): string {
  return `${kind}\u0000${speaker}\u0000${date}\u0000${exact}`;
}
