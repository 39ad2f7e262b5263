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
  if (trimmed === "" || [...trimmed].some((char) => char.charCodeAt(0) < 0x20 || char.charCodeAt(0) === 0x7f)) return null;
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
