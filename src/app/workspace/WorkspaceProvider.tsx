/**
 * Opens the workspace and keeps the app in step with it: opens the database, loads the seed
 * articles on first start, loads the claim index, follows the change feed (this tab's writes
 * and other tabs'), and owns undo, redo, the reviewer's name and the status messages.
 * A newer tab upgrading the schema closes this tab's connection and shows a reload banner
 * instead of an error.
 */
import { useCallback, useEffect, useMemo, useState, type ReactNode } from "react";
import { openClaimbenchDb, type ClaimbenchDb } from "../../db/database.ts";
import { readChangesSince, subscribeToChanges } from "../../db/change-feed.ts";
import { replayPendingEdits } from "../../db/writes/replay-edits.ts";
import { toClaimRow, type ClaimRow } from "../../db/claim-row.ts";
import { latestSeq } from "../../db/queries/latest-seq.ts";
import { listArticles } from "../../db/queries/list-articles.ts";
import { articleTitleOf, loadClaimRows } from "../../db/queries/load-claim-rows.ts";
import { getSetting } from "../../db/queries/get-setting.ts";
import type { StoredArticle } from "../../db/records.ts";
import { redo as redoWrite } from "../../db/writes/redo.ts";
import { setSetting } from "../../db/writes/set-setting.ts";
import { undo as undoWrite } from "../../db/writes/undo.ts";
import { loadSeedsOnFirstStart } from "../ingest/load-seeds.ts";
import { ClaimsStore } from "./claims-store.ts";
import { ReviewerDialog } from "./ReviewerDialog.tsx";
import { PendingEdits } from "./pending-edits.ts";
import { WorkspaceContext, type Actor, type NoticeTone, type Workspace } from "./use-workspace.ts";

type Phase =
  | { name: "opening"; step: string }
  | { name: "ready"; db: ClaimbenchDb }
  | { name: "failed"; message: string }
  | { name: "outdated" };

let nextNoticeId = 1;

export interface Notice {
  id: number;
  message: string;
  tone: NoticeTone;
}

