/** How the history and the panel say when something happened: "just now", "5 min ago", "3 Sep, 14:02". */

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

export function relativeTime(iso: string, now: number = Date.now()): string {
  const at = Date.parse(iso);
  if (Number.isNaN(at)) return iso;
  const ago = now - at;
  if (ago < 45_000) return "just now";
  if (ago < HOUR) return `${Math.round(ago / MINUTE)} min ago`;
  const date = new Date(at);
  const time = date.toLocaleTimeString("en-GB", { hour: "2-digit", minute: "2-digit" });
  if (new Date(now).toDateString() === date.toDateString()) return `today, ${time}`;
  const sameYear = new Date(now).getFullYear() === date.getFullYear();
  const day = date.toLocaleDateString("en-GB", { day: "numeric", month: "short", ...(sameYear ? {} : { year: "numeric" }) });
  return `${day}, ${time}`;
}

/** The full local date and time, for a tooltip. */
export function fullTime(iso: string): string {
  const at = Date.parse(iso);
  return Number.isNaN(at) ? iso : new Date(at).toLocaleString("en-GB", { dateStyle: "medium", timeStyle: "short" });
}
