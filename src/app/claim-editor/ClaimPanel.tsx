/**
 * The side panel for the selected claim (`?claim=ID`): its text, article, status and
 * reporting, attribution, kind, date, quantities, note, evidence, split / merge / delete, and
 * its history. Every change is saved at once through the db writes, as the reviewer.
 */
import { useLiveQuery } from "dexie-react-hooks";
import { useMemo, useState } from "react";
import type { Attribution, Evidence } from "../../../claim-schemas/claim-set.ts";
import { ATTRIBUTION_MODES, CLAIM_KINDS, type Reporting, type Status } from "../../../claim-schemas/vocabulary.ts";
import { getClaim } from "../../db/queries/get-claim.ts";
import type { StoredClaim } from "../../db/records.ts";
import { deleteClaims } from "../../db/writes/delete-claims.ts";
import { editClaim, type ClaimPatch } from "../../db/writes/edit-claim.ts";
import { mergeClaims } from "../../db/writes/merge-claims.ts";
import { setReporting } from "../../db/writes/set-reporting.ts";
import { setStatus } from "../../db/writes/set-status.ts";
import { splitClaim } from "../../db/writes/split-claim.ts";
import { ActivityList } from "../history/ActivityList.tsx";
import { ClaimHistory } from "../history/ClaimHistory.tsx";
import { fullTime, relativeTime } from "../history/format-time.ts";
import { useClaimRows } from "../workspace/use-claim-rows.ts";
import { useUrlParams } from "../workspace/url-state.ts";
import { useWorkspace } from "../workspace/use-workspace.ts";
import { ConfirmDialog } from "../shared/ConfirmDialog.tsx";
import { EditableField } from "./EditableField.tsx";
import { EvidenceList } from "./EvidenceList.tsx";
import { QuantityList } from "./QuantityList.tsx";
import { ClaimGroups } from "../compare/ClaimGroups.tsx";
import { ReportingButtons, StatusButtons } from "./ReviewButtons.tsx";
import { SplitPicker } from "./SplitPicker.tsx";
import { useSave } from "./use-save.ts";
import "./claim-panel.css";

export function ClaimPanel({ claimId }: { claimId: string }) {
  const { db } = useWorkspace();
  const [, updateUrl] = useUrlParams();
  // Wrapped so "still loading" (undefined) differs from "no such claim" (null).
  const loaded = useLiveQuery(async () => ({ claim: (await getClaim(db, claimId)) ?? null }), [db, claimId]);
  const close = () => updateUrl({ claim: null });

  return (
    <aside className="claim-panel" aria-label="Selected claim">
      <header className="panel-header">
        <h2 className="panel-title">Claim</h2>
        {loaded?.claim != null && <span className={`kind-badge kind-${loaded.claim.kind}`}>{loaded.claim.kind}</span>}
        <button type="button" className="icon-button panel-close" aria-label="Close the claim panel" title="Close (Esc)" onClick={close}>
          ×
        </button>
      </header>
      {loaded === undefined ? (
        <p className="panel-empty panel-pad">Loading…</p>
      ) : loaded.claim === null ? (
        <p className="panel-empty panel-pad">This claim no longer exists (deleted, merged or split).</p>
      ) : (
        <ClaimEditor key={loaded.claim.id} claim={loaded.claim} />
      )}
    </aside>
  );
}

