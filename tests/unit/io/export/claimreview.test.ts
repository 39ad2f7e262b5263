import { describe, expect, it } from "vitest";
import type { Claim } from "../../../../claim-schemas/claim-set.ts";
import {
  CLAIM_REVIEW_RATINGS,
  claimSetToClaimReview,
  claimToClaimReview,
  speakerType,
  type ClaimReviewJsonLd,
} from "../../../../src/io/export/claimreview.ts";
import { createArticle, createClaim, createClaimSet, reviewed } from "./claim-set-factory.ts";

const article = createArticle();
const AUTHORITY_SENTENCE = "The harbour authority said 340 workers joined the strike.";
const UNION_SENTENCE = "Union leader Mara Ostrova said more than 500 took part, and that the strike would go on until wages rose by 15%.";
const WALKOUT_SENTENCE = "Dock workers in Port Valen walked out on Friday.";

function reviewsOf(claims: Claim[], options = {}): ClaimReviewJsonLd[] {
  return JSON.parse(claimSetToClaimReview(createClaimSet([article], claims), options)) as ClaimReviewJsonLd[];
}

describe("claimSetToClaimReview", () => {
  it("rates a refuted claim 1 on a 1..5 scale, named Refuted", () => {
    const [review] = reviewsOf([createClaim(article, AUTHORITY_SENTENCE, { review: reviewed("refuted") })]);
    expect(review).toMatchObject({ "@context": "https://schema.org", "@type": "ClaimReview" });
    expect(review!.reviewRating).toEqual({
      "@type": "Rating",
      ratingValue: 1,
      bestRating: 5,
      worstRating: 1,
      alternateName: "Refuted",
    });
  });

  it.each([
    ["supported", 5, "Supported"],
    ["partly-supported", 3, "Partly supported"],
    ["unsupported", 2, "Unsupported"],
    ["refuted", 1, "Refuted"],
  ] as const)("rates %s as %i, %s", (status, ratingValue, alternateName) => {
    const [review] = reviewsOf([createClaim(article, AUTHORITY_SENTENCE, { review: reviewed(status) })]);
    expect(review!.reviewRating).toMatchObject({ ratingValue, alternateName, bestRating: 5, worstRating: 1 });
  });

  it("names an unverifiable claim without placing it on the scale", () => {
    const [review] = reviewsOf([createClaim(article, AUTHORITY_SENTENCE, { review: reviewed("unverifiable") })]);
    expect(review!.reviewRating).toEqual({ "@type": "Rating", alternateName: "Unverifiable" });
    expect(CLAIM_REVIEW_RATINGS.unverifiable.ratingValue).toBeNull();
  });

  it("leaves unreviewed claims out", () => {
    const reviews = reviewsOf([
      createClaim(article, WALKOUT_SENTENCE),
      createClaim(article, AUTHORITY_SENTENCE, { review: reviewed("supported") }),
      createClaim(article, UNION_SENTENCE, { review: { status: "unreviewed", reporting: "accurate", evidence: [], reviewer: "Ines Kovač" } }),
    ]);
    expect(reviews.map((review) => review.claimReviewed)).toEqual([AUTHORITY_SENTENCE]);
  });

  it("writes an empty array when nothing is reviewed", () => {
    expect(claimSetToClaimReview(createClaimSet([article], [createClaim(article, WALKOUT_SENTENCE)]))).toBe("[]\n");
  });

  it("clips a long claim to at most 75 characters at a word, with an ellipsis", () => {
    expect(UNION_SENTENCE.length).toBeGreaterThan(75);
    const [review] = reviewsOf([createClaim(article, UNION_SENTENCE, { review: reviewed("partly-supported") })]);
    const clipped = review!.claimReviewed;
    expect(clipped.length).toBeLessThanOrEqual(75);
    expect(clipped.endsWith("…")).toBe(true);
    const kept = clipped.slice(0, -1);
    expect(UNION_SENTENCE.startsWith(kept)).toBe(true);
    expect(UNION_SENTENCE[kept.length]).toMatch(/[\s,]/);
  });

  it("describes the claim: speaker as author, the article as its appearance, the article's date", () => {
    const claim = createClaim(article, AUTHORITY_SENTENCE, {
      attribution: { source: "The harbour authority", entity: "Port Valen harbour authority", mode: "reported", cue: "said" },
      review: reviewed("refuted"),
    });
    const [review] = reviewsOf([claim]);
    expect(review!.itemReviewed).toEqual({
      "@type": "Claim",
      author: { "@type": "Organization", name: "Port Valen harbour authority" },
      appearance: {
        "@type": "NewsArticle",
        url: "https://courier.example/2023/05/dock-strike",
        headline: "Dock strike in Port Valen",
        datePublished: "2023-05-14",
        publisher: { "@type": "Organization", name: "Valen Courier" },
      },
      datePublished: "2023-05-14",
    });
  });

  it("takes the speaker as written when it was not resolved, as a Person unless it names an organisation", () => {
    const claim = createClaim(article, UNION_SENTENCE, {
      attribution: { source: "Mara Ostrova", mode: "reported" },
      review: reviewed("supported"),
    });
    expect(reviewsOf([claim])[0]!.itemReviewed.author).toEqual({ "@type": "Person", name: "Mara Ostrova" });
  });

  it("makes the outlet the author of a claim in the article's own voice, and no one when the outlet is unknown", () => {
    const claim = createClaim(article, WALKOUT_SENTENCE, { review: reviewed("supported") });
    expect(reviewsOf([claim])[0]!.itemReviewed.author).toEqual({ "@type": "Organization", name: "Valen Courier" });
    const anonymous = createArticle({ outlet: undefined, url: undefined });
    const review = claimToClaimReview(claim, anonymous)!;
    expect(review.itemReviewed).not.toHaveProperty("author");
    expect(review.itemReviewed.appearance).toEqual({ "@type": "CreativeWork", headline: "Dock strike in Port Valen", datePublished: "2023-05-14" });
  });

  it("credits the reviewer on the day of the review, without a url unless one is given", () => {
    const claim = createClaim(article, AUTHORITY_SENTENCE, { review: reviewed("refuted", { reviewedAt: "2023-05-16T23:45:00-04:00" }) });
    const [review] = reviewsOf([claim]);
    expect(review!.author).toEqual({ "@type": "Person", name: "Ines Kovač" });
    expect(review!.datePublished).toBe("2023-05-16");
    expect(review).not.toHaveProperty("url");
  });

  it("credits the organisation instead when one is given, and asks it for the review's url", () => {
    const claim = createClaim(article, AUTHORITY_SENTENCE, { review: reviewed("refuted") });
    const [review] = reviewsOf([claim], {
      organisation: { name: "Harbour Checks", url: "https://checks.example" },
      reviewUrl: (reviewedClaim: Claim) => `https://checks.example/claims/${reviewedClaim.id}`,
    });
    expect(review!.author).toEqual({ "@type": "Organization", name: "Harbour Checks", url: "https://checks.example" });
    expect(review!.url).toBe(`https://checks.example/claims/${claim.id}`);
  });

  it("leaves out the author and date of a review made without a reviewer name or time", () => {
    const claim = createClaim(article, AUTHORITY_SENTENCE, { review: { status: "supported", reporting: "unchecked", evidence: [] } });
    const review = claimToClaimReview(claim, article)!;
    expect(review).not.toHaveProperty("author");
    expect(review).not.toHaveProperty("datePublished");
  });
});

describe("speakerType", () => {
  it.each([
    ["Interior Ministry", "Organization"],
    ["the harbour authority", "Organization"],
    ["Reuters", "Organization"],
    ["Mara Ostrova", "Person"],
    ["Лукашэнка", "Person"],
  ] as const)("%s is a %s", (name, type) => {
    expect(speakerType(name)).toBe(type);
  });
});
