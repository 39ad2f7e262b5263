/**
 * One article: its title, outlet, URL and date (editable), a legend with its claims by status,
 * and the text with the claims highlighted. While it is open, j/k walk its claims in reading
 * order.
 */
import { useEffect, useId, useMemo, useState } from "react";
import type { Span } from "../../../claim-schemas/claim-set.ts";
import { STATUSES, type Status } from "../../../claim-schemas/vocabulary.ts";
import { ISO_DAY_RANGE } from "../../core/dates/iso-day.ts";
import { addClaim } from "../../db/writes/add-claim.ts";
import { deleteArticles } from "../../db/writes/delete-articles.ts";
import { editArticle } from "../../db/writes/edit-article.ts";
import { ConfirmDialog } from "../shared/ConfirmDialog.tsx";
import { STATUS_LABELS } from "../shared/status-labels.ts";
import { setClaimOrder } from "../workspace/claim-navigation.ts";
import { useUrlParams } from "../workspace/url-state.ts";
import { useWorkspace } from "../workspace/use-workspace.ts";
import { ArticleText } from "./ArticleText.tsx";
import { readingOrder } from "./segment-article.ts";
import { useArticleClaims } from "./use-article-claims.ts";

type ArticlePatch = { title?: string; outlet?: string; url?: string; date?: string };

export function ArticleReader({ articleId }: { articleId: string }) {
  const { db, articles, ensureActor, notify } = useWorkspace();
  const [params, updateUrl] = useUrlParams();
  const article = articles.get(articleId);
  const claims = useArticleClaims(articleId);
  const selectedId = params.get("claim");
  const [confirmingDelete, setConfirmingDelete] = useState(false);

  useEffect(() => {
    if (claims !== undefined) setClaimOrder(readingOrder(claims));
  }, [claims]);

  const counts = useMemo(() => {
    const byStatus = new Map<Status, number>();
    for (const claim of claims ?? []) byStatus.set(claim.review.status, (byStatus.get(claim.review.status) ?? 0) + 1);
    return byStatus;
  }, [claims]);

  const write = async <T,>(run: (by: { reviewer: string }) => Promise<T>): Promise<T | undefined> => {
    const actor = await ensureActor();
    if (actor === null) return undefined;
    try {
      return await run(actor);
    } catch (error) {
      notify(error instanceof Error ? error.message : String(error), "error");
      return undefined;
    }
  };
  const saveMeta = (patch: ArticlePatch) => void write((by) => editArticle(db, articleId, patch, by));
  const create = (span: Span) =>
    void write((by) => addClaim(db, articleId, span, by)).then((id) => {
      if (id !== undefined) {
        updateUrl({ claim: id });
        notify("Claim created.");
      }
    });

  const remove = () =>
    void write((by) => deleteArticles(db, [articleId], by)).then(() => {
      setConfirmingDelete(false);
      updateUrl({ article: null, claim: null }, { push: true });
      notify("Article deleted with its claims. Undo (u) brings it back.");
    });

  if (article === undefined) {
    return (
      <div className="view-pad">
        <BackLink />
        <p className="empty">This article is not in the workspace (it may have been deleted).</p>
      </div>
    );
  }

  return (
    <article className="article-reader" aria-label={article.title ?? article.fileName ?? "Article"}>
      <div className="reader-column">
        <BackLink />
        <header className="reader-header">
          <MetaField
            id="article-title"
            label="Title"
            value={article.title ?? ""}
            placeholder={article.fileName ?? "Untitled article"}
            className="reader-title"
            multiline
            onCommit={(title) => saveMeta({ title })}
          />
          <div className="reader-meta">
            <MetaField label="Outlet" value={article.outlet ?? ""} placeholder="Outlet" onCommit={(outlet) => saveMeta({ outlet })} />
            <MetaField label="Date" type="date" value={article.date ?? ""} onCommit={(date) => saveMeta({ date })} />
            <MetaField label="URL" type="url" value={article.url ?? ""} placeholder="https://…" className="reader-url" onCommit={(url) => saveMeta({ url })} />
            <button type="button" className="button danger reader-delete" onClick={() => setConfirmingDelete(true)}>
              Delete article…
            </button>
          </div>
        </header>
        <div className="reader-legend" aria-label="Claims in this article by status">
          <span className="legend-total">{claims === undefined ? "…" : `${claims.length} claims`}</span>
          {STATUSES.filter((status) => (counts.get(status) ?? 0) > 0).map((status) => (
            <span key={status} className={`legend-item status-${status}`}>
              <span className="legend-swatch" aria-hidden="true" />
              {STATUS_LABELS[status]} {counts.get(status)}
            </span>
          ))}
          <span className="legend-hint">
            <span className="legend-quantity">120</span> quantity · <span className="boilerplate">credit</span> boilerplate · select text to add a claim
          </span>
        </div>
        {claims === undefined ? (
          <p className="empty">Loading claims…</p>
        ) : (
          <ArticleText
            text={article.text}
            claims={claims}
            boilerplate={article.boilerplate ?? NO_SPANS}
            selectedId={selectedId}
            onSelect={(id) => updateUrl({ claim: id })}
            onCreate={create}
          />
        )}
      </div>
      {confirmingDelete && (
        <ConfirmDialog
          title="Delete this article?"
          text={`The article and its ${claims?.length ?? ""} claims leave the workspace, reviews included. Undo brings them back.`}
          confirmLabel="Delete article"
          onConfirm={remove}
          onCancel={() => setConfirmingDelete(false)}
        />
      )}
    </article>
  );
}

