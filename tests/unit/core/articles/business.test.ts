/** A British business story: "per cent", pounds with "bn", a dateline before a company's report. */
import { describe, expect, it } from "vitest";
import { claimWith, expectAnchored, extract, noClaimWith } from "./extract.ts";

const STORY = `date 2024-02-07
Northfield Bank profits fall as bad loans rise
LONDON — Northfield Bank reported a 23 per cent drop in annual profit on Wednesday, to £3.2bn, as provisions for bad loans almost doubled.
The lender, which employs around 58,000 people across Britain, said it would cut up to 1,500 jobs by the end of next year.
Chief executive Priya Raman said the bank had "turned a corner" and expected lending to grow by between 3% and 5% this year.
"We are not going to chase market share at any cost," she told analysts.
Shares fell 6.4 per cent in early trading in London.
The bank's customer deposits rose to £412 billion, according to its annual report.
Analysts at Hargreaves Lansdown had estimated that profit would come in at roughly £3.5bn.
Photograph: Alamy`;

describe("a business story", () => {
  const extracted = extract(STORY);
  const { claims } = extracted;

  it("keeps a company's report in its own name, without the dateline", () => {
    const profit = claimWith(claims, "23 per cent");
    expect(profit.text.startsWith("Northfield Bank reported")).toBe(true);
    expect(profit.attribution).toMatchObject({ source: "Northfield Bank", cue: "reported" });
    expect(profit.quantities).toMatchObject([
      { value: 23, unit: "percent" },
      { value: 3.2e9, unit: "GBP" },
    ]);
    expect(profit.date).toBe("2024-02-07");
  });

  it("resolves 'the lender' to the bank named before and reads 'up to'", () => {
    const cuts = claimWith(claims, "1,500 jobs");
    expect(cuts.attribution).toMatchObject({ source: "The lender", entity: "Northfield Bank", cue: "said" });
    expect(cuts.quantities).toMatchObject([{ value: 1500, qualifier: "at-most", counted: "jobs" }]);
  });

  it("reads a percentage range and resolves 'she' to the chief executive", () => {
    expect(claimWith(claims, "between 3% and 5%").quantities).toMatchObject([{ qualifier: "range", low: 3, high: 5, unit: "percent" }]);
    const quote = claimWith(claims, "chase market share");
    expect(quote.attribution).toMatchObject({ source: "she", entity: "Priya Raman", cue: "told", mode: "direct" });
  });

  it("gives an unattributed market move to the article and an estimate to the analysts", () => {
    expect(claimWith(claims, "Shares fell").attribution).toBeNull();
    expect(claimWith(claims, "Shares fell").quantities).toMatchObject([{ value: 6.4, unit: "percent" }]);
    const estimate = claimWith(claims, "£3.5bn");
    expect(estimate.attribution).toMatchObject({ entity: "Hargreaves Lansdown", cue: "estimated" });
    expect(estimate.quantities).toMatchObject([{ value: 3.5e9, qualifier: "approximately", unit: "GBP" }]);
  });

  it("reads 'according to' at the end and leaves the photo credit out", () => {
    expect(claimWith(claims, "£412 billion").attribution).toMatchObject({ source: "its annual report", cue: "according to" });
    noClaimWith(claims, "Alamy");
  });

  it("anchors every claim and figure", () => expectAnchored(extracted));
});
