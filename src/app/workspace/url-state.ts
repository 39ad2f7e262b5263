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
let current = window.location.search;

function emit(): void {
  current = window.location.search;
  for (const listener of listeners) listener();
}

window.addEventListener("popstate", emit);

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function getSearch(): string {
  return current;
}

/** Applies a patch (null or undefined removes a key). `push` makes a new history entry. */
export function updateUrl(patch: UrlPatch, options: { push?: boolean } = {}): void {
  const params = new URLSearchParams(window.location.search);
  for (const [key, value] of Object.entries(patch)) {
    if (value === null || value === undefined || value === "") params.delete(key);
    else params.set(key, value);
  }
  const search = params.toString();
  const next = `${window.location.pathname}${search === "" ? "" : `?${search}`}${window.location.hash}`;
  if (next === `${window.location.pathname}${window.location.search}${window.location.hash}`) return;
  if (options.push === true) window.history.pushState(null, "", next);
  else window.history.replaceState(null, "", next);
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
