/**
 * The claims table over every article: search, filters, sort, grouping, column choice, row
 * selection with bulk status change — all of it in the URL (table-view.ts lists the keys).
 * Rows come from the in-memory claim index; filtering (filter-claims.ts) and ordering
 * (sort-claims.ts) are ours over plain rows, and an edit swaps rows into the lists it already
 * has (incremental-view.ts). TanStack Table holds the columns and the sort state and renders
 * the cells of the rows in view only; TanStack Virtual decides which rows those are, so
 * 100,000 claims open, filter and scroll without work per claim in the page's render.
 */
import { useVirtualizer } from "@tanstack/react-virtual";
import { flexRender, useTable, type ColumnVisibilityState, type SortingState } from "@tanstack/react-table";
import { memo, useCallback, useDeferredValue, useEffect, useMemo, useRef, useState, type CSSProperties } from "react";
import { CLAIM_KINDS, REPORTING, STATUSES, type Status } from "../../../claim-schemas/vocabulary.ts";
import type { ClaimRow } from "../../db/claim-row.ts";
import { setStatus } from "../../db/writes/set-status.ts";
import { REPORTING_LABELS, STATUS_LABELS } from "../shared/status-labels.ts";
import { setClaimOrder } from "../workspace/claim-navigation.ts";
import { useClaimRows } from "../workspace/use-claim-rows.ts";
import { currentParams, updateUrl as patchUrl, useUrlParams } from "../workspace/url-state.ts";
import { useWorkspace } from "../workspace/use-workspace.ts";
import { COLUMN_LABELS, COLUMN_MIN_WIDTHS, columns, features, gridTrack } from "./columns.tsx";
import { deriveFiltered, deriveOrdered } from "./incremental-view.ts";
import { FilterMenu } from "./FilterMenu.tsx";
import { useGroupVerdicts } from "../compare/ComparisonsProvider.tsx";
import { groupClaimsByHand } from "../compare/comparison-model.ts";
import { groupRows, isGroupHeader, rowsOf } from "./group-rows.ts";
import { sortClaimRows } from "./sort-claims.ts";
import {
  COLUMN_IDS,
  FILTER_KEYS,
  GROUPINGS,
  hasFilters,
  parseTableView,
  serialiseTableView,
  tableViewQuery,
  type ColumnId,
  type CompareFilter,
  type Grouping,
  type TableView,
} from "./table-view.ts";
import "./claims-table.css";

const ROW_HEIGHT = 44;
/** Claims past which the list is filtered and sorted in a deferred render, behind the controls. */
const DEFER_ABOVE = 250_000;
const HEAD_HEIGHT = 39;
const CHECK_COLUMN = 40;
const KIND_LABELS = Object.fromEntries(CLAIM_KINDS.map((kind) => [kind, kind[0]!.toUpperCase() + kind.slice(1)])) as Record<
  (typeof CLAIM_KINDS)[number],
  string
>;
const GROUP_LABELS: Record<Grouping, string> = { article: "Article", speaker: "Speaker", status: "Status" };

/** Changes part of the table's view in the URL, over the view it holds right now (the address bar follows after the paint). */
function setView(patch: Partial<TableView>): void {
  patchUrl(serialiseTableView({ ...parseTableView(currentParams()), ...patch }), { lazily: true });
}

