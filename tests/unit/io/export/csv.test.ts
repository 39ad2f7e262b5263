import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import type { Quantity } from "../../../../claim-schemas/claim-set.ts";
import {
  BYTE_ORDER_MARK,
  claimSetToCsv,
  claimToRow,
  CSV_COLUMNS,
  describeQuantity,
  neutraliseFormula,
  type CsvColumn,
} from "../../../../src/io/export/csv.ts";
import { createArticle, createClaim, createClaimSet, MIXED_SCRIPT_TEXT, reviewed } from "./claim-set-factory.ts";

function quantity(overrides: Partial<Quantity>): Quantity {
  return { raw: "128", span: { start: 0, end: 3 }, qualifier: "exact", ...overrides };
}

function parseCsv(csv: string): Papa.ParseResult<Record<string, string>> {
  expect(csv.startsWith(BYTE_ORDER_MARK)).toBe(true);
  return Papa.parse<Record<string, string>>(csv.slice(BYTE_ORDER_MARK.length).trimEnd(), { header: true });
}

describe("neutraliseFormula", () => {
  it.each(["=SUM(A1)", "+1", "-2+3", "@cmd", "\tx", "\rx"])("prefixes a quote to %j", (cell) => {
    expect(neutraliseFormula(cell)).toBe(`'${cell}`);
  });

  it.each(["128 people", "", " =not at start", "'quoted", "3-2"])("leaves %j alone", (cell) => {
    expect(neutraliseFormula(cell)).toBe(cell);
  });
});

describe("describeQuantity", () => {
  it("shows an exact figure with what it counts", () => {
    expect(describeQuantity(quantity({ value: 128, counted: "people" }))).toBe("128 people");
  });

  it("shows bounds as an interval", () => {
    expect(describeQuantity(quantity({ raw: "more than 120", low: 120, qualifier: "more-than", counted: "people" }))).toBe(
      "more than 120 [120,∞) people",
    );
    expect(describeQuantity(quantity({ raw: "fewer than 10", high: 10, qualifier: "fewer-than" }))).toBe(
      "fewer than 10 (-∞,10]",
    );
    expect(describeQuantity(quantity({ raw: "5-7", low: 5, high: 7, qualifier: "range" }))).toBe("5-7 [5,7]");
  });

  it("shows the value when the text does not", () => {
    expect(describeQuantity(quantity({ raw: "$3.2bn", value: 3_200_000_000, unit: "USD" }))).toBe("$3.2bn =3200000000 (USD)");
    expect(describeQuantity(quantity({ raw: "six", value: 6, counted: "students" }))).toBe("six =6 students");
    expect(describeQuantity(quantity({ raw: "80%", value: 80, unit: "percent" }))).toBe("80% (percent)");
  });
});

describe("claimToRow", () => {
  const article = createArticle();

  it("flattens attribution, preferring the resolved entity", () => {
    const row = claimToRow(
      createClaim(article, "The harbour authority said 340 workers joined the strike.", {
        attribution: { source: "the authority", entity: "Port Valen harbour authority", cue: "said", mode: "reported", framing: "claimed" },
        date: "2023-05-12",
        occurrences: [{ start: 0, end: 5 }, { start: 10, end: 15 }],
      }),
      article,
    );
    expect(row).toMatchObject({
      speaker: "Port Valen harbour authority",
      cue: "said",
      mode: "reported",
      framing: "claimed",
      date: "2023-05-12",
      occurrences: 2,
      article_title: "Dock strike in Port Valen",
      article_outlet: "Valen Courier",
      article_url: "https://courier.example/2023/05/dock-strike",
      article_date: "2023-05-14",
      status: "unreviewed",
    });
  });

  it("falls back to the source as written and leaves unattributed and unknown cells empty", () => {
    const claim = createClaim(article, "Dock workers in Port Valen walked out on Friday.");
    expect(claimToRow({ ...claim, attribution: { source: "police", mode: "direct" } }, undefined)).toMatchObject({
      speaker: "police",
      cue: "",
      framing: "",
      article_title: "",
      article_outlet: "",
      article_url: "",
    });
    expect(claimToRow(claim, undefined)).toMatchObject({ speaker: "", mode: "", date: "", reviewer: "", reviewed_at: "", note: "", evidence: "" });
  });

  it("carries the review: status, reporting, reviewer, time, note and the evidence links", () => {
    const claim = createClaim(article, "Union leader Mara Ostrova said more than 500 took part", {
      review: reviewed("partly-supported", {
        reporting: "inaccurate",
        note: "Union count includes families.",
        evidence: [
          { url: "https://union.example/statement", note: "union statement" },
          { note: "phone call with the harbour office" },
          { url: "https://port.example/figures?day=12", note: "port figures" },
        ],
      }),
    });
    expect(claimToRow(claim, article)).toMatchObject({
      status: "partly-supported",
      reporting: "inaccurate",
      reviewer: "Ines Kovač",
      reviewed_at: "2023-05-16T09:30:00+02:00",
      note: "Union count includes families.",
      evidence: "https://union.example/statement https://port.example/figures?day=12",
    });
  });
});

