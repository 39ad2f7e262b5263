import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { ClaimRow } from "../../../../src/db/claim-row.ts";
import { claimRow } from "../claim-row-factory.ts";
import { normaliseForSearch } from "../../../../src/core/text/fold-for-search.ts";
import { filterRows, queryWords } from "../../../../src/app/claims-table/filter-claims.ts";
import { groupRows, isGroupHeader } from "../../../../src/app/claims-table/group-rows.ts";
import { sortClaimRows } from "../../../../src/app/claims-table/sort-claims.ts";
import { DEFAULT_COLUMNS, hasFilters, parseTableView, serialiseTableView, tableViewQuery } from "../../../../src/app/claims-table/table-view.ts";

function row(overrides: Partial<Omit<ClaimRow, "search">>): ClaimRow {
  return claimRow({ id: "a-1-c0-10", text: "Unemployment fell to 4.1 per cent in March.", quantities: "4.1 per cent", checkworthiness: 0.8, ...overrides });
}

describe("table view in the URL", () => {
  it("reads every key and writes the same view back", () => {
    const params = new URLSearchParams("q=Minsk&status=refuted,supported&kind=quote&reporting=inaccurate&speaker=ministry&article=a-9&cue=said&reviewer=ann&from=2020-08-09&to=2020-09-01&minworth=0.7&compare=conflicting&sort=checkworthiness.desc,date.asc&group=speaker&cols=text,status");
    const view = parseTableView(params);
    expect(view).toEqual({
      q: "Minsk",
      status: ["refuted", "supported"],
      kind: ["quote"],
      reporting: ["inaccurate"],
      speaker: "ministry",
      article: "a-9",
      cue: "said",
      reviewer: "ann",
      from: "2020-08-09",
      to: "2020-09-01",
      minWorth: 0.7,
      compare: "conflicting",
      sort: [
        { id: "checkworthiness", desc: true },
        { id: "date", desc: false },
      ],
      group: "speaker",
      columns: ["text", "status"],
    });
    expect(parseTableView(new URLSearchParams(serialiseTableView(view) as Record<string, string>))).toEqual(view);
  });

  it("ignores unknown and malformed values instead of failing", () => {
    const view = parseTableView(new URLSearchParams("status=bogus,refuted&sort=evil.up,text.asc,text.desc&group=planet&minworth=7&cols=nope&from=yesterday"));
    expect(view.status).toEqual(["refuted"]);
    expect(view.sort).toEqual([{ id: "text", desc: false }]);
    expect(view.group).toBeNull();
    expect(view.minWorth).toBe(0);
    expect(view.from).toBe("");
    expect(view.columns).toEqual([...DEFAULT_COLUMNS]);
    expect(hasFilters(view)).toBe(true);
  });

  it("keeps the view's own part of the URL the same when only other keys change", () => {
    const a = tableViewQuery(new URLSearchParams("view=claims&q=Minsk&claim=c-1&sort=date.asc"));
    const b = tableViewQuery(new URLSearchParams("sort=date.asc&view=claims&claim=c-2&q=Minsk"));
    expect(a).toBe(b);
    expect(parseTableView(new URLSearchParams(a)).q).toBe("Minsk");
    expect(tableViewQuery(new URLSearchParams("q=Minsk&claim=c-1"))).not.toBe(tableViewQuery(new URLSearchParams("q=Minsk&status=refuted")));
  });

  it("writes nothing for an empty view, so a clean URL stays clean", () => {
    const patch = serialiseTableView(parseTableView(new URLSearchParams()));
    expect(Object.values(patch).every((value) => value === null)).toBe(true);
  });
});

