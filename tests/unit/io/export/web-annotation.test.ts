import { describe, expect, it } from "vitest";
import type { Claim } from "../../../../claim-schemas/claim-set.ts";
import {
  claimSetToAnnotations,
  type Annotation,
  type AnnotationCollection,
  type TextPositionSelector,
} from "../../../../src/io/export/web-annotation.ts";
import { createArticle, createClaim, createClaimSet, MIXED_SCRIPT_TEXT, reviewed } from "./claim-set-factory.ts";

const harbour = createArticle();
const mixed = createArticle({ id: "art-mixed", title: "Школы", url: undefined, text: MIXED_SCRIPT_TEXT });

function collectionOf(claims: Claim[]): AnnotationCollection {
  return JSON.parse(claimSetToAnnotations(createClaimSet([harbour, mixed], claims))) as AnnotationCollection;
}

function annotationOf(claim: Claim): Annotation {
  return collectionOf([claim]).first.items[0]!;
}

function positionOf(annotation: Annotation): TextPositionSelector {
  const selector = annotation.target.selector.find((candidate) => candidate.type === "TextPositionSelector");
  if (!selector) throw new Error("no TextPositionSelector");
  return selector as TextPositionSelector;
}

describe("claimSetToAnnotations", () => {
  it("writes one AnnotationCollection whose first page holds one annotation per claim, reviewed or not", () => {
    const collection = collectionOf([
      createClaim(harbour, "Dock workers in Port Valen walked out on Friday."),
      createClaim(harbour, "The harbour authority said 340 workers joined the strike.", { review: reviewed("refuted") }),
    ]);
    expect(collection).toMatchObject({
      "@context": "http://www.w3.org/ns/anno.jsonld",
      type: "AnnotationCollection",
      total: 2,
      first: { type: "AnnotationPage", startIndex: 0 },
    });
    expect(collection.id).toMatch(/^urn:claimbench:claim-set:/);
    expect(collection.first.items.map((item) => item.type)).toEqual(["Annotation", "Annotation"]);
  });

  it("makes a reviewed claim an assessment by its reviewer, with the claim and its status as bodies", () => {
    const claim = createClaim(harbour, "The harbour authority said 340 workers joined the strike.", { review: reviewed("refuted") });
    expect(annotationOf(claim)).toEqual({
      id: `urn:claimbench:claim:${claim.id}`,
      type: "Annotation",
      motivation: "assessing",
      created: "2023-05-16T09:30:00+02:00",
      creator: { type: "Person", name: "Ines Kovač" },
      generator: { type: "Software", name: "export tests" },
      generated: "2023-05-20T12:00:00.000Z",
      body: [
        { type: "TextualBody", purpose: "describing", value: "The harbour authority said 340 workers joined the strike.", format: "text/plain" },
        { type: "TextualBody", purpose: "assessing", value: "refuted" },
      ],
      target: {
        source: "https://courier.example/2023/05/dock-strike",
        selector: [
          {
            type: "TextQuoteSelector",
            exact: "The harbour authority said 340 workers joined the strike.",
            prefix: "lked out on Friday. ",
            suffix: " Union leader Mara O",
          },
          { type: "TextPositionSelector", start: 49, end: 106 },
        ],
      },
    });
  });

  it("tags an unreviewed claim and names no creator", () => {
    const claim = createClaim(harbour, "Dock workers in Port Valen walked out on Friday.", {
      review: { status: "unreviewed", reporting: "unchecked", evidence: [], reviewer: "Ines Kovač", reviewedAt: "2023-05-16T09:30:00+02:00" },
    });
    const annotation = annotationOf(claim);
    expect(annotation.motivation).toBe("describing");
    expect(annotation.body[1]).toEqual({ type: "TextualBody", purpose: "tagging", value: "unreviewed" });
    expect(annotation).not.toHaveProperty("creator");
    expect(annotation).not.toHaveProperty("created");
    // A quote at the very start has no prefix: left out rather than written empty.
    expect(annotation.target.selector[0]).not.toHaveProperty("prefix");
  });

  it("targets an article without a url by its claimbench URN, and encodes ids", () => {
    const claim = createClaim(mixed, "قال الوزير إن 40 شخصا أصيبوا.", { id: "art-mixed c/1?" });
    const annotation = annotationOf(claim);
    expect(annotation.target.source).toBe("urn:claimbench:article:art-mixed");
    expect(annotation.id).toBe("urn:claimbench:claim:art-mixed%20c%2F1%3F");
  });

  it.each([
    ["after a skin-toned emoji, up to a flag", "открыто 12 новых школ 🇧🇾"],
    ["in Arabic after two emoji", "قال الوزير إن 40 شخصا أصيبوا."],
    ["in CJK ending with a character outside the BMP", "有300人参加了活动𠮷"],
    ["starting with an emoji", "👍🏽 заявила"],
  ])("counts TextPositionSelector offsets in code points: %s", (_where, exact) => {
    const claim = createClaim(mixed, exact);
    const { start, end } = positionOf(annotationOf(claim));
    expect(Array.from(MIXED_SCRIPT_TEXT).slice(start, end).join("")).toBe(exact);
    // An emoji before or inside each quote makes code points and code units differ.
    expect([start, end]).not.toEqual([claim.span.start, claim.span.end]);
  });

  it("gives UTF-16 and code-point offsets alike for text without surrogate pairs", () => {
    const claim = createClaim(harbour, "more than 500 took part");
    expect(positionOf(annotationOf(claim))).toEqual({ type: "TextPositionSelector", ...claim.span });
  });

  it("leaves out the position of a claim whose span does not fit its article, keeping the quote", () => {
    const claim = createClaim(harbour, "Dock workers in Port Valen walked out on Friday.", { span: { start: 0, end: harbour.text.length + 5 } });
    expect(annotationOf(claim).target.selector.map((selector) => selector.type)).toEqual(["TextQuoteSelector"]);
  });
});