export function ClaimsView() {
  const snapshot = useClaimRows();
  const { rows, loaded } = snapshot;
  const { db, articles, ensureActor, notify } = useWorkspace();
  const [params, updateUrl] = useUrlParams();
  // The same view object until the table's own keys change: selecting a claim filters nothing.
  const viewQuery = tableViewQuery(params);
  const view = useMemo(() => parseTableView(new URLSearchParams(viewQuery)), [viewQuery]);
  const selectedClaim = params.get("claim");

  // Up to DEFER_ABOVE claims the list follows a keystroke in the same frame (one render is
  // quickest); past it, typing stays instant and the list follows a moment behind.
  const deferring = rows.length > DEFER_ABOVE;
  // A constant null while not deferring: no second render is scheduled for each keystroke.
  const deferredView = useDeferredValue(deferring ? view : null);
  const listView = deferring && deferredView !== null ? deferredView : view;
  const groupVerdicts = useGroupVerdicts(view.compare !== null);
  // An edit that replaced a few rows updates the lists instead of filtering and sorting all rows again.
  const filtered = useMemo(() => deriveFiltered(snapshot, listView, groupVerdicts), [snapshot, listView, groupVerdicts]);
  const ordered = useMemo(
    () => deriveOrdered(filtered, listView.sort, snapshot.byId, () => sortClaimRows(filtered, listView.sort)),
    [filtered, listView.sort, snapshot.byId],
  );

  const [collapsed, setCollapsed] = useState<ReadonlySet<string>>(new Set());
  const items = useMemo(() => groupRows(ordered, listView.group, collapsed), [ordered, listView.group, collapsed]);
  const shownCount = useMemo(() => (items === ordered ? ordered.length : rowsOf(items).length), [items, ordered]);

  useEffect(() => {
    setClaimOrder(() => rowsOf(items).map((row) => row.id));
  }, [items]);

  const [selection, setSelection] = useState<ReadonlySet<string>>(new Set());
  const allShownSelected = useMemo(
    () => shownCount > 0 && selection.size >= shownCount && rowsOf(items).every((row) => selection.has(row.id)),
    [items, selection, shownCount],
  );
  const selectedCount = selection.size;

  const scroller = useRef<HTMLDivElement>(null);
  // This build does not use the React Compiler, which is what the rule guards.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: items.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
    // The sticky header covers the top of the scroller: keep a row scrolled to clear of it.
    scrollPaddingStart: HEAD_HEIGHT,
    // A scroll re-renders at the browser's pace instead of synchronously inside the event.
    useFlushSync: false,
  });
  const virtualItems = virtualizer.getVirtualItems();

  // Keep the selected claim in view when it changes (j/k, a click elsewhere, a bookmark).
  useEffect(() => {
    if (selectedClaim === null) return;
    const index = items.findIndex((item) => !isGroupHeader(item) && item.id === selectedClaim);
    if (index >= 0) virtualizer.scrollToIndex(index, { align: "auto" });
  }, [selectedClaim, items, virtualizer]);

  const sorting = useMemo<SortingState>(() => view.sort.map((key) => ({ id: key.id, desc: key.desc })), [view.sort]);
  const columnVisibility = useMemo<ColumnVisibilityState>(
    () => Object.fromEntries(COLUMN_IDS.map((id) => [id, view.columns.includes(id)])),
    [view.columns],
  );
  // The table's rows are the ones in view: its row model never spans every claim.
  const rowsInView = virtualItems.flatMap((virtual) => {
    const item = items[virtual.index];
    return item === undefined || isGroupHeader(item) ? [] : [item];
  });
  const table = useTable({
    features,
    columns,
    data: rowsInView,
    getRowId: (row) => row.id,
    manualSorting: true,
    enableMultiSort: true,
    isMultiSortEvent: (event) => (event as { shiftKey?: boolean }).shiftKey === true,
    state: { sorting, columnVisibility },
    onSortingChange: (updater) => {
      const next = typeof updater === "function" ? updater(sorting) : updater;
      setView({ sort: next.map((entry) => ({ id: entry.id as ColumnId, desc: entry.desc })) });
    },
  });

  const visibleColumns = COLUMN_IDS.filter((id) => view.columns.includes(id));
  const gridStyle = {
    "--claims-grid": `${CHECK_COLUMN}px ${visibleColumns.map(gridTrack).join(" ")}`,
    "--claims-min-width": `${CHECK_COLUMN + visibleColumns.reduce((sum, id) => sum + COLUMN_MIN_WIDTHS[id], 0)}px`,
  } as CSSProperties;

  const bulkSetStatus = async (status: Status) => {
    const actor = await ensureActor();
    if (actor === null) return;
    const ids = [...selection];
    try {
      await setStatus(db, ids, status, actor);
      notify(`${ids.length.toLocaleString("en")} claim${ids.length === 1 ? "" : "s"} set to ${STATUS_LABELS[status].toLowerCase()}.`);
      setSelection(new Set());
    } catch (error) {
      notify(error instanceof Error ? error.message : String(error), "error");
    }
  };

  const groupSelected = async () => {
    const actor = await ensureActor();
    if (actor === null) return;
    try {
      const id = await groupClaimsByHand(db, articles, [...selection], actor);
      notify(`Grouped ${selection.size.toLocaleString("en")} claims for comparison.`);
      setSelection(new Set());
      updateUrl({ view: "compare", group: id, show: null }, { push: true });
    } catch (error) {
      notify(error instanceof Error ? error.message : String(error), "error");
    }
  };

  const articleOptions = useMemo(
    () => [...articles.values()].map((article) => ({ id: article.id, title: article.title ?? article.fileName ?? "Untitled" })),
    [articles],
  );
  const toggleChecked = useCallback((id: string) => setSelection((current) => toggled(current, id)), []);
  const openClaim = useCallback((id: string) => updateUrl({ claim: id }), [updateUrl]);
  const clearFilters = useCallback(() => updateUrl(Object.fromEntries(FILTER_KEYS.map((key) => [key, null]))), [updateUrl]);

  if (loaded && rows.length === 0) {
    return (
      <div className="claims-empty">
        <h1>No claims yet</h1>
        <p>
          Import articles — paste text or drop <code>.txt</code>, <code>.md</code> or <code>.html</code> files — and their
          check-worthy claims appear here.
        </p>
        <a
          className="button primary"
          href="?view=import"
          onClick={(event) => {
            event.preventDefault();
            updateUrl({ view: "import" }, { push: true });
          }}
        >
          Import articles
        </a>
      </div>
    );
  }

  return (
    <div className="claims-view" style={gridStyle}>
      <ClaimsToolbar view={view} articleOptions={articleOptions} />

      <div className="claims-status-line">
        <span aria-live="polite">
          {loaded ? (
            <>
              Showing <strong>{shownCount.toLocaleString("en")}</strong> of {rows.length.toLocaleString("en")} claims
            </>
          ) : (
            "Loading claims…"
          )}
        </span>
        {hasFilters(view) && (
          <button type="button" className="button quiet" onClick={clearFilters}>
            Clear filters
          </button>
        )}
        {selectedCount > 0 && (
          <div className="bulk-bar" role="region" aria-label="Selected claims">
            <strong>{selectedCount.toLocaleString("en")} selected</strong>
            <span className="bulk-label">Set status:</span>
            {STATUSES.map((status) => (
              <button key={status} type="button" className={`button status-button status-${status}`} onClick={() => void bulkSetStatus(status)}>
                {STATUS_LABELS[status]}
              </button>
            ))}
            <button
              type="button"
              className="button"
              disabled={selectedCount < 2}
              title="Keep the selected claims' figures as one comparison group"
              onClick={() => void groupSelected()}
            >
              Group figures
            </button>
            <button type="button" className="button quiet" onClick={() => setSelection(new Set())}>
              Clear selection
            </button>
          </div>
        )}
      </div>

      <div className="claims-grid" role="grid" aria-label="Claims" aria-rowcount={items.length + 1} aria-multiselectable="true">
        <div ref={scroller} className="claims-scroll">
          <div className="claims-head" role="row" aria-rowindex={1}>
            <div role="columnheader" className="cell cell-check">
              <input
                type="checkbox"
                aria-label={allShownSelected ? "Deselect all shown claims" : "Select all shown claims"}
                checked={allShownSelected}
                onChange={() => setSelection(allShownSelected ? new Set() : new Set(rowsOf(items).map((row) => row.id)))}
              />
            </div>
            {table.getFlatHeaders().filter((header) => header.column.getIsVisible()).map((header) => {
              const sorted = header.column.getIsSorted();
              const order = view.sort.length > 1 ? view.sort.findIndex((key) => key.id === header.column.id) + 1 : 0;
              return (
                <div
                  key={header.id}
                  role="columnheader"
                  className="cell"
                  aria-sort={sorted === "asc" ? "ascending" : sorted === "desc" ? "descending" : "none"}
                >
                  <button type="button" className="sort-button" onClick={header.column.getToggleSortingHandler()} title="Sort (Shift-click to add to the sort)">
                    {COLUMN_LABELS[header.column.id as ColumnId]}
                    <span className="sort-mark" aria-hidden="true">
                      {sorted === "asc" ? "▲" : sorted === "desc" ? "▼" : ""}
                      {sorted !== false && order > 0 ? order : ""}
                    </span>
                  </button>
                </div>
              );
            })}
          </div>
          {loaded && items.length === 0 ? (
            <div className="claims-no-match">
              <p>No claim matches these filters.</p>
              <button type="button" className="button" onClick={clearFilters}>
                Clear filters
              </button>
            </div>
          ) : (
            <div role="rowgroup" className="claims-body" style={{ height: virtualizer.getTotalSize() }}>
              {virtualItems.map((virtual) => {
                const item = items[virtual.index]!;
                if (isGroupHeader(item)) {
                  return (
                    <div key={`group:${item.key}`} role="row" aria-rowindex={virtual.index + 2} className="claims-group" style={rowStyle(virtual.start)}>
                      <div role="gridcell" className="group-cell">
                        <button
                          type="button"
                          className="group-toggle"
                          aria-expanded={!item.collapsed}
                          onClick={() => setCollapsed((current) => toggled(current, item.key))}
                        >
                          <span aria-hidden="true">{item.collapsed ? "▸" : "▾"}</span>
                          {view.group === "status" ? STATUS_LABELS[item.key as Status] : item.label}
                          <span className="group-count">{item.count.toLocaleString("en")}</span>
                        </button>
                      </div>
                    </div>
                  );
                }
                return (
                  <ClaimGridRow
                    key={item.id}
                    table={table}
                    columns={view.columns}
                    row={item}
                    index={virtual.index + 2}
                    top={virtual.start}
                    selected={item.id === selectedClaim}
                    checked={selection.has(item.id)}
                    onCheck={toggleChecked}
                    onOpen={openClaim}
                  />
                );
              })}
            </div>
          )}
        </div>
      </div>
    </div>
  );
}

