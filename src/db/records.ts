/**
 * The rows claimbench keeps in IndexedDB: the claim-set records of claim-schemas/ plus the
 * bookkeeping the workbench needs (when a row was added or changed, who spoke, where a claim
 * came from) and the change history every write appends to.
 *
 * Stored rows are parsed with these schemas when they cross into the app after a migration
 * (STYLE.md, "Data at the boundaries"); they are loose, so a newer tab's extra fields survive.
 */
import { z } from "zod";
import { Article, Claim, ComparisonGroup } from "../../claim-schemas/claim-set.ts";

const timestamp = z.iso.datetime({ offset: true });

export const StoredArticle = Article.extend({
  addedAt: timestamp,
  updatedAt: timestamp,
});
export type StoredArticle = z.infer<typeof StoredArticle>;

export const CLAIM_ORIGINS = ["extracted", "manual"] as const;
export type ClaimOrigin = (typeof CLAIM_ORIGINS)[number];

export const StoredClaim = Claim.extend({
  /** attribution.entity ?? attribution.source ?? "" — indexed, so the table can filter and group by speaker. */
  speaker: z.string(),
  origin: z.enum(CLAIM_ORIGINS),
  createdAt: timestamp,
  updatedAt: timestamp,
});
export type StoredClaim = z.infer<typeof StoredClaim>;

export const StoredGroup = ComparisonGroup.extend({ updatedAt: timestamp });
export type StoredGroup = z.infer<typeof StoredGroup>;

/** Tables whose rows the history records before and after each change (undo restores them). */
export const HISTORY_TABLES = ["articles", "claims", "groups"] as const;
export type HistoryTable = (typeof HISTORY_TABLES)[number];

/** One row's change: `before` absent = the row was added, `after` absent = it was deleted. */
export interface RowChange {
  table: HistoryTable;
  key: string;
  before?: unknown;
  after?: unknown;
}

export const HISTORY_ACTIONS = [
  "load-seeds",
  "import",
  "set-status",
  "set-reporting",
  "edit-claim",
  "add-claim",
  "split-claim",
  "merge-claims",
  "delete-claims",
  "edit-article",
  "delete-articles",
  "edit-groups",
  "undo",
  "redo",
  "setting",
] as const;
export type HistoryAction = (typeof HISTORY_ACTIONS)[number];

/**
 * One committed write. The history is also the change feed: a tab that sees a new `seq`
 * re-reads exactly `claimIds` and `articleIds`, never the whole table.
 */
export interface HistoryEntry {
  /** Auto-increment primary key: the order of commits across every tab. */
  seq?: number;
  at: string;
  reviewer: string;
  action: HistoryAction;
  /** For people: "Status of 3 claims → refuted". */
  label: string;
  articleIds: string[];
  claimIds: string[];
  /** Present when the entry can be undone: every row as it was before and after. */
  changes?: RowChange[];
  undoable: boolean;
  /** Set on an undoable entry while it stands undone. */
  undone?: boolean;
  /** On "undo" and "redo" entries: the seq of the entry they reversed or replayed. */
  target?: number;
}

export interface Setting {
  key: string;
  value: unknown;
}
