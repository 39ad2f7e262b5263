import { describe, expect, it } from "vitest";
import { ClaimSet } from "../../../../claim-schemas/claim-set.ts";
import { EXPORT_FORMATS, exportClaimSet, isExportFormat } from "../../../../src/io/export/export-claim-set.ts";
import { createArticle, createClaim, createClaimSet, reviewed } from "./claim-set-factory.ts";

const article = createArticle();
const set = createClaimSet(
  [article],
  [
    createClaim(article, "Dock workers in Port Valen walked out on Friday."),
    createClaim(article, "The harbour authority said 340 workers joined the strike.", { review: reviewed("refuted") }),
  ],
);

describe("exportClaimSet", () => {
  it("writes a claim set that reads back as json", () => {
    const file = exportClaimSet(set, "json");
    expect(file).toMatchObject({ mimeType: "application/json", extension: "json" });
    expect(ClaimSet.parse(JSON.parse(file.text))).toEqual(set);
  });

  it("writes CSV with a byte order mark and a header row", () => {
    const file = exportClaimSet(set, "csv");
    expect(file).toMatchObject({ mimeType: "text/csv;charset=utf-8", extension: "csv" });
    expect(file.text.startsWith("\uFEFFclaim_id,")).toBe(true);
    expect(file.text.trimEnd().split("\r\n")).toHaveLength(3);
  });

  it("writes ClaimReview for the reviewed claims only, passing the options on", () => {
    const file = exportClaimSet(set, "claimreview", { organisation: { name: "Harbour Checks" } });
    expect(file).toMatchObject({ mimeType: "application/ld+json", extension: "jsonld" });
    const reviews = JSON.parse(file.text) as { "@type": string; author: { name: string } }[];
    expect(reviews).toHaveLength(1);
    expect(reviews[0]).toMatchObject({ "@type": "ClaimReview", author: { name: "Harbour Checks" } });
  });

  it("writes every claim as an annotation with the protocol's media type", () => {
    const file = exportClaimSet(set, "annotations");
    expect(file).toMatchObject({ mimeType: 'application/ld+json;profile="http://www.w3.org/ns/anno.jsonld"', extension: "jsonld" });
    expect(JSON.parse(file.text)).toMatchObject({ type: "AnnotationCollection", total: 2 });
  });

  it("knows exactly the four formats", () => {
    expect(EXPORT_FORMATS).toEqual(["json", "csv", "claimreview", "annotations"]);
    expect(isExportFormat("claimreview")).toBe(true);
    expect(isExportFormat("jsonl")).toBe(false);
  });
});
