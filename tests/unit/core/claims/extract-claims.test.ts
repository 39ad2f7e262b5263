import { describe, expect, it } from "vitest";
import { extractArticle } from "../../../../src/core/extract/extract-claim-set.ts";
import type { Claim } from "../../../../claim-schemas/claim-set.ts";

function claimsOf(raw: string): Claim[] {
  return extractArticle({ raw }).claims;
}

/** The one claim whose text contains `fragment`. */
function claimWith(claims: readonly Claim[], fragment: string): Claim {
  const found = claims.filter((claim) => claim.text.toLowerCase().includes(fragment.toLowerCase()));
  if (found.length !== 1) {
    throw new Error(`expected one claim with "${fragment}", found ${found.length}:\n${claims.map((claim) => `  ${claim.text}`).join("\n")}`);
  }
  return found[0]!;
}

describe("atomic claims", () => {
  const raw =
    "date 2021-06-08\nIn Leeds, a total of 240 nurses, including more than 60 trainees, walked out on Monday over pay, the union said, adding that 35 of them will face disciplinary hearings.";
  const claims = claimsOf(raw);

  it("gives the main figure, the included figure and the added statement a claim each", () => {
    expect(claims).toHaveLength(3);
    expect(claimWith(claims, "240 nurses").quantities.map((q) => q.value)).toEqual([240]);
    expect(claimWith(claims, "more than 60 trainees").quantities).toMatchObject([{ value: 60, qualifier: "more-than", counted: "trainees" }]);
    expect(claimWith(claims, "35 of them").quantities).toMatchObject([{ value: 35, counted: "nurses" }]);
  });

  it("lends the main predicate to the included figure so it reads on its own", () => {
    expect(claimWith(claims, "60 trainees").text).toMatch(/^More than 60 trainees walked out on Monday over pay$/);
  });

  it("drops the appositive from the main claim's text", () => {
    expect(claimWith(claims, "240 nurses").text).toBe("In Leeds, a total of 240 nurses walked out on Monday over pay");
  });

  it("attributes all three to the speaker of the frame, with the right cue", () => {
    for (const claim of claims) expect(claim.attribution).toMatchObject({ source: "the union", mode: "reported" });
    expect(claimWith(claims, "35 of them").attribution?.cue).toBe("adding");
  });

  it("anchors every claim to its exact span", () => {
    const text = extractArticle({ raw }).article.text;
    for (const claim of claims) {
      expect(text.slice(claim.span.start, claim.span.end)).toBe(claim.quote.exact);
      expect(claim.occurrences[0]).toEqual(claim.span);
    }
  });
});

describe("dates of claims", () => {
  it("dates a clause after 'a day after' one day before the main clause", () => {
    const claims = claimsOf(
      "date 2019-11-20\nStudents marched through Santiago on November 19, a day after more than 300 people were injured in clashes with police.",
    );
    expect(claimWith(claims, "Students marched").date).toBe("2019-11-19");
    expect(claimWith(claims, "300 people").date).toBe("2019-11-18");
  });

  it("resolves 'the previous day' against the day the speaker spoke", () => {
    const claims = claimsOf("date 2022-05-10\nSome 1,200 flights were cancelled the previous day, the airport said on May 8.");
    expect(claimWith(claims, "1,200 flights").date).toBe("2022-05-07");
  });

  it("reads a bare weekday in an article of another weekday as the last such day", () => {
    // 2020-09-14 is a Monday.
    const claims = claimsOf("date 2020-09-14\nThe mayor met Saturday with hospital directors to discuss the outbreak.");
    expect(claimWith(claims, "The mayor met").date).toBe("2020-09-12");
  });

  it("gives no date to a claim about a habit or a period", () => {
    const claims = claimsOf("date 2020-09-14\nFriday marches in the capital have repeatedly drawn crowds of more than 50,000.");
    expect(claimWith(claims, "50,000").date).toBeUndefined();
  });
});

