/**
 * What every feature of the app gets from the shell: the open database, the in-memory claim
 * index, the articles, who is reviewing, undo and redo, and a way to tell the user something.
 */
import { createContext, useContext } from "react";
import type { ClaimbenchDb } from "../../db/database.ts";
import type { StoredArticle } from "../../db/records.ts";
import type { ClaimsStore } from "./claims-store.ts";

export interface Actor {
  reviewer: string;
}

export type NoticeTone = "info" | "error";

export interface Workspace {
  db: ClaimbenchDb;
  claims: ClaimsStore;
  /** Every article by id, with its text; replaced (new Map) when one changes. Empty until articlesLoaded. */
  articles: ReadonlyMap<string, StoredArticle>;
  /** False for a moment at start: the claims table opens before every article was read. */
  articlesLoaded: boolean;
  /** Who is working; reviewer is "" until they gave a name. */
  actor: Actor;
  /**
   * The reviewer, asking for their name first if it was never given (asked once, kept).
   * Null when they dismissed the question: do not write then.
   */
  ensureActor(): Promise<Actor | null>;
  undo(): Promise<void>;
  redo(): Promise<void>;
  /** A short message in the status area (read out by screen readers). */
  notify(message: string, tone?: NoticeTone): void;
}

export const WorkspaceContext = createContext<Workspace | null>(null);

export function useWorkspace(): Workspace {
  const workspace = useContext(WorkspaceContext);
  if (workspace === null) throw new Error("useWorkspace() outside <WorkspaceProvider>");
  return workspace;
}
