/**
 * Reads a claim-set file that came from anywhere — the one gate both the workbench's import
 * and `claimbench validate` go through. Pure: text in, the claim set or every problem out,
 * in Node and the browser alike. The file is untrusted, so the checks run in stages and stop
 * at the first stage that fails:
 *
 *   1. size (200 MB by default) and emptiness;
 *   2. JSON syntax and nesting depth, checked before JSON.parse so a hostile file cannot
 *      overflow the stack; `__proto__`, `constructor` and `prototype` keys are dropped;
 *   3. shape: one object, our `format`, a `version` this claimbench reads (older versions are
 *      converted by migrations.ts);
 *   4. the ClaimSet schema, every issue with its path (fields the schema does not know are
 *      kept, as in every loose object of the contract);
 *   5. integrity: unique ids, references that resolve, spans inside their text, quotes that
 *      match it (check-claim-set-integrity.ts).
 */
import { ClaimSet } from "../../../claim-schemas/claim-set.ts";
import { CLAIM_SET_FORMAT, CLAIM_SET_VERSION } from "../../../claim-schemas/vocabulary.ts";
import { checkClaimSetIntegrity } from "./check-claim-set-integrity.ts";
import { findJsonSyntaxProblem } from "./check-json-syntax.ts";
import { capProblems, type ClaimSetProblem, describeJsonValue, showString } from "./claim-set-problem.ts";
import { describeSchemaIssues } from "./describe-schema-issues.ts";
import { type ClaimSetMigration, CLAIM_SET_MIGRATIONS, migrateClaimSet } from "./migrations.ts";
import { nameOtherFormat } from "./name-other-format.ts";

export type { ClaimSetProblem } from "./claim-set-problem.ts";

/** Far above any real claim set; keeps a wrong file (a disk image, a log) from being parsed. */
export const DEFAULT_MAX_CLAIM_SET_BYTES = 200 * 1024 * 1024;

/** A claim set nests about 7 levels; fields added by a newer version get plenty of room. */
export const MAX_JSON_DEPTH = 64;

export interface ReadClaimSetOptions {
  /** The largest file accepted, in bytes of UTF-8. */
  maxBytes?: number;
  /** The conversions from older versions; the real list unless a test passes its own. */
  migrations?: readonly ClaimSetMigration[];
}

export type ReadClaimSetResult =
  | { ok: true; claimSet: ClaimSet; /** The version the file had, when it was converted. */ migratedFrom?: number }
  | { ok: false; problems: ClaimSetProblem[] };

const CLAIM_SET_FORMAT_HINT = `a claim set has "format": "${CLAIM_SET_FORMAT}"`;

/**
 * Stages 1 and 2 on their own, for other JSON files from outside (a backup): the value, with
 * prototype keys dropped, or the one problem that stopped it. Never throws.
 */
export function readUntrustedJson(text: string, options: { maxBytes?: number } = {}): { ok: true; value: unknown } | { ok: false; problems: ClaimSetProblem[] } {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_CLAIM_SET_BYTES;
  // Every UTF-16 code unit is at most 3 bytes of UTF-8: count only when it could matter.
  const size = text.length * 3 <= maxBytes ? 0 : utf8Length(text);
  if (size > maxBytes) return problem(`file is ${describeSize(size, "up")}; the limit is ${describeSize(maxBytes, "down")}`);

  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (body.trim() === "") return problem("file is empty");

  const syntax = findJsonSyntaxProblem(body, MAX_JSON_DEPTH);
  if (syntax !== undefined) {
    const where = `line ${syntax.line}, column ${syntax.column}`;
    return problem(syntax.kind === "too-deep" ? `${where}: ${syntax.message}` : `not valid JSON: ${where}: ${syntax.message}`);
  }
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch (error) {
    // Should not happen after the syntax check, short of running out of memory.
    return problem(`could not be read as JSON: ${error instanceof Error ? error.message : String(error)}`);
  }
  dropPrototypeKeys(value);
  return { ok: true, value };
}

/** Never throws: every way the text can be wrong comes back as problems. */
export function readClaimSet(text: string, options: ReadClaimSetOptions = {}): ReadClaimSetResult {
  const json = readUntrustedJson(text, options);
  return json.ok ? readClaimSetValue(json.value, options) : json;
}

