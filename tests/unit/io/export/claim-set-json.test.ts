import { describe, expect, it } from "vitest";
import { ZodError } from "zod";
import { ClaimSet } from "../../../../claim-schemas/claim-set.ts";
import { claimSetToJson } from "../../../../src/io/export/claim-set-json.ts";
import { createArticle, createClaim, createClaimSet, MIXED_SCRIPT_TEXT, reviewed } from "./claim-set-factory.ts";

describe("claimSetToJson", () => {
  const article = createArticle();
  const set = createClaimSet(
    [article, createArticle({ id: "art-mixed", text: MIXED_SCRIPT_TEXT })],
    [createClaim(article, "The harbour authority said 340 workers joined the strike.", { review: reviewed("refuted") })],
  );

  it("writes pretty JSON that reads back as the same claim set", () => {
    const json = claimSetToJson(set);
    expect(json.startsWith('{\n  "format": "claimbench.claim-set",\n')).toBe(true);
    expect(json.endsWith("}\n")).toBe(true);
    expect(ClaimSet.parse(JSON.parse(json))).toEqual(set);
  });

  it("keeps fields this version does not know", () => {
    const newer = { ...set, workspaceName: "Port Valen desk" } as ClaimSet;
    expect(JSON.parse(claimSetToJson(newer))).toMatchObject({ workspaceName: "Port Valen desk" });
  });

  it("refuses a claim set that breaks the schema", () => {
    const broken = { ...set, claims: [{ ...set.claims[0]!, checkworthiness: 3 }] };
    expect(() => claimSetToJson(broken)).toThrow(ZodError);
  });
});
