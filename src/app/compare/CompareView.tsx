/**
 * Compare numbers: every comparison group as a card — what it is about, its verdict, its
 * figures by source article, speaker and day, and a chart where agreement or conflict shows
 * at a glance. Proposed groups are confirmed or rejected; a kept group's claims can be taken
 * out, split off into a group of their own, or the group deleted; the verdict can be set by
 * hand. Groups are built by hand from the claims table (select claims, "Group figures").
 */
import { useEffect, useMemo, useState } from "react";
import type { Claim } from "../../../claim-schemas/claim-set.ts";
import { VERDICTS, type Verdict } from "../../../claim-schemas/vocabulary.ts";
import { confirmGroup, deleteGroup, rejectGroup, setGroupMembers, setGroupVerdict, splitGroup } from "../../db/writes/edit-groups.ts";
import { useUrlParams } from "../workspace/url-state.ts";
import { useWorkspace } from "../workspace/use-workspace.ts";
import { useComparisons, type DisplayGroup } from "./ComparisonsProvider.tsx";
import { figuresOf, groupIdFor, type FigureRow } from "./comparison-model.ts";
import { FigureChart } from "./FigureChart.tsx";
import { VERDICT_LABELS } from "./verdict-labels.ts";
import "./compare.css";


const PAGE = 40;
const FILTERS = ["all", "conflicting", "proposed", "confirmed"] as const;
type Filter = (typeof FILTERS)[number];
const FILTER_LABELS: Record<Filter, string> = { all: "All", conflicting: "Conflicting", proposed: "Proposed", confirmed: "Kept" };

export function CompareView() {
  const { groups, computing } = useComparisons();
  const { db } = useWorkspace();
  const [params, updateUrl] = useUrlParams();
  const filter = (FILTERS as readonly string[]).includes(params.get("show") ?? "") ? (params.get("show") as Filter) : "all";
  const focus = params.get("group");
  const [shown, setShown] = useState(PAGE);

  const visible = useMemo(() => {
    const list = (groups ?? []).filter((group) =>
      filter === "all" ? true : filter === "conflicting" ? group.verdict === "conflicting" : filter === "proposed" ? group.state === "proposed" : group.state === "confirmed",
    );
    // A group asked for by link comes first.
    return focus === null ? list : [...list.filter((group) => group.id === focus), ...list.filter((group) => group.id !== focus)];
  }, [groups, filter, focus]);
  const page = visible.slice(0, shown);

  const [claims, setClaims] = useState<ReadonlyMap<string, Claim>>(new Map());
  const wanted = useMemo(() => [...new Set(page.flatMap((group) => group.claimIds))], [page]);
  useEffect(() => {
    let cancelled = false;
    void db.claims.bulkGet(wanted).then((found) => {
      if (!cancelled) setClaims(new Map(found.flatMap((claim) => (claim === undefined ? [] : [[claim.id, claim]]))));
    });
    return () => {
      cancelled = true;
    };
  }, [db, wanted]);

  if (groups === null) return <p className="compare-empty">{computing ? "Lining up the figures of every article…" : "Preparing the comparison…"}</p>;
  return (
    <section className="compare">
      <header className="compare-header">
        <h1>Compare numbers</h1>
        <p className="compare-lead">
          Figures that different articles and speakers give for the same thing, side by side. Overlapping ranges are
          consistent, disjoint ones conflict, and figures about different days or places are a different scope.
        </p>
        <nav className="compare-filters" aria-label="Show groups">
          {FILTERS.map((item) => (
            <button
              key={item}
              type="button"
              className="button quiet"
              aria-pressed={filter === item}
              onClick={() => {
                setShown(PAGE);
                updateUrl({ show: item === "all" ? null : item, group: null });
              }}
            >
              {FILTER_LABELS[item]} ({countFor(groups, item)})
            </button>
          ))}
          {computing && <span className="compare-busy">Updating…</span>}
        </nav>
      </header>
      {visible.length === 0 ? (
        <p className="compare-empty">
          {groups.length === 0
            ? "No two claims give a figure for the same thing yet. Import more articles about the same events, or select claims in the Claims table and choose \u201cGroup figures\u201d."
            : "No group matches this choice."}
        </p>
      ) : (
        <ol className="group-list">
          {page.map((group) => (
            <GroupCard key={group.id} group={group} claims={claims} highlighted={group.id === focus} />
          ))}
        </ol>
      )}
      {visible.length > shown && (
        <button type="button" className="button" onClick={() => setShown(shown + PAGE)}>
          Show {Math.min(PAGE, visible.length - shown)} more of {visible.length - shown}
        </button>
      )}
    </section>
  );
}

function countFor(groups: readonly DisplayGroup[], filter: Filter): number {
  if (filter === "all") return groups.length;
  if (filter === "conflicting") return groups.filter((group) => group.verdict === "conflicting").length;
  return groups.filter((group) => group.state === (filter === "proposed" ? "proposed" : "confirmed")).length;
}

