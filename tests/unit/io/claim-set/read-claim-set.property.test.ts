/**
 * Property: one corruption anywhere in a valid claim set — a required field deleted, a span
 * pushed past the end of its text, a number written as a string, a word outside the
 * vocabulary, a claim pointed at an article that is not there — is reported at its path,
 * and readClaimSet never throws.
 */
import fc from "fast-check";
import type { z } from "zod";
import { describe, expect, it } from "vitest";
import {
  Article,
  Attribution,
  Claim,
  ClaimSet,
  ComparisonGroup,
  Evidence,
  Quantity,
  Review,
  Span,
} from "../../../../claim-schemas/claim-set.ts";
import { formatPath } from "../../../../src/io/claim-set/claim-set-problem.ts";
import { readClaimSet } from "../../../../src/io/claim-set/read-claim-set.ts";
import { validJson } from "./claim-set-fixture.ts";

type Path = (string | number)[];
type Json = ReturnType<typeof validJson>;

/** The fixture with every optional part of the contract present: groups, reviews, evidence. */
function richJson(): Json {
  const json = validJson();
  const claims = json.claims as { id: string; review: object; reviews?: unknown }[];
  claims[1]!.reviews = [
    { status: "supported", reporting: "accurate", evidence: [{ url: "https://example.org/r", note: "council notice" }], reviewer: "Ana" },
    { status: "unverifiable", reporting: "unchecked", evidence: [], reviewer: "Ben" },
  ];
  json.groups = [{ id: "g-1", about: "people moved", claimIds: [claims[1]!.id, claims[5]!.id], verdict: "unreviewed", confirmed: false }];
  return json;
}

/** Which schema describes the object at `path` (by the key that leads to it). */
function schemaAt(path: Path): z.ZodObject | undefined {
  const last = path.at(-1);
  const named = typeof last === "number" ? path.at(-2) : last;
  if (path.length === 0) return ClaimSet;
  switch (named) {
    case "articles":
      return Article;
    case "claims":
      return Claim;
    case "span":
    case "sourceSpan":
    case "sentences":
    case "boilerplate":
    case "occurrences":
      return Span;
    case "quote":
      return Claim.shape.quote;
    case "quantities":
      return Quantity;
    case "attribution":
      return Attribution;
    case "review":
    case "reviews":
      return Review;
    case "evidence":
      return Evidence;
    case "groups":
      return ComparisonGroup;
    default:
      return undefined;
  }
}

interface Place {
  path: Path;
  value: unknown;
}

function everyPlace(json: unknown): Place[] {
  const places: Place[] = [];
  const visit = (value: unknown, path: Path) => {
    places.push({ path, value });
    if (Array.isArray(value)) value.forEach((item, index) => visit(item, [...path, index]));
    else if (typeof value === "object" && value !== null) {
      for (const [key, child] of Object.entries(value)) visit(child, [...path, key]);
    }
  };
  visit(json, []);
  return places;
}

function parentOf(json: Json, path: Path): Record<string | number, unknown> {
  let node: unknown = json;
  for (const key of path.slice(0, -1)) node = (node as Record<string | number, unknown>)[key];
  return node as Record<string | number, unknown>;
}

interface Corruption {
  name: string;
  /** Where the report must point. */
  expectedPath: string;
  apply(json: Json, random: { extra: number; word: string }): void;
}

function corruptions(): Corruption[] {
  const json = richJson();
  const places = everyPlace(json);
  const result: Corruption[] = [];

  for (const { path, value } of places) {
    const schema = schemaAt(path);
    if (schema === undefined || typeof value !== "object" || value === null || Array.isArray(value)) continue;
    for (const key of Object.keys(schema.shape)) {
      const field = schema.shape[key] as z.ZodType;
      if (field.safeParse(undefined).success) continue;
      const fieldPath = [...path, key];
      result.push({
        name: `delete ${formatPath(fieldPath)}`,
        // Without its format a file is "another format", reported for the whole file.
        expectedPath: key === "format" && path.length === 0 ? "" : formatPath(fieldPath),
        apply: (target) => delete parentOf(target, fieldPath)[key],
      });
    }
  }

  const textOf = (articleId: unknown) =>
    (json.articles as { id: string; text: string }[]).find((article) => article.id === articleId)?.text ?? "";
  for (const { path, value } of places) {
    const isSpan = schemaAt(path) === Span && typeof value === "object" && value !== null && !Array.isArray(value);
    if (isSpan) {
      const owner = json[path[0] as "articles" | "claims"][path[1] as number] as { id: string; articleId?: string };
      const length = textOf(owner.articleId ?? owner.id).length;
      result.push({
        name: `end of ${formatPath(path)} past the text`,
        expectedPath: formatPath(path),
        apply: (target, { extra }) => ((parentOf(target, [...path, "end"]) as { end: number }).end = length + extra),
      });
    }
    if (typeof value === "number") {
      result.push({
        name: `${formatPath(path)} as a string`,
        expectedPath: formatPath(path),
        apply: (target) => (parentOf(target, path)[path.at(-1)!] = String(value)),
      });
    }
    const key = path.at(-1);
    if (key === "kind" || key === "qualifier" || key === "mode" || key === "status" || key === "reporting" || key === "verdict") {
      result.push({
        name: `${formatPath(path)} outside the vocabulary`,
        expectedPath: formatPath(path),
        apply: (target, { word }) => (parentOf(target, path)[key] = `not-${word}`),
      });
    }
    if (key === "articleId") {
      result.push({
        name: `${formatPath(path)} names no article`,
        expectedPath: formatPath(path),
        apply: (target, { word }) => (parentOf(target, path)[key] = `a-missing-${word}`),
      });
    }
  }
  return result;
}

describe("readClaimSet reports any single corruption of a valid set", () => {
  const all = corruptions();

  it("starts from a valid set with many places to corrupt", () => {
    expect(readClaimSet(JSON.stringify(richJson())).ok).toBe(true);
    expect(all.length).toBeGreaterThan(150);
    expect(all.some((corruption) => corruption.name === "delete claims[1].reviews[0].evidence[0].note")).toBe(true);
    expect(all.some((corruption) => corruption.name === "end of claims[5].attribution.sourceSpan past the text")).toBe(true);
  });

  it("at its path, without throwing", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...all),
        fc.integer({ min: 1, max: 1_000_000 }),
        fc.string({ minLength: 1, maxLength: 8 }),
        (corruption, extra, word) => {
          const json = richJson();
          corruption.apply(json, { extra, word });
          const result = readClaimSet(JSON.stringify(json));
          expect(result.ok, corruption.name).toBe(false);
          const paths = result.ok ? [] : result.problems.map((problem) => problem.path);
          expect(paths, corruption.name).toContain(corruption.expectedPath);
        },
      ),
      { numRuns: 600 },
    );
  });
});
