/** Every article: title, outlet, date, its claims by status (a bar and counts), when it was added. */
import { useMemo } from "react";
import { STATUSES, type Status } from "../../../claim-schemas/vocabulary.ts";
import { STATUS_LABELS } from "../shared/status-labels.ts";
import { useClaimRows } from "../workspace/use-claim-rows.ts";
import { useUrlParams } from "../workspace/url-state.ts";
import { useWorkspace } from "../workspace/use-workspace.ts";

export function ArticleList() {
  const { articles } = useWorkspace();
  const { rows } = useClaimRows();
  const [, updateUrl] = useUrlParams();

  const countsByArticle = useMemo(() => {
    const counts = new Map<string, Map<Status, number>>();
    for (const row of rows) {
      let byStatus = counts.get(row.articleId);
      if (byStatus === undefined) counts.set(row.articleId, (byStatus = new Map()));
      byStatus.set(row.status, (byStatus.get(row.status) ?? 0) + 1);
    }
    return counts;
  }, [rows]);

  const sorted = useMemo(
    () =>
      [...articles.values()].sort(
        (a, b) => (b.date ?? "").localeCompare(a.date ?? "") || (a.title ?? a.fileName ?? "").localeCompare(b.title ?? b.fileName ?? ""),
      ),
    [articles],
  );

  if (sorted.length === 0) {
    return (
      <div className="view-pad">
        <p className="empty">No articles yet. Add some in Import.</p>
      </div>
    );
  }
  return (
    <div className="view-pad">
      <div className="view-heading">
        <h1>Articles</h1>
        <span className="muted">{sorted.length.toLocaleString("en")}</span>
      </div>
      <table className="article-list">
        <thead>
          <tr>
            <th scope="col">Title</th>
            <th scope="col">Outlet</th>
            <th scope="col">Date</th>
            <th scope="col">Claims</th>
            <th scope="col">Added</th>
          </tr>
        </thead>
        <tbody>
          {sorted.map((article) => {
            const byStatus = countsByArticle.get(article.id) ?? new Map<Status, number>();
            const total = [...byStatus.values()].reduce((sum, count) => sum + count, 0);
            const open = () => updateUrl({ article: article.id, claim: null }, { push: true });
            return (
              <tr key={article.id} className="article-row" onClick={open}>
                <td>
                  <a
                    href={`?view=articles&article=${encodeURIComponent(article.id)}`}
                    className="article-link"
                    onClick={(event) => {
                      event.preventDefault();
                      event.stopPropagation();
                      open();
                    }}
                  >
                    {article.title ?? article.fileName ?? "Untitled article"}
                  </a>
                  {article.fileName !== undefined && article.title !== undefined && <span className="article-file mono">{article.fileName}</span>}
                </td>
                <td>{article.outlet ?? <span className="none">—</span>}</td>
                <td className="nowrap">{article.date ?? <span className="none">undated</span>}</td>
                <td className="claims-cell">
                  <StatusBar byStatus={byStatus} total={total} />
                </td>
                <td className="nowrap muted">{new Date(article.addedAt).toLocaleDateString("en-GB", { day: "numeric", month: "short", year: "numeric" })}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

function StatusBar({ byStatus, total }: { byStatus: ReadonlyMap<Status, number>; total: number }) {
  const present = STATUSES.filter((status) => (byStatus.get(status) ?? 0) > 0);
  const label = present.map((status) => `${byStatus.get(status)} ${STATUS_LABELS[status].toLowerCase()}`).join(", ");
  return (
    <div className="status-summary" title={label} aria-label={`${total} claims: ${label}`}>
      <span className="status-total">{total}</span>
      <span className="status-bar" aria-hidden="true">
        {present.map((status) => (
          <span key={status} className={`status-bar-part status-${status}`} style={{ flexGrow: byStatus.get(status) }} />
        ))}
      </span>
      <span className="status-counts" aria-hidden="true">
        <span className="status-reviewed">{total - (byStatus.get("unreviewed") ?? 0)} reviewed</span>
        {present
          .filter((status) => status !== "unreviewed")
          .map((status) => (
            <span key={status} className={`status-count status-${status}`}>
              <span className="status-dot" />
              {byStatus.get(status)}
            </span>
          ))}
      </span>
    </div>
  );
}
