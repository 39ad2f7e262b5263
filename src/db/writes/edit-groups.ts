/**
 * Comparison groups a reviewer keeps: a proposed group confirmed (or rejected, so the same
 * proposal does not come back), a group built by hand, claims moved in or out, a group split
 * in two, a verdict set, a group deleted. Every change is one undoable history entry.
 * The verdict is the caller's: it recomputes it with the core's judge when members change.
 */
import type { ComparisonGroup } from "../../../claim-schemas/claim-set.ts";
import type { Verdict } from "../../../claim-schemas/vocabulary.ts";
import type { ClaimbenchDb } from "../database.ts";
import type { StoredGroup } from "../records.ts";
import { requireClaims } from "./require-rows.ts";
import { countOf, transact, type Actor, type Writer } from "./transact.ts";

export interface GroupDraft {
  id: string;
  about: string;
  claimIds: readonly string[];
  verdict: Verdict;
}

/** Keeps a proposed group (or one built by hand) as confirmed. */
export async function confirmGroup(db: ClaimbenchDb, group: GroupDraft, by: Actor): Promise<void> {
  await transact(db, by, { action: "edit-groups", undoable: true, label: `Confirmed the group "${group.about}"` }, async (writer) => {
    await putGroup(db, writer, { ...group, claimIds: [...group.claimIds], confirmed: true });
  });
}

/** Remembers that a proposal was rejected, so it is not proposed again. */
export async function rejectGroup(db: ClaimbenchDb, group: GroupDraft, by: Actor): Promise<void> {
  await transact(db, by, { action: "edit-groups", undoable: true, label: `Rejected the group "${group.about}"` }, async (writer) => {
    await putGroup(db, writer, { ...group, claimIds: [...group.claimIds], confirmed: false, rejected: true });
  });
}

/** A confirmed group's members and verdict after claims were moved in or out. */
export async function setGroupMembers(db: ClaimbenchDb, groupId: string, claimIds: readonly string[], verdict: Verdict, by: Actor): Promise<void> {
  await transact(db, by, { action: "edit-groups", undoable: true, label: `Changed the claims of a group (${countOf(claimIds.length, "claim")})` }, async (writer) => {
    const group = await requireGroup(db, groupId);
    if (claimIds.length < 2) await writer.remove("groups", group.id);
    else await putGroup(db, writer, { ...group, claimIds: [...new Set(claimIds)], verdict });
  });
}

/** The reviewer's own verdict on a group. */
export async function setGroupVerdict(db: ClaimbenchDb, groupId: string, verdict: Verdict, by: Actor): Promise<void> {
  await transact(db, by, { action: "edit-groups", undoable: true, label: `Group verdict → ${verdict}` }, async (writer) => {
    const group = await requireGroup(db, groupId);
    if (group.verdict !== verdict) await writer.put("groups", { ...group, verdict, updatedAt: writer.now });
  });
}

/** Moves `claimIds` out of a group into a new confirmed group of their own. */
export async function splitGroup(
  db: ClaimbenchDb,
  groupId: string,
  split: { claimIds: readonly string[]; about: string; verdict: Verdict; id: string },
  rest: { verdict: Verdict },
  by: Actor,
): Promise<void> {
  await transact(db, by, { action: "edit-groups", undoable: true, label: "Split a group in two" }, async (writer) => {
    const group = await requireGroup(db, groupId);
    const moving = new Set(split.claimIds);
    const staying = group.claimIds.filter((id) => !moving.has(id));
    if (moving.size < 2 || staying.length < 2) throw new Error("each part of a split group needs at least two claims");
    await putGroup(db, writer, { ...group, claimIds: staying, verdict: rest.verdict });
    await putGroup(db, writer, { id: split.id, about: split.about, claimIds: [...moving], verdict: split.verdict, confirmed: true });
  });
}

export async function deleteGroup(db: ClaimbenchDb, groupId: string, by: Actor): Promise<void> {
  await transact(db, by, { action: "edit-groups", undoable: true, label: "Deleted a comparison group" }, async (writer) => {
    await writer.remove("groups", (await requireGroup(db, groupId)).id);
  });
}

async function putGroup(db: ClaimbenchDb, writer: Writer, group: ComparisonGroup & { rejected?: boolean }): Promise<void> {
  if (new Set(group.claimIds).size < 2) throw new Error("a comparison group needs at least two claims");
  await requireClaims(db, group.claimIds);
  const stored: StoredGroup = { ...group, updatedAt: writer.now };
  if (!group.rejected) delete (stored as { rejected?: boolean }).rejected;
  await writer.put("groups", stored);
}

async function requireGroup(db: ClaimbenchDb, id: string): Promise<StoredGroup> {
  const group = await db.groups.get(id);
  if (group === undefined) throw new Error(`no comparison group ${id}`);
  return group;
}
