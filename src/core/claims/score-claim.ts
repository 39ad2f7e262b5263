/**
 * Kind and check-worthiness of a claim. A figure or an attributed factual statement ranks
 * high; opinion, questions, scene descriptions (captions) and credits rank low. The score is
 * a transparent sum of signals, not a model: each weight below says why it is there.
 */
import type { Attribution, Claim, Quantity } from "../../../claim-schemas/claim-set.ts";
import { endsWithQuestionMark, splitWordCount } from "../text/words.ts";

export interface ClaimSignals {
  text: string;
  quantities: readonly Quantity[];
  attribution: Attribution | null;
  date?: string;
  isCaption: boolean;
  /** Named people or organisations in the claim. */
  names: number;
}

const OPINION_WORDS = String.raw`should|ought to|must|we need|i think|i believe|in my view|beautiful|terrible|wonderful|awful|shameful|disgrace(?:ful)?|best|worst|great|amazing|wish|feel|feels`;
const HEDGE_WORDS = String.raw`may|might|could|perhaps|possibly|appears?|seems?|likely|unlikely|reportedly`;
const OPINION = new RegExp(String.raw`\b(?:${OPINION_WORDS})\b`, "i");
const HEDGE = new RegExp(String.raw`\b(?:${HEDGE_WORDS})\b`, "i");
/** Either: most claims hold neither, and one scan turns them away where two were made. */
const OPINION_OR_HEDGE = new RegExp(String.raw`\b(?:${OPINION_WORDS}|${HEDGE_WORDS})\b`, "i");
const FINITE_VERB = /\b(?:is|are|was|were|has|have|had|will|did|\p{L}{3,}ed|\p{L}{3,}s)\b/u;

export function claimKind(signals: ClaimSignals): Claim["kind"] {
  if (signals.isCaption) return "caption";
  if (signals.attribution?.mode === "direct") return "quote";
  if (signals.quantities.length > 0) return "quantity";
  if (signals.attribution) return "quote";
  if (FINITE_VERB.test(signals.text) && !endsWithQuestionMark(signals.text)) return "event";
  return "other";
}

export function checkworthiness(signals: ClaimSignals): number {
  const { text } = signals;
  let score = 0.3;
  if (signals.quantities.length > 0) score += 0.35; // figures are what fact-checkers check first
  if (signals.attribution) score += 0.15; // a named source can be asked and compared
  if (signals.attribution?.framing) score += 0.1; // the article itself doubts it
  if (signals.date) score += 0.05; // a dated event can be looked up
  if (signals.names > 0) score += 0.05; // a named actor makes it specific
  if (OPINION_OR_HEDGE.test(text)) {
    if (OPINION.test(text)) score -= 0.25; // opinion and feeling are not checkable
    if (HEDGE.test(text)) score -= 0.1;
  }
  if (endsWithQuestionMark(text)) score -= 0.3; // a question asserts nothing
  if (splitWordCount(text, 5) < 5) score -= 0.15; // fragments say little
  if (signals.isCaption) score = Math.min(score, 0.25); // a photo's scene, not a reported fact
  return Math.round(Math.min(1, Math.max(0, score)) * 100) / 100;
}
