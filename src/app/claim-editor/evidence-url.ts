/**
 * Which evidence URLs become links. Evidence is typed or imported by anyone, so only an
 * absolute http(s) URL is ever clickable; `javascript:`, `data:`, relative and malformed
 * URLs are shown as text.
 */

/** The URL to put in an href, or null when the text must stay text. */
export function safeLinkHref(url: string | undefined): string | null {
  if (url === undefined) return null;
  const trimmed = url.trim();
  // Browsers strip control characters and spaces inside the scheme ("java\tscript:"); never guess, parse.
  if (trimmed === "" || /[\u0000-\u001f\u007f]/u.test(trimmed)) return null;
  let parsed: URL;
  try {
    parsed = new URL(trimmed);
  } catch {
    return null;
  }
  if (parsed.protocol !== "http:" && parsed.protocol !== "https:") return null;
  if (parsed.hostname === "") return null;
  return parsed.href;
}
