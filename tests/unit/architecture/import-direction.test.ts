import { ESLint } from "eslint";
import { describe, expect, it } from "vitest";

// The lint rule that keeps src/core pure (eslint.config.js) must fire: lint snippets as if
// they were files in src/core and in src/app.
const eslint = new ESLint({ cwd: process.cwd() });

async function problems(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((message) => message.ruleId ?? message.message);
}

describe("import direction", () => {
  it.each([
    ['import { useState } from "react";\nexport const x = useState;', "React"],
    ['import Dexie from "dexie";\nexport const x = Dexie;', "Dexie"],
    ['import { db } from "../../db/database.ts";\nexport const x = db;', "src/db"],
    ['import { App } from "../app/App.tsx";\nexport const x = App;', "src/app"],
    ['import { run } from "../../cli/main.ts";\nexport const x = run;', "src/cli"],
    ['import { readFileSync } from "node:fs";\nexport const x = readFileSync;', "Node built-ins"],
    ["export const title = () => document.title;", "the DOM"],
  ])("fails when src/core imports %#: %s", async (code, _what) => {
    expect(await problems(code, "src/core/claims/example.ts")).toEqual(
      expect.arrayContaining([expect.stringMatching(/no-restricted-(imports|globals)/)]),
    );
  });

  it("lets src/core import zod and the claim schemas", async () => {
    const code = 'import { z } from "zod";\nimport { Claim } from "../../../claim-schemas/claim-set.ts";\nexport const x = [z, Claim];';
    expect(await problems(code, "src/core/claims/example.ts")).toEqual([]);
  });

  it("lets the app import the core", async () => {
    const code = 'import { extractArticle } from "../core/extract/extract-claim-set.ts";\nexport const x = extractArticle;';
    expect(await problems(code, "src/app/example.ts")).toEqual([]);
  });
});