/** Search and filters; drawn again only when the view or the article list changes. */
const ClaimsToolbar = memo(function ClaimsToolbar({ view, articleOptions }: { view: TableView; articleOptions: readonly ArticleOption[] }) {
  return (
    <div className="claims-toolbar" role="search">
      <SearchBox value={view.q} onChange={(q) => setView({ q })} />
      <FilterMenu label="Status" options={STATUSES} labels={STATUS_LABELS} selected={view.status} onChange={(status) => setView({ status })} />
      <FilterMenu label="Kind" options={CLAIM_KINDS} labels={KIND_LABELS} selected={view.kind} onChange={(kind) => setView({ kind })} />
      <FilterMenu label="Reporting" options={REPORTING} labels={REPORTING_LABELS} selected={view.reporting} onChange={(reporting) => setView({ reporting })} />
      <label className="toolbar-field">
        <span>Speaker</span>
        <input value={view.speaker} placeholder="any" onChange={(event) => setView({ speaker: event.target.value })} />
      </label>
      <ArticleFilter value={view.article} options={articleOptions} />
      <label className="toolbar-field">
        <span>Cue</span>
        <input value={view.cue} placeholder="any" className="narrow" onChange={(event) => setView({ cue: event.target.value })} />
      </label>
      <label className="toolbar-field">
        <span>Date from</span>
        <input type="date" value={view.from} onChange={(event) => setView({ from: event.target.value })} />
      </label>
      <label className="toolbar-field">
        <span>to</span>
        <input type="date" value={view.to} onChange={(event) => setView({ to: event.target.value })} />
      </label>
      <label className="toolbar-field">
        <span>Reviewer</span>
        <input value={view.reviewer} placeholder="anyone" className="narrow" onChange={(event) => setView({ reviewer: event.target.value })} />
      </label>
      <label className="toolbar-field">
        <span>Check-worthiness</span>
        <select value={String(view.minWorth)} onChange={(event) => setView({ minWorth: Number(event.target.value) })}>
          <option value="0">any</option>
          <option value="0.5">≥ 0.5</option>
          <option value="0.7">≥ 0.7</option>
          <option value="0.9">≥ 0.9</option>
        </select>
      </label>
      <label className="toolbar-field">
        <span>Compared</span>
        <select value={view.compare ?? ""} onChange={(event) => setView({ compare: (event.target.value || null) as CompareFilter | null })}>
          <option value="">any</option>
          <option value="grouped">in a group</option>
          <option value="conflicting">conflicting figures</option>
        </select>
      </label>
      <label className="toolbar-field">
        <span>Group by</span>
        <select value={view.group ?? ""} onChange={(event) => setView({ group: (event.target.value || null) as Grouping | null })}>
          <option value="">nothing</option>
          {GROUPINGS.map((grouping) => (
            <option key={grouping} value={grouping}>
              {GROUP_LABELS[grouping]}
            </option>
          ))}
        </select>
      </label>
      <FilterMenu
        label="Columns"
        highlight={false}
        options={COLUMN_IDS}
        labels={COLUMN_LABELS}
        selected={view.columns}
        onChange={(next) => setView({ columns: next.length === 0 ? ["text"] : COLUMN_IDS.filter((id) => next.includes(id)) })}
      />
    </div>
  );
});

