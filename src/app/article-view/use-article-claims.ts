import { useLiveQuery } from "dexie-react-hooks";
import { claimsOfArticle } from "../../db/queries/get-claim.ts";
import type { StoredClaim } from "../../db/records.ts";
import { useWorkspace } from "../workspace/use-workspace.ts";

/** An article's full claims (spans, occurrences, quantities), kept live across tabs; undefined while loading. */
export function useArticleClaims(articleId: string): StoredClaim[] | undefined {
  const { db } = useWorkspace();
  return useLiveQuery(() => claimsOfArticle(db, articleId), [db, articleId]);
}
