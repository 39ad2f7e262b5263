import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { JSON_SCHEMA_DIR, renderJsonSchemas } from "../../../claim-schemas/json-schema.ts";

describe("generated JSON Schema files", () => {
  const rendered = renderJsonSchemas();

  it.each(Object.keys(rendered))("%s matches the zod schema (run `npm run schemas` if not)", (name) => {
    const onDisk = readFileSync(join(JSON_SCHEMA_DIR, name), "utf8");
    expect(onDisk).toBe(rendered[name]);
  });

  it("has no stray file a removed schema left behind", () => {
    expect(readdirSync(JSON_SCHEMA_DIR).sort()).toEqual(Object.keys(rendered).sort());
  });

  it("names the contract's fields in the claim-set schema", () => {
    const schema = JSON.parse(rendered["claim-set.schema.json"]!);
    expect(Object.keys(schema.$defs).sort()).toEqual(
      expect.arrayContaining(["Article", "Attribution", "Claim", "ClaimSet", "ComparisonGroup", "Quantity", "Review", "Span"]),
    );
    expect(schema.$defs.ClaimSet.required).toEqual(["format", "version", "generator", "exportedAt", "articles", "claims"]);
    expect(schema.$defs.Claim.required).toEqual(
      expect.arrayContaining(["id", "articleId", "text", "span", "quote", "kind", "checkworthiness", "quantities", "attribution", "occurrences", "review"]),
    );
  });
});