describe("speakers", () => {
  it("takes the article's own voice when nobody is cited", () => {
    const claims = claimsOf("date 2021-01-01\nThe bridge was closed to traffic for 14 hours after a lorry struck it.");
    expect(claims[0]!.attribution).toBeNull();
  });

  it("marks a quotation as direct speech and its kind as quote", () => {
    const claims = claimsOf('date 2021-01-01\n"We have never lost a match at home in December," the manager told reporters.');
    expect(claims[0]).toMatchObject({ kind: "quote", attribution: { source: "the manager", cue: "told", mode: "direct" } });
  });

  it("keeps the article's framing of a claim it doubts", () => {
    const claims = claimsOf(
      'date 2021-01-01\nThe senator criticised the report and made an unsubstantiated claim that "some 3,000 ballots were forged in one county."',
    );
    const forged = claimWith(claims, "3,000 ballots");
    expect(forged.attribution).toMatchObject({ source: "The senator", cue: "claim", framing: "unsubstantiated claim", mode: "direct" });
    expect(forged.quantities).toMatchObject([{ value: 3000, qualifier: "approximately", counted: "ballots" }]);
  });

  it("finds a speaker inside a relative clause", () => {
    const claims = claimsOf(
      "date 2021-01-01\nThe strike began in March after a pay offer that union leaders say cut real wages by 4%.",
    );
    expect(claimWith(claims, "4%").attribution).toMatchObject({ source: "union leaders", cue: "say" });
    expect(claimWith(claims, "The strike began").attribution).toBeNull();
  });

  it("resolves the pronoun speaker of an accusation to the person named before", () => {
    const claims = claimsOf(
      "date 2021-01-01\nPresident Amara Diallo met army chiefs on Friday. Throughout the crisis, he has refused any talks, has repeatedly accused foreign donors of funding the rebels.",
    );
    expect(claimWith(claims, "accused foreign donors").attribution).toMatchObject({ source: "he", entity: "Amara Diallo", cue: "accused" });
  });

  it("resolves 'the company's chief executive' to the CEO named in the next sentence", () => {
    const claims = claimsOf(
      "date 2021-01-01\nTax police searched the offices of Lumen in a move the company's chief executive said was politically motivated. Lumen CEO Omar Haddad said that the firm had paid every tax it owed.",
    );
    expect(claimWith(claims, "politically motivated").attribution).toMatchObject({
      source: "the company's chief executive",
      entity: "Omar Haddad",
    });
    expect(claimWith(claims, "paid every tax").attribution).toMatchObject({ entity: "Omar Haddad", cue: "said" });
  });

  it("keeps 'what he described as' as the framing of its own claim", () => {
    const claims = claimsOf(
      "date 2021-01-01\nInterior Minister Lena Vogt thanked the police for restoring order in the face of what she described as riots organised from abroad.",
    );
    const described = claimWith(claims, "what Vogt described as");
    expect(described.text).toBe("What Vogt described as riots organised from abroad");
    expect(described.attribution).toMatchObject({ entity: "Lena Vogt", framing: "what she described as" });
    expect(claimWith(claims, "thanked the police").attribution).toBeNull();
  });
});

describe("kinds, boilerplate and repeats", () => {
  const raw = [
    "date 2023-04-02",
    "Farmers block a motorway near Lyon, France, Saturday, April 1, 2023. Fuel prices have risen for a third month. (AP Photo/Jean Martin) Credit: Jean Martin",
    "Farmers block a motorway near Lyon, France, Saturday, April 1, 2023. Fuel prices have risen for a third month. (AP Photo/Jean Martin) Credit: Jean Martin",
    "Claire Dubois in Paris contributed to this report.",
  ].join("\n\n");
  const claims = claimsOf(raw);

  it("keeps a repeated sentence once with every occurrence", () => {
    expect(claimWith(claims, "Fuel prices").occurrences).toHaveLength(2);
    expect(claimWith(claims, "Farmers block").occurrences).toHaveLength(2);
  });

  it("marks the scene sentence of a photo caption as a caption, with its day", () => {
    expect(claimWith(claims, "Farmers block")).toMatchObject({ kind: "caption", date: "2023-04-01" });
    expect(claimWith(claims, "Farmers block").checkworthiness).toBeLessThan(0.3);
  });

  it("never makes a claim of a photo credit or a reporting credit", () => {
    expect(claims.some((claim) => /Credit|AP Photo|contributed/.test(claim.text))).toBe(false);
  });

  it("ranks a figure above a scene description and an opinion", () => {
    const ranked = claimsOf(
      "date 2021-01-01\nThe council will spend £40 million on new housing, the mayor said. The city should be proud of its parks. Children play in the fountain.",
    );
    const figure = claimWith(ranked, "£40 million").checkworthiness;
    expect(figure).toBeGreaterThan(claimWith(ranked, "should be proud").checkworthiness);
    expect(figure).toBeGreaterThan(claimWith(ranked, "Children play").checkworthiness);
  });
});

describe("a sentence that opens on a day counted from the last", () => {
  it.each(["The next day", "The following day", "The day after"])("%s: dated a day after the claim before it", (opening) => {
    const claims = claimsOf(`date 2021-03-10\nOn March 3, police detained 40 protesters in Minsk.\n\n${opening}, 12 of the protesters were released.`);
    expect(claimWith(claims, "detained 40").date).toBe("2021-03-03");
    expect(claimWith(claims, "12 of the protesters").date).toBe("2021-03-04");
  });
});

describe("a dateline", () => {
  it.each(["MINSK --", "LONDON —", "WASHINGTON (AP) —"])("is left out of the first claim after %j", (dateline) => {
    const claims = claimsOf(`${dateline} Police detained 40 protesters on Sunday.`);
    expect(claimWith(claims, "detained 40").text).toBe("Police detained 40 protesters on Sunday");
  });
});
