import { useLiveQuery } from "dexie-react-hooks";
import type { ClaimbenchDb } from "../../db/database.ts";
import type { StoredClaim } from "../../db/records.ts";
import { useWorkspace } from "../workspace/use-workspace.ts";

/** An article's full claims (spans, occurrences, quantities), kept live across tabs; undefined while loading. */
export function useArticleClaims(articleId: string): StoredClaim[] | undefined {
  const { db } = useWorkspace();
  return useLiveQuery(() => articleClaims(db, articleId), [db, articleId]);
}

function articleClaims(db: ClaimbenchDb, articleId: string): Promise<StoredClaim[]> {
  return db.claims.where("articleId").equals(articleId).toArray();
}