export function WorkspaceProvider({ children, renderChrome }: {
  children: ReactNode;
  /** Draws the banners and notices around the app (so the shell decides where they go). */
  renderChrome?: (chrome: { notices: readonly Notice[]; dismiss(id: number): void }) => ReactNode;
}) {
  const [phase, setPhase] = useState<Phase>({ name: "opening", step: "Opening the workspace…" });
  // Null until every article was read (the claims table opens before that).
  const [articles, setArticles] = useState<ReadonlyMap<string, StoredArticle> | null>(null);
  const [reviewer, setReviewer] = useState("");
  const [asking, setAsking] = useState<((actor: Actor | null) => void) | null>(null);
  const [notices, setNotices] = useState<readonly Notice[]>([]);
  const claims = useMemo(() => new ClaimsStore(), []);

  const notify = useCallback((message: string, tone: NoticeTone = "info") => {
    const id = nextNoticeId++;
    setNotices((current) => [...current.slice(-3), { id, message, tone }]);
    if (tone === "info") window.setTimeout(() => setNotices((current) => current.filter((n) => n.id !== id)), 5000);
  }, []);
  const dismiss = useCallback((id: number) => setNotices((current) => current.filter((n) => n.id !== id)), []);

  useEffect(() => {
    let db: ClaimbenchDb | undefined;
    let cancelled = false;
    let stopFollowing = () => {};
    void (async () => {
      try {
        db = openClaimbenchDb();
        db.on("versionchange", () => {
          db?.close();
          setPhase({ name: "outdated" });
          return false;
        });
        await db.open();
        setPhase({ name: "opening", step: "Loading the seed articles…" });
        await loadSeedsOnFirstStart(db);
        // Edits a tab noted but may not have saved before it closed.
        await replayPendingEdits(db);
        setPhase({ name: "opening", step: "Loading claims…" });
        // Changes after this seq are replayed below, so nothing committed during the load is missed.
        let seenSeq = await latestSeq(db);
        if (cancelled) return;
        setReviewer(((await getSetting(db, "reviewer")) as string | undefined) ?? "");
        const openDb = db;
        let articleMap = new Map<string, StoredArticle>();
        const titles = new Map<string, string>();
        // Until every article is read, the titles the first page came with.
        const titleFor = (articleId: string) =>
          articleMap.has(articleId) ? titleOf(articleMap.get(articleId)) : (titles.get(articleId) ?? "");
        let catchingUp: Promise<void> = Promise.resolve();
        // Reads claims again and puts them in the index (a claim gone is dropped), in pages: an
        // import of 20,000 claims must not hold the page for one long read.
        const refresh = async (claimIds: Iterable<string>) => {
          const ids = [...claimIds];
          for (let start = 0; start < ids.length; start += CATCH_UP_PAGE) {
            const page = ids.slice(start, start + CATCH_UP_PAGE);
            const fresh = await openDb.claims.bulkGet(page);
            const rows = fresh.flatMap((claim) =>
              claim === undefined ? [] : [toClaimRow(claim, titleFor(claim.articleId))],
            );
            claims.apply(pending.settledRows(rows), page.filter((_, index) => fresh[index] === undefined));
          }
        };
        // A status or reporting edit shows at once, from the first rows on, while the rest of
        // the claims may still be loading: a claim shown is already in the index, and pages
        // are disjoint, so no later page brings an older copy of it. (Claims of a bulk edit
        // not loaded yet come with their next page, and are set right by the catch-up after
        // the load.) One that failed to save is read back.
        const pending = new PendingEdits(claims, (ids) => {
          catchingUp = catchingUp.then(() => refresh(ids)).catch((error: unknown) => notify(describe(error), "error"));
        });
        if (cancelled) return;
        const stopPending = pending.follow();
        stopFollowing = stopPending;

        // The app opens on the first page of claims, titled from their own articles; then every
        // article is read, then the rest of the claims stream in behind the open table.
        const readArticles = async () => {
          articleMap = new Map((await listArticles(openDb)).map((article) => [article.id, article]));
          for (const article of articleMap.values()) titles.set(article.id, articleTitleOf(article));
          if (!cancelled) setArticles(articleMap);
        };
        const batch = new LoadBatch(claims);
        let opened = false;
        await loadClaimRows(
          db,
          async (page) => {
            batch.add(page);
            if (opened || cancelled) return;
            opened = true;
            setPhase({ name: "ready", db: openDb });
            await readArticles();
          },
          titles,
        );
        batch.flush();
        if (!opened) {
          // An empty workspace has no first page to open on.
          await readArticles();
          if (cancelled) return;
          setPhase({ name: "ready", db: openDb });
        }
        claims.markLoaded();

        // Everything committed since the load began (edits made meanwhile included) is read now.
        const catchUp = async () => {
          const entries = await readChangesSince(openDb, seenSeq);
          if (entries.length === 0) return;
          seenSeq = Math.max(seenSeq, ...entries.map((entry) => entry.seq ?? 0));
          const articleIds = new Set(entries.flatMap((entry) => entry.articleIds));
          const claimIds = new Set(entries.flatMap((entry) => entry.claimIds));
          if (articleIds.size > 0) {
            const fresh = await openDb.articles.bulkGet([...articleIds]);
            const next = new Map(articleMap);
            [...articleIds].forEach((id, index) => {
              const article = fresh[index];
              if (article === undefined) next.delete(id);
              else next.set(id, article);
            });
            articleMap = next;
            setArticles(next);
            // An article's new title shows in its claims' rows.
            for (const row of claims.getSnapshot().rows) if (articleIds.has(row.articleId)) claimIds.add(row.id);
          }
          await refresh(claimIds);
        };
        const follow = () => {
          catchingUp = catchingUp.then(catchUp).catch((error: unknown) => notify(describe(error), "error"));
        };
        if (cancelled) return;
        const stopFeed = subscribeToChanges(follow);
        stopFollowing = () => {
          stopFeed();
          stopPending();
        };
        follow();
      } catch (error) {
        if (!cancelled) setPhase({ name: "failed", message: describe(error) });
      }
    })();
    return () => {
      cancelled = true;
      stopFollowing();
      db?.close();
    };
  }, [claims, notify]);

  const ensureActor = useCallback(async (): Promise<Actor | null> => {
    if (reviewer !== "") return { reviewer };
    return new Promise<Actor | null>((resolve) => setAsking(() => resolve));
  }, [reviewer]);

  const answerReviewer = useCallback(
    async (name: string | null) => {
      const resolve = asking;
      setAsking(null);
      if (name === null || phase.name !== "ready") {
        resolve?.(null);
        return;
      }
      await setSetting(phase.db, "reviewer", name);
      setReviewer(name);
      resolve?.({ reviewer: name });
    },
    [asking, phase],
  );

  const workspace = useMemo((): Workspace | null => {
    if (phase.name !== "ready") return null;
    const { db } = phase;
    const runHistoryStep = async (step: "undo" | "redo") => {
      try {
        const entry = await (step === "undo" ? undoWrite : redoWrite)(db, { reviewer });
        notify(entry === null ? `Nothing to ${step}.` : `${step === "undo" ? "Undone" : "Redone"}: ${entry.label}`);
      } catch (error) {
        notify(describe(error), "error");
      }
    };
    return {
      db,
      claims,
      articles: articles ?? NO_ARTICLES,
      articlesLoaded: articles !== null,
      actor: { reviewer },
      ensureActor,
      undo: () => runHistoryStep("undo"),
      redo: () => runHistoryStep("redo"),
      notify,
    };
  }, [phase, claims, articles, reviewer, ensureActor, notify]);

  if (phase.name === "outdated") return <OutdatedBanner />;
  if (phase.name === "failed") return <OpenFailed message={phase.message} />;
  if (workspace === null) {
    return (
      <div className="workspace-loading" role="status">
        {phase.name === "opening" ? phase.step : "Opening the workspace…"}
      </div>
    );
  }
  return (
    <WorkspaceContext.Provider value={workspace}>
      {children}
      {renderChrome?.({ notices, dismiss })}
      {asking !== null && <ReviewerDialog onAnswer={(name) => void answerReviewer(name)} />}
    </WorkspaceContext.Provider>
  );
}

