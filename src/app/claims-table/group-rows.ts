/**
 * Grouping for the virtual list: sorted rows become one flat list of group headers and rows,
 * so the virtualiser scrolls a single list whatever the grouping. Groups keep the order of
 * their first row in the sorted list; a collapsed group shows its header only. Without a
 * grouping the list is the sorted rows themselves: no item is made per row.
 */
import type { ClaimRow } from "../../db/claim-row.ts";
import type { Grouping } from "./table-view.ts";

export class GroupHeader {
  constructor(
    readonly key: string,
    readonly label: string,
    readonly count: number,
    readonly collapsed: boolean,
  ) {}
}

export type ListItem = ClaimRow | GroupHeader;

export function isGroupHeader(item: ListItem): item is GroupHeader {
  return item instanceof GroupHeader;
}

export function groupKeyOf(row: ClaimRow, grouping: Grouping): { key: string; label: string } {
  switch (grouping) {
    case "article":
      return { key: row.articleId, label: row.articleTitle || "Untitled article" };
    case "speaker":
      return { key: row.speaker, label: row.speaker || "The article itself (no speaker)" };
    case "status":
      return { key: row.status, label: row.status };
  }
}

export function groupRows(rows: readonly ClaimRow[], grouping: Grouping | null, collapsed: ReadonlySet<string>): readonly ListItem[] {
  if (grouping === null) return rows;
  const groups = new Map<string, { label: string; rows: ClaimRow[] }>();
  for (const row of rows) {
    const { key, label } = groupKeyOf(row, grouping);
    let group = groups.get(key);
    if (group === undefined) {
      group = { label, rows: [] };
      groups.set(key, group);
    }
    group.rows.push(row);
  }
  const items: ListItem[] = [];
  for (const [key, group] of groups) {
    const isCollapsed = collapsed.has(key);
    items.push(new GroupHeader(key, group.label, group.rows.length, isCollapsed));
    if (!isCollapsed) for (const row of group.rows) items.push(row);
  }
  return items;
}

/** The claims among the items, in list order. */
export function rowsOf(items: readonly ListItem[]): ClaimRow[] {
  return items.filter((item): item is ClaimRow => !isGroupHeader(item));
}
