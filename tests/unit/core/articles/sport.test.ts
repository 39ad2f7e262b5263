/** A British sport story: scores, periods of play, a quote continued in its own sentence, an apposed speaker. */
import { describe, expect, it } from "vitest";
import { claimWith, expectAnchored, extract, noClaimWith, speakerOf } from "./extract.ts";

const STORY = `date 2023-10-30
Harris hat-trick sends Rovers top
Jamie Harris scored three times in 11 minutes as Bristol Rovers beat Exeter 4-1 on Saturday to go top of League One.
The 24-year-old striker now has 14 goals in 15 league games this season.
"I've never felt this sharp," Harris said after the match. "The lads keep putting it on a plate for me."
Manager Tom Ellis said a crowd of more than 9,000 had "carried the team" in the second half.
Exeter have lost six of their last eight matches, and their manager, Ruth Okafor, admitted her side had been "second best all over the pitch".
Rovers face Port Vale on Tuesday.
(Photo by Dan Mullan/Getty Images)`;

describe("a sport story", () => {
  const extracted = extract(STORY);
  const { claims } = extracted;

  it("dates a Saturday match in a Monday paper and does not count the score", () => {
    const match = claimWith(claims, "scored three times");
    expect(match.date).toBe("2023-10-28");
    expect(match.quantities.map((q) => q.value)).toEqual([3, 11]);
  });

  it("states the player's age as a claim of its own", () => {
    expect(claimWith(claims, "is 24 years old").quantities).toMatchObject([{ value: 24, unit: "age" }]);
  });

  it("gives a quote continued in the next sentence to the same speaker", () => {
    const continued = claimWith(claims, "The lads keep");
    expect(continued.kind).toBe("quote");
    expect(continued.attribution).toMatchObject({ entity: "Jamie Harris", mode: "direct" });
  });

  it("does not count 'the second half' or 'second best'", () => {
    expect(claimWith(claims, "crowd of more than 9,000").quantities).toMatchObject([{ value: 9000, qualifier: "more-than" }]);
    expect(claimWith(claims, "second best").quantities).toEqual([]);
  });

  it("splits 'X, and their manager, Y, admitted Z' into the article's fact and Y's admission", () => {
    const run = claimWith(claims, "lost six of their last eight");
    expect(run.text).toBe("Exeter have lost six of their last eight matches");
    expect(speakerOf(run)).toBeNull();
    const admission = claimWith(claims, "second best");
    expect(admission.attribution).toMatchObject({ source: "Ruth Okafor", cue: "admitted" });
  });

  it("leaves the photo credit out and dates the next fixture forward", () => {
    noClaimWith(claims, "Getty");
    expect(claimWith(claims, "Port Vale").date).toBe("2023-10-31");
  });

  it("anchors every claim and figure", () => expectAnchored(extracted));
});