const NO_SPANS: readonly Span[] = [];

function BackLink() {
  const [, updateUrl] = useUrlParams();
  return (
    <a
      className="back-link"
      href="?view=articles"
      onClick={(event) => {
        event.preventDefault();
        updateUrl({ article: null }, { push: true });
      }}
    >
      ← All articles
    </a>
  );
}

/** An article field that looks like text until focused, and saves when left. */
function MetaField({
  label,
  value,
  onCommit,
  placeholder,
  className,
  type = "text",
  id,
  multiline = false,
}: {
  label: string;
  value: string;
  onCommit: (next: string) => void;
  placeholder?: string;
  className?: string;
  type?: "text" | "date" | "url";
  id?: string;
  /** A text area that grows with its text (Enter still saves: a title has no line breaks). */
  multiline?: boolean;
}) {
  const fallbackId = useId();
  const [draft, setDraft] = useState<string | null>(null);
  const inputId = id ?? fallbackId;
  const commit = () => {
    if (draft !== null && draft.trim() !== value) onCommit(draft.trim());
    setDraft(null);
  };
  return (
    <div className={`meta-field ${className ?? ""}`}>
      <label htmlFor={inputId} className={className === "reader-title" ? "visually-hidden" : "meta-label"}>
        {label}
      </label>
      {multiline ? (
        <textarea
          id={inputId}
          rows={1}
          value={draft ?? value}
          placeholder={placeholder}
          ref={(element) => {
            if (element !== null) fitHeight(element);
          }}
          onFocus={() => setDraft(value)}
          onChange={(event) => {
            setDraft(event.target.value.replace(/\s*\n\s*/gu, " "));
            fitHeight(event.target);
          }}
          onBlur={commit}
          onKeyDown={(event) => {
            if (event.key === "Enter") {
              event.preventDefault();
              event.currentTarget.blur();
            }
          }}
        />
      ) : (
        <input
          id={inputId}
          type={type}
          {...(type === "date" ? ISO_DAY_RANGE : {})}
          value={draft ?? value}
          placeholder={placeholder}
          onFocus={() => setDraft(value)}
          onChange={(event) => setDraft(event.target.value)}
          onBlur={commit}
          onKeyDown={(event) => {
            if (event.key === "Enter") event.currentTarget.blur();
          }}
        />
      )}
    </div>
  );
}

function fitHeight(element: HTMLTextAreaElement): void {
  element.style.height = "auto";
  element.style.height = `${element.scrollHeight + 2}px`;
}