describe("claimSetToCsv", () => {
  const article = createArticle();

  it("starts with a byte order mark, then a header and one row per claim that parse back", () => {
    const csv = claimSetToCsv(
      createClaimSet(
        [article],
        [
          createClaim(article, "Union leader Mara Ostrova said more than 500 took part", {
            quantities: [
              quantity({ raw: "more than 500", low: 500, qualifier: "more-than", counted: "workers" }),
              quantity({ raw: "340", value: 340, counted: "workers" }),
            ],
          }),
          createClaim(article, "Dock workers in Port Valen walked out on Friday.", { text: 'She said, "no comment",\nand left.' }),
        ],
      ),
    );
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv.slice(1).startsWith("claim_id,article_id,")).toBe(true);
    expect(csv.endsWith("\r\n")).toBe(true);
    const parsed = parseCsv(csv);
    expect(parsed.errors).toEqual([]);
    expect(parsed.meta.fields).toEqual([...CSV_COLUMNS]);
    expect(parsed.data).toHaveLength(2);
    expect(parsed.data[0]).toMatchObject({
      article_title: "Dock strike in Port Valen",
      article_outlet: "Valen Courier",
      quantities: "more than 500 [500,∞) workers; 340 workers",
      checkworthiness: "0.7",
    });
    expect(parsed.data[1]!.text).toBe('She said, "no comment",\nand left.');
  });

  it("keeps non-Latin text and emoji intact after the byte order mark", () => {
    const mixed = createArticle({ id: "art-mixed", title: "Школы и 北京 👍🏽", text: MIXED_SCRIPT_TEXT });
    const claim = createClaim(mixed, "قال الوزير إن 40 شخصا أصيبوا.");
    const row = parseCsv(claimSetToCsv(createClaimSet([mixed], [claim]))).data[0]!;
    expect(row.text).toBe("قال الوزير إن 40 شخصا أصيبوا.");
    expect(row.article_title).toBe("Школы и 北京 👍🏽");
  });

  it('turns a cell "=HYPERLINK(...)" into "\'=HYPERLINK(...)"', () => {
    const claim = createClaim(article, "Dock workers in Port Valen walked out on Friday.", { text: '=HYPERLINK("http://evil.example","click")' });
    const row = parseCsv(claimSetToCsv(createClaimSet([article], [claim]))).data[0]!;
    expect(row.text).toBe('\'=HYPERLINK("http://evil.example","click")');
  });

  /** Cells whose value the schema fixes (an enum, a date, a number) cannot hold a formula. */
  const CONTROLLED: ReadonlySet<CsvColumn> = new Set([
    "article_date",
    "kind",
    "checkworthiness",
    "mode",
    "date",
    "occurrences",
    "status",
    "reporting",
    "reviewed_at",
  ]);

  it("neutralises a formula in every column that carries untrusted text", () => {
    const hostile = createArticle({
      id: "+art",
      title: "=cmd|' /C calc'!A0",
      outlet: "@outlet",
      url: "-2+3",
    });
    const claim = createClaim(hostile, "The harbour authority said 340 workers joined the strike.", {
      id: "=claim",
      text: '=HYPERLINK("http://evil.example")',
      quantities: [quantity({ raw: "-5", value: -5 })],
      attribution: { source: "@someone", cue: "+said", mode: "reported", framing: "-framed" },
      review: reviewed("refuted", {
        reviewer: "=reviewer",
        note: "\tnote",
        evidence: [{ url: "=HYPERLINK(\"http://evil.example\")", note: "" }, { url: "https://safe.example", note: "" }],
      }),
    });
    const row = parseCsv(claimSetToCsv(createClaimSet([hostile], [claim]))).data[0]!;
    const untrusted = CSV_COLUMNS.filter((column) => !CONTROLLED.has(column));
    expect(untrusted).toHaveLength(13);
    for (const column of untrusted) expect({ column, cell: row[column] }).toEqual({ column, cell: expect.stringMatching(/^'[=+\-@\t\r]/) });
    expect(row.claim_id).toBe("'=claim");
    expect(row.note).toBe("'\tnote");
    expect(row.evidence).toBe("'=HYPERLINK(\"http://evil.example\") https://safe.example");
  });

  it("writes only the byte order mark and the header for a set without claims", () => {
    expect(claimSetToCsv(createClaimSet([article], []))).toBe(`\uFEFF${CSV_COLUMNS.join(",")}\r\n`);
  });
});