function GroupCard({ group, claims, highlighted }: { group: DisplayGroup; claims: ReadonlyMap<string, Claim>; highlighted: boolean }) {
  const { db, articles, ensureActor, notify } = useWorkspace();
  const [, updateUrl] = useUrlParams();
  const [picked, setPicked] = useState<ReadonlySet<string>>(new Set());
  const { members, figures, chart } = useMemo(() => {
    const found = group.claimIds.flatMap((id) => {
      const claim = claims.get(id);
      return claim === undefined ? [] : [claim];
    });
    const rows = figuresOf(found, articles).figures;
    return { members: found, figures: rows, chart: rows.map((figure) => ({ label: figureLabel(figure), ...figure.interval })) };
  }, [group.claimIds, claims, articles]);

  const act = async (run: (actor: { reviewer: string }) => Promise<void>) => {
    const actor = await ensureActor();
    if (actor === null) return;
    try {
      await run(actor);
    } catch (error) {
      notify(error instanceof Error ? error.message : String(error), "error");
    }
  };
  const draft = { id: group.id, about: group.about, claimIds: group.claimIds, verdict: group.verdict };
  const remaining = (without: ReadonlySet<string>) => group.claimIds.filter((id) => !without.has(id));
  const verdictOf = (ids: readonly string[]) => figuresOf(members.filter((claim) => ids.includes(claim.id)), articles).verdict;

  return (
    <li className={`group-card verdict-${group.verdict}${highlighted ? " highlighted" : ""}`} aria-labelledby={`group-${group.id}`}>
      <div className="group-head">
        <h2 id={`group-${group.id}`}>{group.about}</h2>
        <span className={`verdict-pill verdict-${group.verdict}`}>{VERDICT_LABELS[group.verdict]}</span>
        <span className="group-state">{group.state === "confirmed" ? "kept" : "proposed"}</span>
      </div>
      {group.why !== undefined && <p className="group-why">{group.why}</p>}
      {chart.length > 0 && <FigureChart figures={chart} />}
      <table className="figure-table">
        <thead>
          <tr>
            {group.state === "confirmed" && (
              <th scope="col">
                <span className="visually-hidden">Pick</span>
              </th>
            )}
            <th scope="col">Figure</th>
            <th scope="col">Claim</th>
            <th scope="col">Source</th>
            <th scope="col">Speaker</th>
            <th scope="col">Day</th>
            {group.state === "confirmed" && (
              <th scope="col">
                <span className="visually-hidden">Remove</span>
              </th>
            )}
          </tr>
        </thead>
        <tbody>
          {figures.map((figure) => (
            <tr key={`${figure.claimId}-${figure.raw}`}>
              {group.state === "confirmed" && (
                <td>
                  <input
                    type="checkbox"
                    aria-label={`Pick ${figure.raw} for a split`}
                    checked={picked.has(figure.claimId)}
                    onChange={(event) => {
                      const next = new Set(picked);
                      if (event.target.checked) next.add(figure.claimId);
                      else next.delete(figure.claimId);
                      setPicked(next);
                    }}
                  />
                </td>
              )}
              <td className="figure-raw">{figure.raw}</td>
              <td>
                <a
                  href={`?view=claims&claim=${encodeURIComponent(figure.claimId)}`}
                  onClick={(event) => {
                    event.preventDefault();
                    updateUrl({ view: "claims", claim: figure.claimId }, { push: true });
                  }}
                >
                  {claims.get(figure.claimId)?.text ?? figure.claimId}
                </a>
              </td>
              <td>{figure.source}</td>
              <td>{figure.speaker === "" ? <span className="muted">the article</span> : figure.speaker}</td>
              <td>{figure.date ?? <span className="muted">—</span>}</td>
              {group.state === "confirmed" && (
                <td>
                  <button
                    type="button"
                    className="button quiet"
                    aria-label={`Take ${figure.raw} out of the group`}
                    onClick={() => {
                      const ids = remaining(new Set([figure.claimId]));
                      void act((actor) => setGroupMembers(db, group.id, ids, verdictOf(ids), actor));
                    }}
                  >
                    Remove
                  </button>
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
      <div className="group-actions">
        {group.state === "proposed" ? (
          <>
            <button type="button" className="button primary" onClick={() => void act((actor) => confirmGroup(db, draft, actor))}>
              Confirm group
            </button>
            <button type="button" className="button" onClick={() => void act((actor) => rejectGroup(db, draft, actor))}>
              Not the same thing
            </button>
          </>
        ) : (
          <>
            <label className="toolbar-field">
              <span>Verdict</span>
              <select value={group.verdict} onChange={(event) => void act((actor) => setGroupVerdict(db, group.id, event.target.value as Verdict, actor))}>
                {VERDICTS.map((verdict) => (
                  <option key={verdict} value={verdict}>
                    {VERDICT_LABELS[verdict]}
                  </option>
                ))}
              </select>
            </label>
            <button
              type="button"
              className="button"
              disabled={picked.size < 2 || group.claimIds.length - picked.size < 2}
              title="Move the picked figures into a group of their own"
              onClick={() => {
                const moving = [...picked];
                const staying = remaining(picked);
                void act(async (actor) => {
                  await splitGroup(db, group.id, { id: groupIdFor(moving), about: `${group.about} (split)`, claimIds: moving, verdict: verdictOf(moving) }, { verdict: verdictOf(staying) }, actor);
                  setPicked(new Set());
                });
              }}
            >
              Split off picked ({picked.size})
            </button>
            <button type="button" className="button quiet" onClick={() => void act((actor) => deleteGroup(db, group.id, actor))}>
              Delete group
            </button>
          </>
        )}
      </div>
    </li>
  );
}

/** The chart's row label: who said it, in which article, short enough to read. */
function figureLabel(figure: FigureRow): string {
  const source = clip(figure.source, 22);
  return figure.speaker === "" ? source : `${clip(figure.speaker, 20)} · ${source}`;
}

function clip(text: string, length: number): string {
  if (text.length <= length) return text;
  const cut = text.slice(0, length);
  const space = cut.lastIndexOf(" ");
  return `${(space > length / 2 ? cut.slice(0, space) : cut).replace(/[\s,.;:]+$/, "")}…`;
}
