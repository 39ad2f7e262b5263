/** Writes claim-schemas/json/*.schema.json from the zod schemas. Run: npm run schemas */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { JSON_SCHEMA_DIR, renderJsonSchemas } from "../claim-schemas/json-schema.ts";

mkdirSync(JSON_SCHEMA_DIR, { recursive: true });
for (const [name, text] of Object.entries(renderJsonSchemas())) {
  writeFileSync(join(JSON_SCHEMA_DIR, name), text);
  console.log(`wrote ${join(JSON_SCHEMA_DIR, name)}`);
}
