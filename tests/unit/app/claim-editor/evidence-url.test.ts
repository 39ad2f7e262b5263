import { describe, expect, it } from "vitest";
import { safeLinkHref } from "../../../../src/app/claim-editor/evidence-url.ts";

describe("safeLinkHref", () => {
  it("links http and https URLs", () => {
    expect(safeLinkHref("https://example.org/report?id=1")).toBe("https://example.org/report?id=1");
    expect(safeLinkHref("  http://example.org  ")).toBe("http://example.org/");
    expect(safeLinkHref("HTTPS://EXAMPLE.ORG/a")).toBe("https://example.org/a");
  });

  it.each([
    "javascript:alert(1)",
    "JavaScript:alert(1)",
    " javascript:alert(1)",
    "java\tscript:alert(1)",
    "java\nscript:alert(1)",
    "data:text/html,<script>alert(1)</script>",
    "vbscript:msgbox",
    "file:///etc/passwd",
    "ftp://example.org",
    "//example.org/x",
    "/relative/path",
    "example.org",
    "https://",
    "",
  ])("keeps %j as text", (url) => {
    expect(safeLinkHref(url)).toBeNull();
  });

  it("keeps a missing URL as text", () => {
    expect(safeLinkHref(undefined)).toBeNull();
  });
});
