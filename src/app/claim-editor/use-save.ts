import { useCallback } from "react";
import type { ClaimbenchDb } from "../../db/database.ts";
import { useWorkspace, type Actor } from "../workspace/use-workspace.ts";

/**
 * Runs one write as the reviewer: asks their name first if needed (null = they cancelled:
 * nothing is written), and reports a failure in the status area instead of throwing.
 * Resolves to the write's result, or undefined when nothing was written.
 */
export function useSave() {
  const { db, ensureActor, notify } = useWorkspace();
  return useCallback(
    async <T,>(write: (db: ClaimbenchDb, by: Actor) => Promise<T>): Promise<T | undefined> => {
      const actor = await ensureActor();
      if (actor === null) return undefined;
      try {
        return await write(db, actor);
      } catch (error) {
        notify(error instanceof Error ? error.message : String(error), "error");
        return undefined;
      }
    },
    [db, ensureActor, notify],
  );
}
