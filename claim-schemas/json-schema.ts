/** Renders the published zod schemas as JSON Schema (draft 2020-12) text. */
import { z } from "zod";
import { PUBLISHED_SCHEMAS } from "./claim-set.ts";

export const JSON_SCHEMA_DIR = "claim-schemas/json";

export function renderJsonSchemas(): Record<string, string> {
  const files: Record<string, string> = {};
  for (const [stem, schema] of Object.entries(PUBLISHED_SCHEMAS)) {
    const json = z.toJSONSchema(schema, { target: "draft-2020-12", io: "input"});
    files[`${stem}.schema.json`] = `${JSON.stringify(json, null, 2)}\n`;
  }
  return files;
}
