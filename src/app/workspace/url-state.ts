/**
 * The current view lives in the URL's query string — tab, selected claim or article, and
 * each view's filters, sort and grouping — so a view can be bookmarked and shared, and Back
 * and Forward move between views. Keys the shell owns: `view` (claims | articles | import),
 * `claim` (the selected claim's id), `article` (the open article's id). Each view documents
 * its own keys beside its code.
 */
import { useCallback, useSyncExternalStore } from "react";

export type UrlPatch = Record<string, string | null | undefined>;

const listeners = new Set<() => void>();
/** The query string the app shows; ahead of the address bar while a lazy write is pending. */
let current = window.location.search;
let writePending = false;

function emit(): void {
  for (const listener of listeners) listener();
}

window.addEventListener("popstate", () => {
  writePending = false;
  current = window.location.search;
  emit();
});

function urlOf(search: string): string {
  return `${window.location.pathname}${search}${window.location.hash}`;
}

function writeAddressBar(): void {
  if (!writePending) return;
  writePending = false;
  window.history.replaceState(null, "", urlOf(current));
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function getSearch(): string {
  return current;
}

/** The current query string as the app sees it (read this, not window.location). */
export function currentParams(): URLSearchParams {
  return new URLSearchParams(current);
}

/**
 * Applies a patch (null or undefined removes a key). `push` makes a new history entry.
 * `lazily` writes the address bar after the next frame is painted, once for a burst of
 * changes: Chrome spends milliseconds on each history write, which typing in the search box
 * would otherwise pay before its rows are drawn. The app sees the change at once either way.
 */
export function updateUrl(patch: UrlPatch, options: { push?: boolean; lazily?: boolean } = {}): void {
  const params = new URLSearchParams(current);
  for (const [key, value] of Object.entries(patch)) {
    if (value === null || value === undefined || value === "") params.delete(key);
    else params.set(key, value);
  }
  const search = params.toString();
  const next = search === "" ? "" : `?${search}`;
  if (next === current) return;
  if (options.push === true) {
    writeAddressBar(); // the entry being left keeps its own state
    current = next;
    window.history.pushState(null, "", urlOf(next));
  } else if (options.lazily === true) {
    current = next;
    if (!writePending) {
      writePending = true;
      requestAnimationFrame(() => setTimeout(writeAddressBar, 0));
    }
  } else {
    writePending = false;
    current = next;
    window.history.replaceState(null, "", urlOf(next));
  }
  emit();
}

/** The query string as URLSearchParams (a fresh object per change) and the updater. */
export function useUrlParams(): [URLSearchParams, (patch: UrlPatch, options?: { push?: boolean }) => void] {
  const search = useSyncExternalStore(subscribe, getSearch);
  // Parsing is cheap; a new object only when the string changed keeps memo keys honest.
  const params = useSearchParamsOf(search);
  const update = useCallback((patch: UrlPatch, options?: { push?: boolean }) => updateUrl(patch, options), []);
  return [params, update];
}

const parsed = new Map<string, URLSearchParams>();
function useSearchParamsOf(search: string): URLSearchParams {
  let params = parsed.get(search);
  if (params === undefined) {
    if (parsed.size > 50) parsed.clear();
    params = new URLSearchParams(search);
    parsed.set(search, params);
  }
  return params;
}
