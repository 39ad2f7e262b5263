import { describe, expect, it } from "vitest";
import { CLAIM_SET_VERSION } from "../../../../claim-schemas/vocabulary.ts";
import { CLAIM_SET_MIGRATIONS, type ClaimSetMigration, migrateClaimSet } from "../../../../src/io/claim-set/migrations.ts";

// Pretend history: version 0 called the claims "items", version 1 had no generator.
const zeroToOne: ClaimSetMigration = {
  from: 0,
  migrate(raw) {
    const { items, ...rest } = raw as { items: unknown[] };
    return { ...rest, version: 1, claims: items };
  },
};
const oneToTwo: ClaimSetMigration = {
  from: 1,
  migrate: (raw) => ({ ...(raw as object), version: 2, generator: "unknown" }),
};

describe("migrateClaimSet", () => {
  it("applies a v0 -> v1 step", () => {
    expect(migrateClaimSet({ version: 0, items: ["c1"] }, 0, [zeroToOne], 1)).toEqual({
      ok: true,
      value: { version: 1, claims: ["c1"] },
    });
  });

  it("applies every step in order, whatever the order of the list", () => {
    expect(migrateClaimSet({ version: 0, items: [] }, 0, [oneToTwo, zeroToOne], 2)).toEqual({
      ok: true,
      value: { version: 2, claims: [], generator: "unknown" },
    });
  });

  it("starts at the file's version", () => {
    expect(migrateClaimSet({ version: 1 }, 1, [zeroToOne, oneToTwo], 2)).toEqual({
      ok: true,
      value: { version: 2, generator: "unknown" },
    });
  });

  it("changes nothing for a file already at the current version", () => {
    const raw = { version: 1 };
    expect(migrateClaimSet(raw, 1, [], 1)).toEqual({ ok: true, value: raw });
  });

  it("names the missing step", () => {
    expect(migrateClaimSet({ version: 0, items: [] }, 0, [zeroToOne], 2)).toEqual({
      ok: false,
      message:
        "made by an older claimbench (version 0) that this one cannot convert: there is no conversion from version 1 to 2",
    });
  });

  it("reports a step that throws instead of throwing", () => {
    const broken: ClaimSetMigration = {
      from: 0,
      migrate: () => {
        throw new TypeError("items is not iterable");
      },
    };
    expect(migrateClaimSet({ version: 0 }, 0, [broken], 1)).toEqual({
      ok: false,
      message: "could not convert from version 0 to 1: items is not iterable",
    });
  });

  it("reports a step that forgets to set the version", () => {
    const forgetful: ClaimSetMigration = { from: 0, migrate: (raw) => raw };
    expect(migrateClaimSet({ version: 0 }, 0, [forgetful], 1)).toEqual({
      ok: false,
      message: "internal error: the conversion from version 0 did not produce version 1",
    });
  });

  it("has exactly one step for each version before the current one, in order", () => {
    const froms = CLAIM_SET_MIGRATIONS.map((migration) => migration.from);
    // Version 1 is the first published version, so the list starts at 1 once there is one.
    const expected = Array.from({ length: CLAIM_SET_VERSION - 1 }, (_, index) => index + 1);
    expect(froms).toEqual(expected);
  });
});
