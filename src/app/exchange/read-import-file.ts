/** A JSON file chosen for import: a claim set, a backup, or the problems that refuse it. */
import type { ClaimSet } from "../../../claim-schemas/claim-set.ts";
import { BACKUP_FORMAT, type Backup } from "../../db/exchange/backup.ts";
import { readBackupValue } from "../../db/exchange/read-backup.ts";
import type { ClaimSetProblem } from "../../io/claim-set/claim-set-problem.ts";
import { readClaimSetValue, readUntrustedJson } from "../../io/claim-set/read-claim-set.ts";

export type ImportFile =
  | { kind: "claim-set"; claimSet: ClaimSet }
  | { kind: "backup"; backup: Backup }
  | { kind: "problems"; problems: ClaimSetProblem[] };

export function readImportFile(text: string): ImportFile {
  const json = readUntrustedJson(text);
  if (!json.ok) return { kind: "problems", problems: json.problems };
  const { value } = json;
  if (typeof value === "object" && value !== null && !Array.isArray(value) && (value as { format?: unknown }).format === BACKUP_FORMAT) {
    const backup = readBackupValue(value as Record<string, unknown>);
    return backup.ok ? { kind: "backup", backup: backup.backup } : { kind: "problems", problems: backup.problems };
  }
  const claimSet = readClaimSetValue(value);
  return claimSet.ok ? { kind: "claim-set", claimSet: claimSet.claimSet } : { kind: "problems", problems: claimSet.problems };
}
