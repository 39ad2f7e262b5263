/**
 * Converting a claim set written by an older claimbench to the current version, one version
 * at a time. Each published version of the format that is replaced gets one step here, from
 * N to N + 1, in its own function with its own test; a step is never edited once published.
 * Version 1 is the first published version, so there is no step yet.
 */
import { CLAIM_SET_VERSION } from "../../../claim-schemas/vocabulary.ts";

export interface ClaimSetMigration {
  /** The version this step reads; it returns the same claim set as version `from + 1`. */
  from: number;
  /** Gets the raw JSON (an object with `version: from`); may change it in place. */
  migrate(raw: unknown): unknown;
}

/** Ordered by `from`. */
export const CLAIM_SET_MIGRATIONS: readonly ClaimSetMigration[] = [];

export type MigrationResult = { ok: true; value: unknown } | { ok: false; message: string };

/** Runs every step from `fromVersion` up to `toVersion`; never throws. */
export function migrateClaimSet(
  raw: unknown,
  fromVersion: number,
  migrations: readonly ClaimSetMigration[] = CLAIM_SET_MIGRATIONS,
  toVersion: number = CLAIM_SET_VERSION,
): MigrationResult {
  let value = raw;
  for (let version = fromVersion; version < toVersion; version++) {
    const step = migrations.find((migration) => migration.from === version);
    if (step === undefined) {
      return {
        ok: false,
        message:
          `made by an older claimbench (version ${fromVersion}) that this one cannot convert: ` +
          `there is no conversion from version ${version} to ${version + 1}`,
      };
    }
    try {
      value = step.migrate(value);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      return { ok: false, message: `could not convert from version ${version} to ${version + 1}: ${reason}` };
    }
    const reached = (value as { version?: unknown } | null)?.version;
    if (reached !== version + 1) {
      // A bug in the step, not in the file; said plainly so it gets reported.
      return {
        ok: false,
        message: `internal error: the conversion from version ${version} did not produce version ${version + 1}`,
      };
    }
  }
  return { ok: true, value };
}
