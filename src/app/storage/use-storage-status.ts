/**
 * Asks the browser once to keep this site's data (persistent storage), and reports how much
 * is stored, how much may be, and whether the data is safe from eviction. Refreshed after
 * every change to the workspace.
 */
import { useEffect, useState } from "react";
import { useClaimRows } from "../workspace/use-claim-rows.ts";
import type { StorageState } from "./storage-format.ts";

let asked: Promise<boolean | undefined> | undefined;

/** Asks for persistence once per page: a second call gets the first answer. */
function askToPersist(): Promise<boolean | undefined> {
  asked ??= (async () => {
    const storage = navigator.storage as StorageManager | undefined;
    if (storage?.persisted === undefined) return undefined;
    if (await storage.persisted()) return true;
    return storage.persist === undefined ? false : storage.persist();
  })().catch(() => undefined);
  return asked;
}

export function useStorageStatus(): StorageState {
  const { version } = useClaimRows();
  const [state, setState] = useState<StorageState>({});
  useEffect(() => {
    let cancelled = false;
    void (async () => {
      const persisted = await askToPersist();
      const estimate = await navigator.storage?.estimate?.().catch(() => undefined);
      if (cancelled) return;
      const next: StorageState = {};
      if (persisted !== undefined) next.persisted = persisted;
      if (estimate?.usage !== undefined) next.usage = estimate.usage;
      if (estimate?.quota !== undefined) next.quota = estimate.quota;
      setState(next);
    })();
    return () => {
      cancelled = true;
    };
  }, [version]);
  return state;
}