interface ArticleOption {
  id: string;
  title: string;
}

/** One option per article: thousands of them, so drawn only when the articles change. */
const ArticleFilter = memo(function ArticleFilter({ value, options }: { value: string; options: readonly ArticleOption[] }) {
  return (
    <label className="toolbar-field">
      <span>Article</span>
      <select value={value} onChange={(event) => setView({ article: event.target.value })}>
        <option value="">any</option>
        {options.map((article) => (
          <option key={article.id} value={article.id}>
            {article.title.length > 60 ? `${article.title.slice(0, 59)}…` : article.title}
          </option>
        ))}
      </select>
    </label>
  );
});

type TableInstance = ReturnType<typeof useTable<typeof features, ClaimRow>>;

function rowStyle(top: number): CSSProperties {
  return { transform: `translateY(${top}px)`, height: ROW_HEIGHT };
}

interface ClaimGridRowProps {
  table: TableInstance;
  columns: readonly ColumnId[];
  row: ClaimRow;
  index: number;
  top: number;
  selected: boolean;
  checked: boolean;
  onCheck: (id: string) => void;
  onOpen: (id: string) => void;
}

/**
 * Whether a row must be drawn again. Everything but the table instance, which react-table
 * makes anew at every render: a row's cells depend only on the row (immutable: an edited
 * claim is a new row object) and the columns shown. So a row that stays in view while the
 * table scrolls, or while another row is edited or selected, is left alone.
 */
