import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { ClaimSet, type Claim, type Quantity } from "../../../../claim-schemas/claim-set.ts";
import { claimSetToCsv, claimToRow, CSV_COLUMNS, describeQuantity, neutraliseFormula } from "../../../../src/io/export/csv.ts";

function createClaim(overrides: Partial<Claim> = {}): Claim {
  const text = overrides.text ?? "A total of 128 people were held.";
  return {
    id: "a-1-c0",
    articleId: "a-1",
    text,
    span: { start: 0, end: text.length },
    quote: { exact: text, prefix: "", suffix: "" },
    kind: "quantity",
    checkworthiness: 0.9,
    quantities: [],
    attribution: null,
    occurrences: [{ start: 0, end: text.length }],
    review: { status: "unreviewed", reporting: "unchecked", evidence: [] },
    ...overrides,
  };
}

function createClaimSet(claims: Claim[]): ClaimSet {
  return ClaimSet.parse({
    format: "claimbench.claim-set",
    version: 1,
    generator: "test",
    exportedAt: "2024-01-01T00:00:00.000Z",
    articles: [{ id: "a-1", title: "Protests in Belarus", date: "2020-09-02", text: "x", sentences: [] }],
    claims,
  });
}

function quantity(overrides: Partial<Quantity>): Quantity {
  return { raw: "128", span: { start: 0, end: 3 }, qualifier: "exact", ...overrides };
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
  it("flattens attribution, preferring the resolved entity", () => {
    const row = claimToRow(
      createClaim({
        attribution: { source: "the ministry", entity: "Interior Ministry", cue: "said", mode: "reported", framing: "claimed" },
        date: "2020-09-01",
        occurrences: [{ start: 0, end: 5 }, { start: 10, end: 15 }],
      }),
      { id: "a-1", title: "T", date: "2020-09-02", text: "", sentences: [] },
    );
    expect(row).toMatchObject({
      speaker: "Interior Ministry",
      cue: "said",
      mode: "reported",
      framing: "claimed",
      date: "2020-09-01",
      occurrences: 2,
      article_title: "T",
      article_date: "2020-09-02",
      status: "unreviewed",
    });
  });

  it("falls back to the source as written and leaves unattributed cells empty", () => {
    expect(claimToRow(createClaim({ attribution: { source: "police", mode: "direct" } }), undefined)).toMatchObject({
      speaker: "police",
      cue: "",
      framing: "",
      article_title: "",
    });
    expect(claimToRow(createClaim(), undefined)).toMatchObject({ speaker: "", mode: "", date: "" });
  });
});

describe("claimSetToCsv", () => {
  it("writes a header and one row per claim that parse back", () => {
    const csv = claimSetToCsv(
      createClaimSet([
        createClaim({
          quantities: [
            quantity({ raw: "more than 120", low: 120, qualifier: "more-than", counted: "people" }),
            quantity({ value: 128, counted: "people" }),
          ],
        }),
        createClaim({ id: "a-1-c2", text: 'He said, "no comment",\nand left.' }),
      ]),
    );
    expect(csv.endsWith("\r\n")).toBe(true);
    const parsed = Papa.parse<Record<string, string>>(csv.trimEnd(), { header: true });
    expect(parsed.errors).toEqual([]);
    expect(parsed.meta.fields).toEqual([...CSV_COLUMNS]);
    expect(parsed.data).toHaveLength(2);
    expect(parsed.data[0]).toMatchObject({
      claim_id: "a-1-c0",
      article_title: "Protests in Belarus",
      quantities: "more than 120 [120,∞) people; 128 people",
      checkworthiness: "0.9",
    });
    expect(parsed.data[1]!.text).toBe('He said, "no comment",\nand left.');
  });

  it("neutralises formulas in every text cell, including the title", () => {
    const set = createClaimSet([
      createClaim({
        text: "=HYPERLINK(\"http://evil\")",
        attribution: { source: "@someone", cue: "+said", mode: "reported", framing: "-framed" },
        quantities: [quantity({ raw: "-5", value: -5 })],
      }),
    ]);
    set.articles[0]!.title = "=cmd|' /C calc'!A0";
    const row = Papa.parse<Record<string, string>>(claimSetToCsv(set).trimEnd(), { header: true }).data[0]!;
    expect(row.text).toBe("'=HYPERLINK(\"http://evil\")");
    expect(row.speaker).toBe("'@someone");
    expect(row.cue).toBe("'+said");
    expect(row.framing).toBe("'-framed");
    expect(row.quantities).toBe("'-5");
    expect(row.article_title).toBe("'=cmd|' /C calc'!A0");
  });

  it("writes only the header for a set without claims", () => {
    expect(claimSetToCsv(createClaimSet([]))).toBe(`${CSV_COLUMNS.join(",")}\r\n`);
  });
});
