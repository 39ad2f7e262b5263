import { describe, expect, it } from "vitest";
import { mayHoldCue } from "../../../../src/core/attribution/find-attribution.ts";
import { SPEECH_ACT_CUES } from "../../../../src/core/claims/split-clauses.ts";
import { extractArticle } from "../../../../src/core/extract/extract-claim-set.ts";

// The speech-act splitter is skipped in a sentence with no speech cue unless it holds "made"
// or "accused": every other verb it reads must be a cue, or that sentence would lose its split.
describe("the speech-act splitter's gate", () => {
  it.each([...SPEECH_ACT_CUES.say, ...SPEECH_ACT_CUES.act])("counts %j as a speech cue", (verb) => {
    expect(mayHoldCue(`The mayor ${verb} it`)).toBe(true);
  });

  it.each([
    ["warned", "The minister criticised the budget and warned that 400 nurses would lose their jobs.", "warned"],
    ["made", "The minister criticised the budget and made the claim that 400 nurses would lose their jobs.", "claim"],
    ["accused", "The minister criticised the budget and accused the mayor of hiding 400 layoffs.", "accused"],
  ])("still splits a sentence whose second verb is %j", (_verb, sentence, cue) => {
    const { claims } = extractArticle({ raw: `date 2024-03-01\n${sentence}` });
    expect(claims.map((claim) => claim.text)[0]).toBe("The minister criticised the budget");
    expect(claims.map((claim) => claim.attribution?.cue)).toEqual([undefined, cue]);
  });
});
