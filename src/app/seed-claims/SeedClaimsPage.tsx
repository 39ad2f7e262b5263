/**
 * The first page, until the workbench proper exists: the seed articles bundled with the
 * app, run through the extractor in this browser, with every claim listed per article.
 */
import { useMemo } from "react";
import type { ExtractedArticle } from "../../core/extract/extract-claim-set.ts";
import { ClaimsTable } from "./ClaimsTable.tsx";
import { extractSeedArticles } from "./extract-seed-articles.ts";
import { formatDay } from "./format-claim-fields.ts";
import { SEED_FILES } from "./seed-files.ts";

export function SeedClaimsPage() {
  const extractions = useMemo(() => extractSeedArticles(SEED_FILES), []);

  const extracted = extractions.results.flatMap((entry) => (entry.ok ? [entry.result] : []));
  const claimCount = extracted.reduce((sum, part) => sum + part.claims.length, 0);

  return (
    <div className="page">
      <header className="site-header">
        <div className="site-header-inner">
          <span className="wordmark">claimbench</span>
          <span className="tagline">
            Split news articles into check-worthy claims and verify them — entirely in your browser, nothing uploaded.
          </span>
        </div>
      </header>

      <main className="content">
        <div className="intro">
          <h1>Seed articles</h1>
          <p className="summary">
            {pluralise(extractions.results.length, "article")} · {pluralise(claimCount, "claim")} · extracted
            in this browser in {Math.max(1, Math.round(extractions.elapsedMs))} ms
          </p>
        </div>

        {extractions.results.map((entry) =>
          entry.ok ? (
            <ArticleSection key={entry.fileName} part={entry.result} />
          ) : (
            <section key={entry.fileName} className="article-card article-error" role="alert">
              <h2>{entry.fileName}</h2>
              <p>The extractor failed on this article: {entry.error}</p>
            </section>
          ),
        )}
        {extractions.results.length === 0 && <p className="empty">No seed articles were bundled with this build.</p>}
      </main>

      <footer className="site-footer">No server, no account: everything on this page was computed locally.</footer>
    </div>
  );
}

function ArticleSection({ part }: { part: ExtractedArticle }) {
  const { article, claims } = part;
  const headingId = `title-${article.id}`;
  const title = article.title ?? article.fileName ?? "Untitled article";
  return (
    <article className="article-card" aria-labelledby={headingId}>
      <header className="article-header">
        <h2 id={headingId}>{title}</h2>
        <dl className="article-meta">
          <div>
            <dt>Date</dt>
            <dd>{article.date !== undefined ? <time dateTime={article.date}>{formatDay(article.date)}</time> : "undated"}</dd>
          </div>
          <div>
            <dt>Claims</dt>
            <dd className="claim-count">{claims.length}</dd>
          </div>
          <div>
            <dt>Sentences</dt>
            <dd>{article.sentences.length}</dd>
          </div>
          {article.fileName !== undefined && (
            <div>
              <dt>File</dt>
              <dd className="mono">{article.fileName}</dd>
            </div>
          )}
        </dl>
      </header>
      {claims.length > 0 ? (
        <ClaimsTable claims={claims} caption={`Claims in “${title}”`} />
      ) : (
        <p className="empty">No claims found in this article.</p>
      )}
    </article>
  );
}

function pluralise(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? "" : "s"}`;
}
