/** The workspace's latest changes, every reviewer and tab; an entry selects the claim it touched. */
import { useLiveQuery } from "dexie-react-hooks";
import { recentActivity } from "./recent-activity.ts";
import { useWorkspace } from "../workspace/use-workspace.ts";
import { HistoryList } from "./HistoryList.tsx";

export function ActivityList({ limit = 30, onSelectClaim }: { limit?: number; onSelectClaim: (claimId: string) => void }) {
  const { db } = useWorkspace();
  const entries = useLiveQuery(() => recentActivity(db, limit), [db, limit]);
  return <HistoryList entries={entries} emptyText="Nothing has changed yet." onSelectClaim={onSelectClaim} />;
}
