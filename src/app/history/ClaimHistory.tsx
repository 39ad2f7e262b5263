/** One claim's history (from the stored history, so it includes other tabs' and earlier sessions' changes). */
import { useLiveQuery } from "dexie-react-hooks";
import { claimHistory } from "../../db/queries/claim-history.ts";
import { useWorkspace } from "../workspace/use-workspace.ts";
import { HistoryList } from "./HistoryList.tsx";

export function ClaimHistory({ claimId }: { claimId: string }) {
  const { db } = useWorkspace();
  const entries = useLiveQuery(async () => [...(await claimHistory(db, claimId))].sort(newestFirst), [db, claimId]);
  return <HistoryList entries={entries} emptyText="No changes yet." />;
}

function newestFirst(a: { seq?: number }, b: { seq?: number }): number {
  return (b.seq ?? 0) - (a.seq ?? 0);
}
