import { describe, expect, it } from "vitest";
import { claimStatement, LEADING_FILLER_WORDS } from "../../../../src/core/claims/claim-statement.ts";

/** The statement of a draft that covers the whole text. */
function statementOf(text: string): string {
  const span = { start: 0, end: text.length };
  return claimStatement(text, { span, relation: "main" }, span, null);
}

describe("claimStatement", () => {
  it.each([
    ["and 40 workers were laid off.", "40 workers were laid off"],
    ["meanwhile, prices rose", "Prices rose"],
    ["prices rose 4%", "Prices rose 4%"],
    ["Prices rose", "Prices rose"],
    ["élan grew", "Élan grew"],
    ["ßtraße is a street", "SStraße is a street"],
    ["“quoted words”", "Quoted words"],
  ])("makes %j read %j", (text, statement) => {
    expect(statementOf(text)).toBe(statement);
  });
});

describe("leading connectives", () => {
  it.each(LEADING_FILLER_WORDS)("drops %j before the claim, in any case", (filler) => {
    for (const written of [filler, filler.toUpperCase(), filler[0]!.toUpperCase() + filler.slice(1)]) {
      expect(statementOf(`${written}, the ministry cut 40 jobs.`)).toBe("The ministry cut 40 jobs");
    }
  });
});
