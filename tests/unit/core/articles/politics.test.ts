/** An American politics story: wire dateline, titles with dots, speakers before and after their words. */
import { describe, expect, it } from "vitest";
import { claimWith, expectAnchored, extract, noClaimWith, speakerOf } from "./extract.ts";

const STORY = `date 2023-03-15
Senate passes budget after overnight session
WASHINGTON (AP) — The Senate voted 52-48 early Wednesday to approve a $1.7 trillion spending bill, ending a standoff that had threatened to shut down the government.
"This bill keeps the lights on and protects 2 million federal jobs," said Senate Majority Leader Dana Whitfield, a Democrat from Oregon.
Sen. Marcus Boyle, the Republican leader, called the package "reckless" and said it would add about $400 billion to the deficit over a decade.
According to the Congressional Budget Office, the measure raises defense spending by 8% compared with last year.
Whitfield told reporters on Tuesday that at least 12 Republicans had privately backed the deal.
Boyle denied that, insisting that no more than three members of his party would vote for it.
The House is expected to take up the bill next week.
Lisa Mascaro contributed to this report.`;

describe("a politics story", () => {
  const extracted = extract(STORY);
  const { claims } = extracted;

  it("reads dollar amounts with their scale and dates the vote by its weekday", () => {
    const vote = claimWith(claims, "The Senate voted");
    expect(vote.quantities).toMatchObject([{ value: 1.7e12, unit: "USD", qualifier: "exact" }]);
    expect(vote.date).toBe("2023-03-15");
    expect(vote.attribution).toBeNull();
  });

  it("attributes a quote that comes before its speaker, title stripped from the entity", () => {
    const quote = claimWith(claims, "keeps the lights on");
    expect(quote.kind).toBe("quote");
    expect(quote.attribution).toMatchObject({ source: "Senate Majority Leader Dana Whitfield", entity: "Dana Whitfield", cue: "said", mode: "direct" });
    expect(quote.quantities).toMatchObject([{ value: 2_000_000, counted: "jobs" }]);
  });

  it("gives the second verb of 'X, the leader, called ... and said Y' its own claim in X's name", () => {
    const deficit = claimWith(claims, "$400 billion");
    expect(deficit.text).toBe("It would add about $400 billion to the deficit over a decade");
    expect(deficit.attribution).toMatchObject({ entity: "Marcus Boyle", cue: "said", mode: "reported" });
    expect(deficit.quantities).toMatchObject([{ value: 4e11, qualifier: "approximately", unit: "USD" }]);
  });

  it("reads 'according to X' at the start of a sentence", () => {
    const cbo = claimWith(claims, "defense spending");
    expect(cbo.text).toBe("The measure raises defense spending by 8% compared with last year");
    expect(cbo.attribution).toMatchObject({ entity: "Congressional Budget Office", cue: "according to" });
    expect(cbo.quantities).toMatchObject([{ value: 8, unit: "percent" }]);
  });

  it("resolves a surname to the full name given earlier and reads 'told reporters that'", () => {
    const backers = claimWith(claims, "12 Republicans");
    expect(backers.attribution).toMatchObject({ source: "Whitfield", entity: "Dana Whitfield", cue: "told" });
    expect(backers.quantities).toMatchObject([{ value: 12, qualifier: "at-least" }]);
  });

  it("takes the cue of 'denied that, insisting that ...' from the participle", () => {
    const denial = claimWith(claims, "three members");
    expect(denial.text).toBe("No more than three members of his party would vote for it");
    expect(denial.attribution).toMatchObject({ entity: "Marcus Boyle", cue: "insisting" });
    expect(denial.quantities).toMatchObject([{ value: 3, qualifier: "at-most", counted: "members" }]);
  });

  it("leaves the contributor line out and ranks the forecast below the figures", () => {
    noClaimWith(claims, "contributed");
    expect(claimWith(claims, "The House is expected").checkworthiness).toBeLessThan(claimWith(claims, "$400 billion").checkworthiness);
    expect(speakerOf(claimWith(claims, "The House is expected"))).toBeNull();
  });

  it("anchors every claim and figure", () => expectAnchored(extracted));
});