describe("search and filters", () => {
  const rows = [
    row({ id: "1", date: "2020-08-09", cue: "said", reviewer: "Ann Lee", text: "Lukashénko won 80% of the vote, officials said.", speaker: "Central Election Commission", status: "refuted", checkworthiness: 0.9 }),
    row({ id: "2", date: "2020-09-01", cue: "according to", text: "Thousands marched in Minsk.", kind: "event", quantities: "Thousands", checkworthiness: 0.5 }),
    row({ id: "3", text: "The striker scored twice.", articleTitle: "Cup final report", kind: "event", quantities: "", reporting: "accurate", checkworthiness: 0.3 }),
  ];
  const ids = (query: string) => filterRows(rows, parseTableView(new URLSearchParams(query))).map((match) => match.id);

  it("folds accents and case, and needs every word", () => {
    expect(normaliseForSearch("LUKASHÉNKO  Said")).toBe("lukashenko said");
    expect(queryWords("  Minsk   thousands ")).toEqual(["minsk", "thousands"]);
    expect(ids("q=lukashenko")).toEqual(["1"]);
    expect(ids("q=minsk thousands")).toEqual(["2"]);
    expect(ids("q=minsk striker")).toEqual([]);
  });

  it("searches speakers, article titles and figures too", () => {
    expect(ids("q=election commission")).toEqual(["1"]);
    expect(ids("q=cup final")).toEqual(["3"]);
    expect(ids("q=80%")).toEqual(["1"]);
  });

  it("filters by status, kind, reporting, speaker and check-worthiness", () => {
    expect(ids("status=refuted")).toEqual(["1"]);
    expect(ids("kind=event")).toEqual(["2", "3"]);
    expect(ids("reporting=accurate")).toEqual(["3"]);
    expect(ids("speaker=commission")).toEqual(["1"]);
    expect(ids("minworth=0.5")).toEqual(["1", "2"]);
    expect(ids("kind=event&minworth=0.5")).toEqual(["2"]);
    expect(ids("cue=according")).toEqual(["2"]);
    expect(ids("reviewer=ann")).toEqual(["1"]);
  });

  it("keeps claims whose day lies in the date range, and drops undated ones once a bound is set", () => {
    expect(ids("from=2020-08-09&to=2020-08-31")).toEqual(["1"]);
    expect(ids("from=2020-08-10")).toEqual(["2"]);
    expect(ids("to=2020-09-01")).toEqual(["1", "2"]);
    expect(ids("from=2020-08-09&to=2020-08-09")).toEqual(["1"]);
  });

  it("keeps claims in a comparison group, or only in a conflicting one, once the groups are known", () => {
    const groups = new Map([
      ["1", ["consistent", "conflicting"] as const],
      ["2", ["different-scope"] as const],
    ]);
    const grouped = (query: string, known = groups) => filterRows(rows, parseTableView(new URLSearchParams(query)), known).map((match) => match.id);
    expect(grouped("compare=grouped")).toEqual(["1", "2"]);
    expect(grouped("compare=conflicting")).toEqual(["1"]);
    expect(grouped("compare=conflicting&status=supported")).toEqual([]);
    expect(filterRows(rows, parseTableView(new URLSearchParams("compare=grouped")))).toEqual([]);
    expect(ids("")).toEqual(["1", "2", "3"]);
  });

  it("folds text with or without accents exactly as a full Unicode decomposition would", () => {
    const slow = (text: string) => text.normalize("NFD").replace(/\p{M}+/gu, "").toLowerCase().replace(/\s+/g, " ");
    expect(normaliseForSearch("“Lukashénko” — Łódź, São Paulo, Ελλάδα, Йошкар-Ола")).toBe(slow("“Lukashénko” — Łódź, São Paulo, Ελλάδα, Йошкар-Ола"));
    fc.assert(fc.property(fc.string({ unit: "binary" }), (text) => normaliseForSearch(text) === slow(text)));
  });

  it("finds a word past curly quotes and dashes, and an accented word typed plain", () => {
    const quoted = [row({ id: "q", text: "“Nobody was detained” — Ms Tsikhanouskaya’s aide said in Kraków." })];
    const found = (query: string) => filterRows(quoted, parseTableView(new URLSearchParams(`q=${encodeURIComponent(query)}`))).length;
    expect(found("nobody detained")).toBe(1);
    expect(found("tsikhanouskaya’s")).toBe(1);
    expect(found("krakow")).toBe(1);
    expect(found("warsaw")).toBe(0);
  });

  it("sees an edited claim's new text (a new row)", () => {
    const before = row({ id: "9", text: "Turnout was 84%." });
    expect(filterRows([before], parseTableView(new URLSearchParams("q=turnout")))).toHaveLength(1);
    const after = row({ id: "9", text: "Participation was 84%." });
    expect(filterRows([after], parseTableView(new URLSearchParams("q=turnout")))).toHaveLength(0);
  });
});

describe("ordering", () => {
  const rows = [
    row({ id: "1", text: "item10 was cut", checkworthiness: 0.5, status: "refuted", date: "2020-09-01" }),
    row({ id: "2", text: "Item2 was cut", checkworthiness: 0.9, status: "unreviewed" }),
    row({ id: "3", text: "item1 was cut", checkworthiness: 0.5, status: "supported", date: "2020-08-09" }),
  ];
  const order = (sort: string) => sortClaimRows(rows, parseTableView(new URLSearchParams(`sort=${sort}`)).sort).map((item) => item.id);

  it("orders text naturally, ignoring case: item1, Item2, item10", () => {
    expect(order("text.asc")).toEqual(["3", "2", "1"]);
    expect(order("text.desc")).toEqual(["1", "2", "3"]);
  });

  it("orders numbers and statuses by value, and keeps the earlier order among equals", () => {
    expect(order("checkworthiness.desc")).toEqual(["2", "1", "3"]);
    expect(order("checkworthiness.asc")).toEqual(["1", "3", "2"]);
    expect(order("status.asc")).toEqual(["2", "3", "1"]);
  });

  it("breaks ties by the next key, and puts undated claims first going up", () => {
    expect(order("checkworthiness.asc,date.asc")).toEqual(["3", "1", "2"]);
    expect(order("date.asc")).toEqual(["2", "3", "1"]);
  });

  it("leaves the order alone without a sort", () => {
    expect(sortClaimRows(rows, []).map((item) => item.id)).toEqual(["1", "2", "3"]);
  });
});

describe("grouping", () => {
  const rows = [
    row({ id: "1", speaker: "Interior Ministry" }),
    row({ id: "2", speaker: "" }),
    row({ id: "3", speaker: "Interior Ministry" }),
  ];

  it("puts a header before each group, in the order groups first appear", () => {
    const items = groupRows(rows, "speaker", new Set());
    expect(items.map((item) => (isGroupHeader(item) ? `[${item.label} ${item.count}]` : item.id))).toEqual([
      "[Interior Ministry 2]",
      "1",
      "3",
      "[The article itself (no speaker) 1]",
      "2",
    ]);
  });

  it("hides the rows of a collapsed group and keeps its header", () => {
    const items = groupRows(rows, "speaker", new Set(["Interior Ministry"]));
    expect(items.map((item) => (isGroupHeader(item) ? `[${item.collapsed ? "closed" : "open"}]` : item.id))).toEqual(["[closed]", "[open]", "2"]);
  });

  it("is the rows themselves without grouping", () => {
    expect(groupRows(rows, null, new Set())).toBe(rows);
  });
});