/** Stages 3 to 5: a value parsed from untrusted JSON (readUntrustedJson) as a claim set. */
export function readClaimSetValue(value: unknown, options: ReadClaimSetOptions = {}): ReadClaimSetResult {
  if (!isRecord(value)) {
    return problem(`not a claim set: the file holds ${describeTopLevel(value)}, not an object with "format": "${CLAIM_SET_FORMAT}"`);
  }
  if (value.format !== CLAIM_SET_FORMAT) return problem(...describeOtherFormat(value));

  const version = value.version;
  if (version === undefined) {
    return problem(`missing (expected a whole number; this claimbench reads up to version ${CLAIM_SET_VERSION})`, "version");
  }
  if (typeof version !== "number" || !Number.isSafeInteger(version) || version < 0) {
    return problem(`expected a whole number, got ${describeJsonValue(version)}`, "version");
  }
  if (version > CLAIM_SET_VERSION) {
    return problem(`made by a newer claimbench (version ${version}); this one reads up to version ${CLAIM_SET_VERSION}`);
  }
  let migrated: unknown = value;
  if (version < CLAIM_SET_VERSION) {
    const result = migrateClaimSet(value, version, options.migrations ?? CLAIM_SET_MIGRATIONS);
    if (!result.ok) return problem(result.message);
    migrated = result.value;
  }

  const parsed = ClaimSet.safeParse(migrated, { reportInput: true });
  if (!parsed.success) return { ok: false, problems: capProblems(describeSchemaIssues(parsed.error.issues)) };

  const broken = checkClaimSetIntegrity(parsed.data);
  if (broken.length > 0) return { ok: false, problems: capProblems(broken) };

  return version < CLAIM_SET_VERSION
    ? { ok: true, claimSet: parsed.data, migratedFrom: version }
    : { ok: true, claimSet: parsed.data };
}

function problem(message: string, path = ""): { ok: false; problems: ClaimSetProblem[] } {
  return { ok: false, problems: [{ path, message }] };
}

function describeOtherFormat(value: Readonly<Record<string, unknown>>): [message: string, path?: string] {
  const name = nameOtherFormat(value);
  if (name !== undefined) return [`another format: ${name}, not a claim set`];
  if (!Object.hasOwn(value, "format")) return [`another format: no "format" field (${CLAIM_SET_FORMAT_HINT})`];
  const format = typeof value.format === "string" ? showString(value.format) : describeJsonValue(value.format);
  return [`another format: ${format} (${CLAIM_SET_FORMAT_HINT})`, "format"];
}

function describeTopLevel(value: unknown): string {
  if (Array.isArray(value)) return "a JSON array";
  if (typeof value === "string") return "a JSON string";
  if (typeof value === "number") return "a number";
  return String(value);
}

const PROTOTYPE_KEYS = ["__proto__", "constructor", "prototype"] as const;

/**
 * JSON.parse makes "__proto__" an ordinary own property, but code further on that copies
 * objects with assignment (Object.assign, a for-in copy, a merge) would turn it into a
 * prototype and let a file plant fields or pollute Object.prototype. None of these names is
 * a field of the contract, so they are removed outright. A loop, not recursion: the depth
 * is already capped, but the cost should not depend on it.
 */
function dropPrototypeKeys(root: unknown): void {
  const pending: unknown[] = [root];
  while (pending.length > 0) {
    const item = pending.pop();
    if (typeof item !== "object" || item === null) continue;
    if (Array.isArray(item)) {
      for (const element of item) if (typeof element === "object" && element !== null) pending.push(element);
      continue;
    }
    const record = item as Record<string, unknown>;
    for (const key of PROTOTYPE_KEYS) if (Object.hasOwn(record, key)) delete record[key];
    for (const key in record) {
      const child = record[key];
      if (typeof child === "object" && child !== null) pending.push(child);
    }
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function utf8Length(text: string): number {
  let bytes = text.length;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code < 0x80) continue;
    // 2 bytes below U+0800; a surrogate pair is 4 bytes for 2 units; the rest 3 bytes.
    bytes += code < 0x800 || (code >= 0xd800 && code <= 0xdfff) ? 1 : 2;
  }
  return bytes;
}

const MEGABYTE = 1024 * 1024;

/** "250.3 MB", or bytes below a megabyte; the file's size rounds up so it never reads as the limit. */
function describeSize(bytes: number, round: "up" | "down"): string {
  if (bytes < MEGABYTE) return `${bytes.toLocaleString("en-US")} bytes`;
  const tenths = (round === "up" ? Math.ceil : Math.floor)((bytes / MEGABYTE) * 10) / 10;
  return `${tenths} MB`;
}
