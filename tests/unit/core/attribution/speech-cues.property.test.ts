import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { findSentenceFrame, lastCueStart, looksLikeSpeaker } from "../../../../src/core/attribution/find-attribution.ts";
import { SPEECH_VERB_PATTERN } from "../../../../src/core/attribution/cues.ts";
import { ALWAYS_CONTINUE } from "../../../../src/core/sentences/abbreviations.ts";

// Pieces that make speech frames, near-misses of cue words and speaker phrases.
const pieces = [
  "said", "Said", "SAID", "unsaid", "saidx", "said_", "says", "told", "reporters", "according", "to", "According to",
  "expressed", "concern", "concerns", "voiced", "expressed concern", "claimed", "estimated", "announced", "adding", "that",
  "the", "ministry", "Interior", "Ministry", "officials", "police", "Ana", "Ferreira", "Dr.", "U.S.", "minister's", "O’Brien’s",
  "of", "for", "in", "on", "with", "into", "is", "was", "made", "criticised", "the alleged", "128", "people", "were", "detained",
  "on Monday", "in a statement", "without evidence,", ",", ", ", ";", ".", "\"", "“", "”", "é", "-", "\n", "  ",
];
const sentence = fc.array(fc.constantFrom(...pieces), { minLength: 1, maxLength: 40 }).map((parts) => parts.join(" "));

/** The old formulation: every position where the cue pattern matches, the last of them. */
function lastCueStartOracle(s: string): number {
  const cue = new RegExp(String.raw`\b(?:${SPEECH_VERB_PATTERN}|according to)\b`, "iy");
  let last = -1;
  for (let i = 0; i < s.length; i++) {
    cue.lastIndex = i;
    if (cue.test(s)) last = i;
  }
  return last;
}

/** looksLikeSpeaker as it was before the word-count and replace shortcuts. */
function looksLikeSpeakerOracle(phrase: string): boolean {
  const trimmed = phrase.trim();
  if (trimmed.length === 0 || trimmed.length > 90) return false;
  if (/^(?:he|she|they|we|i|it)$/i.test(trimmed)) return true;
  const words = trimmed.split(/\s+/);
  if (words.length > 9) return false;
  const withoutDots = trimmed.includes(".")
    ? trimmed.replace(/\b(\p{L}{1,5})\.(?=\s|\p{Lu}|$)/gu, (whole, word: string) =>
        word.length === 1 || ALWAYS_CONTINUE.has(word.toLowerCase()) ? word : whole,
      )
    : trimmed;
  const withoutPossessives = withoutDots.replace(/['’]s\b/g, "");
  const notInSpeaker =
    /\b(?:that|which|whose|when|where|while|because|although|after|before|if|is|are|was|were|be|been|began|begun|has|have|had|will|would|can|could|may|might|should|must|did|does|do|not|no|to|into|from)\b|[.;:!?"“”]/i;
  if (notInSpeaker.test(withoutPossessives.replace(/\b(?:of|for|at|in|on|with)\b/g, ""))) return false;
  const verbInPhrase =
    /\b(?:made|gave|took|went|met|told|said|began|held|won|lost|led|left|brought|sent|spoke|wrote|became|came|saw|found|kept|put|ran|stood|got|paid|sold|thought|knew|hit|struck|fled|rose|fell|built|bought|caught|drove|flew|grew|heard|meant|sat|shot|spent|taught|threw|understood|wore)\b|(?<!\b(?:the|a|an|some|many|several|most|two|three|four|five|its|his|her|their|our|other)\s+)\b\p{Ll}{3,}(?:ed|ised|ized)\b/u;
  if (verbInPhrase.test(withoutPossessives)) return false;
  if (words.length === 1 && /^\p{Ll}/u.test(trimmed)) return /s$|^police$|^authorities$/i.test(trimmed);
  return !/\b(?:the|a|an|of|for|at|in|on|with|and|or|by)$/i.test(trimmed);
}

describe("lastCueStart", () => {
  it("finds where the last cue starts, whole words only, in any case", () => {
    expect(lastCueStart("Prices rose, the bank said.")).toBe(22);
    expect(lastCueStart("She SAID it was unsaid")).toBe(4);
    expect(lastCueStart("Nobody was unsaid or saidx.")).toBe(-1);
    expect(lastCueStart("It rose, according to the bank")).toBe(9);
    expect(lastCueStart("They expressed concern about it")).toBe(5);
    expect(lastCueStart("They expressed concernment")).toBe(-1);
  });

  it("agrees with trying the cue pattern at every position", () => {
    fc.assert(fc.property(sentence, (s) => {
      expect(lastCueStart(s)).toBe(lastCueStartOracle(s));
    }), { numRuns: 2000 });
  });
});

describe("looksLikeSpeaker", () => {
  it("agrees with the formulation that split the words and dropped prepositions first", () => {
    const phrase = fc.array(fc.constantFrom(...pieces), { minLength: 1, maxLength: 10 }).map((parts) => parts.join(" "));
    fc.assert(fc.property(phrase, (p) => {
      expect(looksLikeSpeaker(p)).toBe(looksLikeSpeakerOracle(p));
    }), { numRuns: 3000 });
  });
});

describe("trailing frames", () => {
  it("finds the same frame when commas after the last cue are skipped as when every comma is tried", () => {
    fc.assert(
      fc.property(sentence, (s) => {
        const span = { start: 0, end: s.length };
        expect(findSentenceFrame(s, span)).toEqual(findSentenceFrame(s, span, Number.MAX_SAFE_INTEGER));
      }),
      { numRuns: 2000 },
    );
  });
});