function sameRow(before: ClaimGridRowProps, after: ClaimGridRowProps): boolean {
  return (
    before.row === after.row &&
    before.columns === after.columns &&
    before.index === after.index &&
    before.top === after.top &&
    before.selected === after.selected &&
    before.checked === after.checked &&
    before.onCheck === after.onCheck &&
    before.onOpen === after.onOpen
  );
}

const ClaimGridRow = memo(function ClaimGridRow({
  table,
  row,
  index,
  top,
  selected,
  checked,
  onCheck,
  onOpen,
}: ClaimGridRowProps) {
  // The row is in the table's data: the table's rows are the ones in view.
  const cells = table.getRow(row.id, true)?.getVisibleCells() ?? [];
  return (
    <div
      role="row"
      aria-rowindex={index}
      aria-selected={selected}
      data-claim-id={row.id}
      className={`claims-row status-${row.status}${selected ? " selected" : ""}${checked ? " checked" : ""}`}
      style={rowStyle(top)}
      tabIndex={selected ? 0 : -1}
      onClick={(event) => {
        if ((event.target as HTMLElement).closest("input, button, a") === null) onOpen(row.id);
      }}
      onKeyDown={(event) => {
        if (event.key === " " && event.target === event.currentTarget) {
          event.preventDefault();
          onCheck(row.id);
        }
      }}
    >
      <div role="gridcell" className="cell cell-check">
        <input type="checkbox" aria-label={`Select claim: ${row.text.slice(0, 60)}`} checked={checked} onChange={() => onCheck(row.id)} />
      </div>
      {cells.map((cell) => (
        <div key={cell.id} role="gridcell" className={`cell col-${cell.column.id}`}>
          {flexRender(cell.column.columnDef.cell, cell.getContext())}
        </div>
      ))}
    </div>
  );
}, sameRow);

function SearchBox({ value, onChange }: { value: string; onChange: (value: string) => void }) {
  return (
    <label className="search-box">
      <span className="visually-hidden">Search claims</span>
      <input
        type="search"
        data-shortcut-target="search"
        value={value}
        placeholder="Search claims, speakers, articles, figures…  ( / )"
        onChange={(event) => onChange(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === "Escape" && value !== "") {
            event.preventDefault();
            event.stopPropagation();
            onChange("");
          }
        }}
      />
    </label>
  );
}

function toggled(set: ReadonlySet<string>, key: string): ReadonlySet<string> {
  const next = new Set(set);
  if (next.has(key)) next.delete(key);
  else next.add(key);
  return next;
}