function OutdatedBanner() {
  return (
    <div className="blocking-banner" role="alert">
      <h1>claimbench was updated in another tab</h1>
      <p>
        That tab upgraded the workspace to a newer version. Your work is saved; reload this tab to continue with the
        new version.
      </p>
      <button type="button" className="button primary" onClick={() => window.location.reload()}>
        Reload
      </button>
    </div>
  );
}

function OpenFailed({ message }: { message: string }) {
  return (
    <div className="blocking-banner" role="alert">
      <h1>The workspace could not be opened</h1>
      <p>{message}</p>
      <p>
        claimbench keeps your work in this browser&apos;s storage (IndexedDB). Private windows and some privacy settings
        turn it off; allow site data for this page and reload.
      </p>
      <button type="button" className="button primary" onClick={() => window.location.reload()}>
        Reload
      </button>
    </div>
  );
}

const NO_ARTICLES: ReadonlyMap<string, StoredArticle> = new Map();

/** Claims read per request when following another write. */
const CATCH_UP_PAGE = 2000;

/**
 * Pages of the first load, handed to the claim index in growing batches: the table shows the
 * first page at once, then each batch at least as large as all before it, so the views derive
 * their lists a handful of times in all instead of once per page (linear, not quadratic).
 */
class LoadBatch {
  private pending: ClaimRow[] = [];
  private applied = 0;

  constructor(private readonly claims: ClaimsStore) {}

  add(rows: readonly ClaimRow[]): void {
    this.pending.push(...rows);
    if (this.pending.length >= this.applied) this.flush();
  }

  flush(): void {
    if (this.pending.length === 0) return;
    this.claims.apply(this.pending);
    this.applied += this.pending.length;
    this.pending = [];
  }
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function titleOf(article: StoredArticle | undefined): string {
  return article === undefined ? "" : articleTitleOf(article);
}
