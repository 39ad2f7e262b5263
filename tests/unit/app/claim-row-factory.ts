/** Claims-table rows for tests: sensible defaults, any field overridden, the search text made as the app makes it. */
import { searchTextOf, type ClaimRow } from "../../../src/db/claim-row.ts";

export function claimRow(overrides: Partial<Omit<ClaimRow, "search">> & { id: string }): ClaimRow {
  const fields: Omit<ClaimRow, "search"> = {
    articleId: "a-1",
    articleTitle: "Budget day",
    text: `Claim ${overrides.id}`,
    speaker: "",
    cue: "",
    mode: "",
    kind: "quantity",
    quantities: "",
    status: "unreviewed",
    reporting: "unchecked",
    checkworthiness: 0.5,
    updatedAt: "2026-01-01T00:00:00.000Z",
    spanStart: 0,
    ...overrides,
  };
  return { ...fields, search: searchTextOf(fields) };
}
