/**
 * A backup file from outside, checked like a claim set before anything is restored: the
 * Backup schema (every problem with its path), a version this claimbench reads, and the same
 * integrity checks as a claim set over its articles and claims (ids, references, spans, quotes).
 */
import { capProblems, type ClaimSetProblem } from "../../io/claim-set/claim-set-problem.ts";
import { checkClaimSetIntegrity } from "../../io/claim-set/check-claim-set-integrity.ts";
import { describeSchemaIssues } from "../../io/claim-set/describe-schema-issues.ts";
import { Backup, BACKUP_VERSION, backupAsClaimSet } from "./backup.ts";

export type ReadBackupResult = { ok: true; backup: Backup } | { ok: false; problems: ClaimSetProblem[] };

/** `value` comes from readUntrustedJson and has `format: "claimbench.backup"`. */
export function readBackupValue(value: Record<string, unknown>): ReadBackupResult {
  const version = value.version;
  if (typeof version === "number" && version > BACKUP_VERSION) {
    return { ok: false, problems: [{ path: "", message: `a backup made by a newer claimbench (version ${version}); this one reads up to version ${BACKUP_VERSION}` }] };
  }
  const parsed = Backup.safeParse(value, { reportInput: true });
  if (!parsed.success) return { ok: false, problems: capProblems(describeSchemaIssues(parsed.error.issues)) };
  const broken = checkClaimSetIntegrity(backupAsClaimSet(parsed.data));
  if (broken.length > 0) return { ok: false, problems: capProblems(broken) };
  const seqs = new Set<number>();
  for (const [index, entry] of parsed.data.history.entries()) {
    if (seqs.has(entry.seq)) return { ok: false, problems: [{ path: `history[${index}].seq`, message: `${entry.seq} appears twice` }] };
    seqs.add(entry.seq);
  }
  return { ok: true, backup: parsed.data };
}
