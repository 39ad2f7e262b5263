import { describe, expect, it } from "vitest";
import { describeUsage, formatBytes, storageWarning } from "../../../../src/app/storage/storage-format.ts";

describe("storage in words", () => {
  it("formats sizes", () => {
    expect(formatBytes(512)).toBe("512 bytes");
    expect(formatBytes(3.2 * 1024 * 1024)).toBe("3.2 MB");
    expect(formatBytes(1.9 * 1024 ** 3)).toBe("1.9 GB");
    expect(formatBytes(250 * 1024 * 1024)).toBe("250 MB");
    expect(formatBytes(2 * 1024)).toBe("2 KB");
  });

  it("says what is known", () => {
    expect(describeUsage({})).toBe("storage size unknown");
    expect(describeUsage({ usage: 2048 })).toBe("2 KB used");
    expect(describeUsage({ usage: 2048, quota: 1024 ** 3 })).toBe("2 KB of 1 GB");
  });

  it("warns when persistence was refused or the quota is nearly used", () => {
    expect(storageWarning({ persisted: true, usage: 1, quota: 100 })).toBeUndefined();
    expect(storageWarning({ persisted: undefined })).toBeUndefined();
    expect(storageWarning({ persisted: false })).toMatch(/may delete this workspace/);
    expect(storageWarning({ persisted: true, usage: 95, quota: 100 })).toMatch(/almost full/);
  });
});
