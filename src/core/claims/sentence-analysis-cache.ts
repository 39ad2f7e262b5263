/**
 * The context-free analysis of one sentence (its figures, claim drafts and date mentions),
 * kept per article by the sentence's text. Photo galleries repeat whole caption paragraphs,
 * and a repeat is analysed once and moved to its new offset. Speakers and days are still
 * resolved at each occurrence, because they depend on what comes before it.
 */
import type { Quantity } from "../../../claim-schemas/claim-set.ts";
import type { DateMention } from "../dates/find-date-mentions.ts";
import type { Span } from "../text/span.ts";
import { draftWith, frameWith, type ClaimDraft } from "./split-clauses.ts";

export interface SentenceAnalysis {
  quantities: Quantity[];
  drafts: ClaimDraft[];
  mentions: DateMention[];
}

const move = (span: Span, by: number): Span => ({ start: span.start + by, end: span.end + by });

function moveAnalysis(analysis: SentenceAnalysis, by: number): SentenceAnalysis {
  if (by === 0) return analysis;
  const moved = new Map<ClaimDraft, ClaimDraft>();
  const drafts = analysis.drafts.map((draft) => {
    const copy = draftWith(draft, { span: move(draft.span, by) });
    if (draft.frame) {
      copy.frame = frameWith(draft.frame, { sourceSpan: move(draft.frame.sourceSpan, by) });
      if (draft.frame.frameSpan) copy.frame.frameSpan = move(draft.frame.frameSpan, by);
    }
    if (draft.omit) copy.omit = draft.omit.map((part) => move(part, by));
    if (draft.antecedent) copy.antecedent = move(draft.antecedent, by);
    moved.set(draft, copy);
    return copy;
  });
  for (const copy of drafts) {
    if (copy.dateFrom) copy.dateFrom = { draft: moved.get(copy.dateFrom.draft) ?? copy.dateFrom.draft, dayOffset: copy.dateFrom.dayOffset };
  }
  return {
    quantities: analysis.quantities.map((quantity) => ({ ...quantity, span: move(quantity.span, by) })),
    drafts,
    mentions: analysis.mentions.map((mention) => ({ ...mention, span: move(mention.span, by) })),
  };
}

interface Analysed {
  sentence: string;
  start: number;
  analysis: SentenceAnalysis;
}

export class SentenceAnalysisCache {
  /**
   * Keyed by length, then compared: most sentences of an article differ in length, so the
   * text is compared only for the few that do not, and never hashed.
   */
  private readonly byLength = new Map<number, Analysed[]>();

  constructor(private readonly text: string) {}

  analyse(range: Span, compute: () => SentenceAnalysis): SentenceAnalysis {
    const length = range.end - range.start;
    let sameLength = this.byLength.get(length);
    // Compared as a slice (for all but the shortest, V8 makes a view of the text, not a copy):
    // startsWith at an offset reads character by character, over ten times slower for a
    // sentence. The first character turns away most sentences of the same length first.
    const sentence = this.text.slice(range.start, range.end);
    const firstCode = this.text.charCodeAt(range.start);
    const known = sameLength?.find((earlier) => earlier.sentence.charCodeAt(0) === firstCode && earlier.sentence === sentence);
    if (known) return moveAnalysis(known.analysis, range.start - known.start);
    const analysis = compute();
    if (!sameLength) this.byLength.set(length, (sameLength = []));
    sameLength.push({ sentence, start: range.start, analysis });
    return analysis;
  }
}
