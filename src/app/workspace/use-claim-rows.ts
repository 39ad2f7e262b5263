import { useSyncExternalStore } from "react";
import type { ClaimRowsSnapshot } from "./claims-store.ts";
import { useWorkspace } from "./use-workspace.ts";

/** Every claim's table row, re-rendering only when a claim changed. */
export function useClaimRows(): ClaimRowsSnapshot {
  const { claims } = useWorkspace();
  return useSyncExternalStore(claims.subscribe, claims.getSnapshot);
}
