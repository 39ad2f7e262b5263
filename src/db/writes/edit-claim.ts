/**
 * Edits one claim: its statement, kind, attribution, date, note, evidence, status or
 * reporting. The span stays where it is in the article: editing the statement does not move
 * the claim. Undoable.
 */
import type { Attribution, Evidence } from "../../../claim-schemas/claim-set.ts";
import type { ClaimKind, Reporting, Status } from "../../../claim-schemas/vocabulary.ts";
import { isIsoDay, NOT_AN_ISO_DAY } from "../../core/dates/iso-day.ts";
import type { ClaimbenchDb } from "../database.ts";
import type { StoredClaim } from "../records.ts";
import { requireClaim } from "./require-rows.ts";
import { speakerOf } from "./stored-rows.ts";
import { transact, type Actor } from "./transact.ts";
import { journaled } from "./edit-journal.ts";

export interface ClaimPatch {
  text?: string;
  kind?: ClaimKind;
  /** null: the article's own voice. */
  attribution?: Attribution | null;
  /** null removes the date. */
  date?: string | null;
  note?: string;
  evidence?: Evidence[];
  status?: Status;
  reporting?: Reporting;
}

const FIELD_NAMES: Record<keyof ClaimPatch, string> = {
  text: "text",
  kind: "kind",
  attribution: "attribution",
  date: "date",
  note: "note",
  evidence: "evidence",
  status: "status",
  reporting: "reporting",
};

export async function editClaim(db: ClaimbenchDb, claimId: string, patch: ClaimPatch, by: Actor): Promise<void> {
  const fields = (Object.keys(patch) as (keyof ClaimPatch)[]).filter((key) => patch[key] !== undefined);
  if (fields.length === 0) return;
  await journaled(db, { kind: "edit-claim", claimId, patch }, by, () => writeEdit(db, claimId, patch, fields, by));
}

async function writeEdit(db: ClaimbenchDb, claimId: string, patch: ClaimPatch, fields: readonly (keyof ClaimPatch)[], by: Actor): Promise<void> {
  await transact(
    db,
    by,
    { action: "edit-claim", undoable: true, label: `Edited ${fields.map((field) => FIELD_NAMES[field]).join(", ")} of a claim` },
    async (writer) => {
      const claim = await requireClaim(db, claimId);
      const next = applyPatch(claim, patch, by, writer.now);
      if (JSON.stringify(next) === JSON.stringify({ ...claim, updatedAt: writer.now })) return;
      await writer.put("claims", next);
    },
  );
}

function applyPatch(claim: StoredClaim, patch: ClaimPatch, by: Actor, now: string): StoredClaim {
  const next: StoredClaim = { ...claim, review: { ...claim.review }, updatedAt: now };
  if (patch.text !== undefined) {
    const text = patch.text.trim();
    if (text === "") throw new Error("a claim's text cannot be empty");
    next.text = text;
  }
  if (patch.kind !== undefined) next.kind = patch.kind;
  if (patch.attribution !== undefined) {
    next.attribution = patch.attribution;
    next.speaker = speakerOf(patch.attribution);
  }
  if (patch.date === null) delete next.date;
  else if (patch.date !== undefined) {
    if (!isIsoDay(patch.date)) throw new Error(NOT_AN_ISO_DAY);
    next.date = patch.date;
  }
  if (patch.note !== undefined) {
    if (patch.note.trim() === "") delete next.review.note;
    else next.review.note = patch.note;
  }
  if (patch.evidence !== undefined) next.review.evidence = patch.evidence;
  const judged = (patch.status !== undefined && patch.status !== claim.review.status) ||
    (patch.reporting !== undefined && patch.reporting !== claim.review.reporting);
  if (patch.status !== undefined) next.review.status = patch.status;
  if (patch.reporting !== undefined) next.review.reporting = patch.reporting;
  if (judged || patch.note !== undefined || patch.evidence !== undefined) {
    next.review.reviewer = by.reviewer;
    next.review.reviewedAt = now;
  }
  return next;
}
