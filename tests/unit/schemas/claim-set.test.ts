import { describe, expect, it } from "vitest";
import { ClaimSet, type Claim } from "../../../claim-schemas/claim-set.ts";

function claim(overrides: Partial<Claim> = {}): Claim {
  return {
    id: "a-1-c0-10",
    articleId: "a-1",
    text: "Sales rose 12%",
    span: { start: 0, end: 14 },
    quote: { exact: "Sales rose 12%", prefix: "", suffix: "." },
    kind: "quantity",
    checkworthiness: 0.7,
    quantities: [{ raw: "12%", span: { start: 11, end: 14 }, value: 12, qualifier: "exact", unit: "percent" }],
    attribution: null,
    occurrences: [{ start: 0, end: 14 }],
    review: { status: "unreviewed", reporting: "unchecked", evidence: [] },
    ...overrides,
  };
}

function claimSet(claims: unknown[] = [claim()]) {
  return {
    format: "claimbench.claim-set",
    version: 1,
    generator: "test",
    exportedAt: "2026-11-22T10:00:00.000Z",
    articles: [{ id: "a-1", text: "Sales rose 12%.", sentences: [{ start: 0, end: 15 }] }],
    claims,
  };
}

describe("ClaimSet schema", () => {
  it("accepts a minimal valid claim set", () => {
    expect(ClaimSet.safeParse(claimSet()).success).toBe(true);
  });

  it("keeps fields it does not know, so newer files still load", () => {
    const parsed = ClaimSet.parse({ ...claimSet(), futureField: { a: 1 } });
    expect((parsed as Record<string, unknown>).futureField).toEqual({ a: 1 });
  });

  it.each([
    ["a wrong format", { ...claimSet(), format: "something-else" }, ["format"]],
    ["a future version", { ...claimSet(), version: 2 }, ["version"]],
    ["an unknown status", claimSet([claim({ review: { status: "true" as never, reporting: "unchecked", evidence: [] } })]), ["claims", 0, "review", "status"]],
    ["a span that ends before it starts", claimSet([claim({ span: { start: 9, end: 3 } })]), ["claims", 0, "span"]],
    ["check-worthiness above 1", claimSet([claim({ checkworthiness: 1.5 })]), ["claims", 0, "checkworthiness"]],
    ["no occurrences", claimSet([claim({ occurrences: [] })]), ["claims", 0, "occurrences"]],
    ["a date that is not a day", claimSet([claim({ date: "2020-02-30x" })]), ["claims", 0, "date"]],
  ])("rejects %s and names the path", (_name, input, path) => {
    const result = ClaimSet.safeParse(input);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(path);
  });
});
