/**
 * Round trip, as a property: any workspace built by reviewing, annotating and deleting claims,
 * exported as JSON text and imported into an empty workspace, exports the same claim set.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ClaimSet } from "../../../claim-schemas/claim-set.ts";
import { REPORTING, STATUSES } from "../../../claim-schemas/vocabulary.ts";
import { exportWorkspace } from "../../../src/db/exchange/export-workspace.ts";
import { applyImport } from "../../../src/db/exchange/merge-claim-set.ts";
import { deleteClaims } from "../../../src/db/writes/delete-claims.ts";
import { editClaim } from "../../../src/db/writes/edit-claim.ts";
import { importArticles } from "../../../src/db/writes/import-articles.ts";
import { setStatus } from "../../../src/db/writes/set-status.ts";
import { freshWorkspace, makeExtractedArticle, MATCH_STORY } from "../factories.ts";

const AT = "2025-06-01T12:00:00.000Z";
const STORIES = [
  { raw: MATCH_STORY },
  {},
  { raw: "date 2024-02-03\nМинистерство сообщило, что задержаны 128 человек. Officials said 7,000 people 👍🏽 marched on Sunday, adding that 40 were hurt." },
];

const operation = fc.oneof(
  fc.record({ kind: fc.constant("status" as const), pick: fc.nat(), status: fc.constantFrom(...STATUSES), reviewer: fc.constantFrom("Ann", "Bob", "Zoë") }),
  fc.record({
    kind: fc.constant("annotate" as const),
    pick: fc.nat(),
    note: fc.string({ unit: "grapheme", maxLength: 40 }),
    reporting: fc.constantFrom(...REPORTING),
    url: fc.webUrl(),
  }),
  fc.record({ kind: fc.constant("delete" as const), pick: fc.nat() }),
);

describe("export, import into an empty workspace, export", () => {
  it("gives the same claim set", async () => {
    await fc.assert(
      fc.asyncProperty(fc.subarray(STORIES, { minLength: 1 }), fc.array(operation, { maxLength: 12 }), async (stories, operations) => {
        const { db } = freshWorkspace();
        await importArticles(db, stories.map((story) => makeExtractedArticle(story)), { reviewer: "" });
        for (const op of operations) {
          const ids = (await db.claims.toCollection().primaryKeys()).sort();
          if (ids.length === 0) break;
          const id = ids[op.pick % ids.length]!;
          if (op.kind === "status") await setStatus(db, [id], op.status, { reviewer: op.reviewer });
          else if (op.kind === "annotate") await editClaim(db, id, { note: op.note, reporting: op.reporting, evidence: [{ url: op.url, note: op.note }] }, { reviewer: "Ann" });
          else await deleteClaims(db, [id], { reviewer: "Ann" });
        }
        const exported = await exportWorkspace(db, {}, AT);
        const read = ClaimSet.parse(JSON.parse(JSON.stringify(exported)));
        const empty = freshWorkspace().db;
        await applyImport(empty, read, new Map(), { reviewer: "Cy" });
        expect(await exportWorkspace(empty, {}, AT)).toEqual(exported);
      }),
      { numRuns: 30 },
    );
  });
});