function ClaimEditor({ claim }: { claim: StoredClaim }) {
  const { articles } = useWorkspace();
  const { rows } = useClaimRows();
  const [params, updateUrl] = useUrlParams();
  const save = useSave();
  const [splitting, setSplitting] = useState(false);
  const [confirmingDelete, setConfirmingDelete] = useState(false);
  const [historyTab, setHistoryTab] = useState<"claim" | "activity">("claim");
  const article = articles.get(claim.articleId);

  // The next claim in reading order within the same article (from the in-memory index).
  const nextClaim = useMemo(() => {
    let best: { id: string; text: string; spanStart: number } | undefined;
    for (const row of rows) {
      if (row.articleId !== claim.articleId || row.id === claim.id || row.spanStart <= claim.span.start) continue;
      if (best === undefined || row.spanStart < best.spanStart) best = row;
    }
    return best;
  }, [rows, claim.articleId, claim.id, claim.span.start]);

  const patch = (change: ClaimPatch) => void save((db, by) => editClaim(db, claim.id, change, by));
  const patchAttribution = (change: Partial<Attribution>) => {
    const current: Partial<Attribution> = claim.attribution ?? { mode: "reported" };
    const next = { ...current, ...change };
    const cleaned = Object.fromEntries(Object.entries(next).filter(([, value]) => value !== "" && value !== undefined));
    if (typeof cleaned.source !== "string") {
      patch({ attribution: null });
      return;
    }
    patch({ attribution: cleaned as Attribution });
  };
  const select = (id: string) => updateUrl({ claim: id });

  const review = claim.review;
  return (
    <div className="panel-scroll">
      <section className="panel-section">
        <EditableField
          label="Claim text"
          value={claim.text}
          multiline
          shortcutTarget="claim-text"
          className="claim-text-field"
          hint={<>Saved when you leave the field (or Ctrl+Enter). Key: e</>}
          onCommit={(text) => {
            if (text.trim() !== "") patch({ text: text.trim() });
          }}
        />
        <p className="panel-source">
          <span className="muted">In </span>
          <span className="panel-article-title">{article?.title ?? article?.fileName ?? "an article"}</span>
          {article?.outlet !== undefined && <span className="muted"> · {article.outlet}</span>}
          {article?.date !== undefined && <span className="muted"> · {article.date}</span>}
        </p>
        {!(params.get("view") === "articles" && params.get("article") === claim.articleId) && (
          <button
            type="button"
            className="button small"
            onClick={() => updateUrl({ view: "articles", article: claim.articleId, claim: claim.id }, { push: true })}
            title="Show in article (Enter)"
          >
            Show in article
          </button>
        )}
      </section>

      <section className="panel-section" aria-labelledby="review-heading">
        <h3 id="review-heading" className="panel-heading">
          Status
        </h3>
        <StatusButtons
          value={review.status}
          onChange={(status: Status) => void save((db, by) => setStatus(db, [claim.id], status, by))}
        />
        <h3 className="panel-heading">Reporting</h3>
        <ReportingButtons
          value={review.reporting}
          onChange={(reporting: Reporting) => void save((db, by) => setReporting(db, [claim.id], reporting, by))}
        />
        <p className="reviewed-by">
          {review.reviewer !== undefined && review.reviewedAt !== undefined ? (
            <>
              Reviewed by <strong>{review.reviewer}</strong>,{" "}
              <time dateTime={review.reviewedAt} title={fullTime(review.reviewedAt)}>
                {relativeTime(review.reviewedAt)}
              </time>
            </>
          ) : (
            "Not reviewed yet."
          )}
        </p>
      </section>

      <section className="panel-section" aria-labelledby="attribution-heading">
        <h3 id="attribution-heading" className="panel-heading">
          Attribution
        </h3>
        {claim.attribution === null && <p className="panel-empty">The article says this in its own voice. Name a speaker to attribute it.</p>}
        <div className="field-grid">
          <EditableField label="Speaker as written" value={claim.attribution?.source ?? ""} placeholder="e.g. the ministry" onCommit={(source) => patchAttribution({ source })} />
          <EditableField label="Resolved entity" value={claim.attribution?.entity ?? ""} placeholder="e.g. Interior Ministry" onCommit={(entity) => patchAttribution({ entity })} />
          <EditableField label="Cue" value={claim.attribution?.cue ?? ""} placeholder="e.g. said" onCommit={(cue) => patchAttribution({ cue })} />
          {claim.attribution !== null && (
            <EditableField
              label="Mode"
              value={claim.attribution.mode}
              options={ATTRIBUTION_MODES.map((mode) => ({ value: mode, label: mode === "direct" ? "Direct quote" : "Reported speech" }))}
              onCommit={(mode) => patchAttribution({ mode: mode as Attribution["mode"] })}
            />
          )}
          <EditableField
            label="Article's framing"
            value={claim.attribution?.framing ?? ""}
            placeholder="e.g. unsubstantiated claim"
            className="span-2"
            onCommit={(framing) => patchAttribution({ framing })}
          />
        </div>
      </section>

      <section className="panel-section" aria-labelledby="details-heading">
        <h3 id="details-heading" className="panel-heading">
          Details
        </h3>
        <div className="field-grid">
          <EditableField
            label="Kind"
            value={claim.kind}
            options={CLAIM_KINDS.map((kind) => ({ value: kind, label: kind }))}
            onCommit={(kind) => patch({ kind: kind as StoredClaim["kind"] })}
          />
          <EditableField label="Date it is about" type="date" value={claim.date ?? ""} onCommit={(date) => patch({ date: date === "" ? null : date })} />
        </div>
        <h3 className="panel-heading">Quantities</h3>
        <QuantityList quantities={claim.quantities} />
        <ClaimGroups claimId={claim.id} hasFigures={claim.quantities.length > 0} />
      </section>

      <section className="panel-section" aria-labelledby="note-heading">
        <h3 id="note-heading" className="panel-heading">
          Note and evidence
        </h3>
        <EditableField label="Note" multiline value={review.note ?? ""} placeholder="What you found, what is left to check" onCommit={(note) => patch({ note })} />
        <EvidenceList evidence={review.evidence} onChange={(evidence: Evidence[]) => patch({ evidence })} />
      </section>

      <section className="panel-section" aria-labelledby="structure-heading">
        <h3 id="structure-heading" className="panel-heading">
          Split, merge, delete
        </h3>
        {splitting && article !== undefined ? (
          <SplitPicker
            articleText={article.text}
            span={claim.span}
            onCancel={() => setSplitting(false)}
            onSplit={(at) =>
              void save((db, by) => splitClaim(db, claim.id, at, by)).then((ids) => {
                setSplitting(false);
                if (ids !== undefined) select(ids[0]);
              })
            }
          />
        ) : (
          <div className="structure-actions">
            <button type="button" className="button" onClick={() => setSplitting(true)} disabled={article === undefined}>
              Split…
            </button>
            <button
              type="button"
              className="button"
              disabled={nextClaim === undefined}
              title={nextClaim === undefined ? "No later claim in this article" : `Merge with: ${nextClaim.text}`}
              onClick={() => {
                if (nextClaim === undefined) return;
                void save((db, by) => mergeClaims(db, [claim.id, nextClaim.id], by)).then((id) => {
                  if (id !== undefined) select(id);
                });
              }}
            >
              Merge with next
            </button>
            <button type="button" className="button danger" onClick={() => setConfirmingDelete(true)}>
              Delete…
            </button>
          </div>
        )}
        {nextClaim !== undefined && !splitting && (
          <p className="next-claim">
            <span className="muted">Next: </span>
            {nextClaim.text}
          </p>
        )}
      </section>

      <section className="panel-section" aria-labelledby="history-heading">
        <div className="history-tabs" role="tablist" aria-labelledby="history-heading">
          <h3 id="history-heading" className="panel-heading">
            History
          </h3>
          <button type="button" role="tab" aria-selected={historyTab === "claim"} className="tab" onClick={() => setHistoryTab("claim")}>
            This claim
          </button>
          <button type="button" role="tab" aria-selected={historyTab === "activity"} className="tab" onClick={() => setHistoryTab("activity")}>
            All activity
          </button>
        </div>
        {historyTab === "claim" ? <ClaimHistory claimId={claim.id} /> : <ActivityList onSelectClaim={select} />}
      </section>

      {confirmingDelete && (
        <ConfirmDialog
          title="Delete this claim?"
          text={`“${claim.text}” will be removed from the workspace. You can undo this (u).`}
          confirmLabel="Delete claim"
          onCancel={() => setConfirmingDelete(false)}
          onConfirm={() => {
            setConfirmingDelete(false);
            void save(async (db, by) => {
              await deleteClaims(db, [claim.id], by);
              return true;
            }).then((deleted) => {
              if (deleted === true) updateUrl({ claim: null });
            });
          }}
        />
      )}
    </div>
  );
}
