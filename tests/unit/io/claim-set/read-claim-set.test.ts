import { describe, expect, it } from "vitest";
import { CLAIM_SET_VERSION } from "../../../../claim-schemas/vocabulary.ts";
import { MAX_PROBLEMS } from "../../../../src/io/claim-set/claim-set-problem.ts";
import type { ClaimSetMigration } from "../../../../src/io/claim-set/migrations.ts";
import { readClaimSet, type ClaimSetProblem } from "../../../../src/io/claim-set/read-claim-set.ts";
import { validClaimSet, validJson } from "./claim-set-fixture.ts";

type Json = ReturnType<typeof validJson>;
type Fields = Record<string, unknown>;

function problemsOf(text: string, options?: Parameters<typeof readClaimSet>[1]): ClaimSetProblem[] {
  const result = readClaimSet(text, options);
  if (result.ok) throw new Error("expected problems, got a valid claim set");
  return result.problems;
}

/** The problems of the fixture after `change` broke it. */
function problemsAfter(change: (json: Json) => void): ClaimSetProblem[] {
  const json = validJson();
  change(json);
  return problemsOf(JSON.stringify(json));
}

const claim = (json: Json, index: number) => json.claims[index] as Fields & { span: { start: number; end: number } };
const article = (json: Json, index: number) => json.articles[index] as Fields & { id: string; text: string };

describe("readClaimSet accepts", () => {
  it("a claim set made by extractClaimSet, unchanged", () => {
    const set = validClaimSet();
    expect(set.claims.length).toBeGreaterThan(4);
    const result = readClaimSet(JSON.stringify(set, null, 2));
    expect(result).toEqual({ ok: true, claimSet: set });
  });

  it("a file that starts with a byte-order mark", () => {
    expect(readClaimSet(`\uFEFF${JSON.stringify(validClaimSet())}`).ok).toBe(true);
  });

  it("fields it does not know, and keeps them", () => {
    const json = validJson();
    json.savedBy = { tool: "newsroom-sync", build: 7 };
    claim(json, 1).confidenceBand = "high";
    (claim(json, 1).span as Fields).unit = "utf16";
    const result = readClaimSet(JSON.stringify(json));
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(result.claimSet.savedBy).toEqual({ tool: "newsroom-sync", build: 7 });
    expect(result.claimSet.claims[1]!.confidenceBand).toBe("high");
    expect(result.claimSet.claims[1]!.span.unit).toBe("utf16");
  });

  it("one review per reviewer, and a huge article text within the size limit", () => {
    const json = validJson();
    const text = `${article(json, 0).text}\n${"Filler sentence with no figures. ".repeat(200_000)}`;
    article(json, 0).text = text;
    claim(json, 0).reviews = [
      { status: "supported", reporting: "accurate", evidence: [], reviewer: "Ana" },
      { status: "refuted", reporting: "accurate", evidence: [], reviewer: "Ben" },
    ];
    const result = readClaimSet(JSON.stringify(json));
    expect(result.ok).toBe(true);
    expect(result.ok && result.claimSet.articles[0]!.text.length).toBe(text.length);
  });
});

describe("readClaimSet refuses, before parsing,", () => {
  it("a file over the size limit, with both sizes in MB", () => {
    const text = JSON.stringify(validClaimSet());
    expect(problemsOf(text, { maxBytes: 1000 })).toEqual([
      { path: "", message: `file is ${text.length.toLocaleString("en-US")} bytes; the limit is 1,000 bytes` },
    ]);
    const big = " ".repeat(3 * 1024 * 1024 + 1);
    expect(problemsOf(big, { maxBytes: 2 * 1024 * 1024 })).toEqual([
      { path: "", message: "file is 3.1 MB; the limit is 2 MB" },
    ]);
  });

  it("counts the size in UTF-8 bytes, not characters", () => {
    // 400 characters of 3 bytes each: 1,200 bytes.
    expect(problemsOf(JSON.stringify("€".repeat(398)), { maxBytes: 1000 })[0]!.message).toBe(
      "file is 1,196 bytes; the limit is 1,000 bytes",
    );
  });

  it("an empty file and one of white space only", () => {
    expect(problemsOf("")).toEqual([{ path: "", message: "file is empty" }]);
    expect(problemsOf(" \n\t\n")).toEqual([{ path: "", message: "file is empty" }]);
  });

  it("malformed JSON, naming its line and column", () => {
    const text = JSON.stringify(validClaimSet(), null, 2).replace('"generator": "claimbench', '"generator": claimbench');
    const line = text.split("\n").findIndex((row) => row.includes('"generator": claimbench')) + 1;
    expect(line).toBeGreaterThan(1);
    expect(problemsOf(text)).toEqual([
      { path: "", message: `not valid JSON: line ${line}, column 16: expected a value, found 'claimbench'` },
    ]);
  });

  it("a trailing comma and a file cut short", () => {
    expect(problemsOf('{"format": "claimbench.claim-set",\n}')[0]!.message).toBe(
      "not valid JSON: line 2, column 1: expected a property name in double quotes, found '}' (a comma before '}' with nothing after it)",
    );
    const text = JSON.stringify(validClaimSet());
    expect(problemsOf(text.slice(0, 500))[0]!.message).toMatch(/^not valid JSON: line 1, column \d+: /);
  });

  it("nesting 100,000 levels deep, without overflowing the stack", () => {
    const prefix = '{"format": "claimbench.claim-set", "version": 1, "extra": ';
    const deep = `${prefix}${"[".repeat(100_000)}${"]".repeat(100_000)}}`;
    // The object is level 1; the 64th '[' would be level 65.
    const column = prefix.length + 64;
    expect(problemsOf(deep)).toEqual([
      { path: "", message: `line 1, column ${column}: nested deeper than 64 levels; a claim set is never that deep` },
    ]);
    const deepObjects = `${'{"a":'.repeat(100_000)}1${"}".repeat(100_000)}`;
    expect(problemsOf(deepObjects)[0]!.message).toContain("nested deeper than 64 levels");
  });
});

describe("readClaimSet recognises", () => {
  it.each([
    ["a JSON array", "[]", "not a claim set: the file holds a JSON array, not an object with \"format\": \"claimbench.claim-set\""],
    ["a string", '"claims"', "not a claim set: the file holds a JSON string, not an object with \"format\": \"claimbench.claim-set\""],
    ["null", "null", "not a claim set: the file holds null, not an object with \"format\": \"claimbench.claim-set\""],
    ["a claimbench backup", '{"format": "claimbench.backup", "version": 1}', "another format: a claimbench backup, not a claim set"],
    [
      "a W3C annotation collection",
      '{"@context": "http://www.w3.org/ns/anno.jsonld", "type": "AnnotationCollection", "first": {}}',
      "another format: a W3C Web Annotation collection, not a claim set",
    ],
    [
      "a ClaimReview",
      '{"@context": "https://schema.org", "@type": "ClaimReview", "claimReviewed": "x"}',
      "another format: a schema.org ClaimReview, not a claim set",
    ],
    [
      "a ClaimReview in a JSON-LD graph",
      '{"@context": "https://schema.org", "@graph": [{"@type": "Organization"}, {"@type": ["ClaimReview"]}]}',
      "another format: schema.org data with a ClaimReview, not a claim set",
    ],
    [
      "an object with no format",
      '{"articles": [], "claims": []}',
      'another format: no "format" field (a claim set has "format": "claimbench.claim-set")',
    ],
  ])("%s as another format", (_name, text, message) => {
    expect(problemsOf(text)).toEqual([{ path: "", message }]);
  });

  it("an unknown format, at the format field", () => {
    const problems = problemsAfter((json) => (json.format = "claimbench.claimset"));
    expect(problems).toEqual([
      { path: "format", message: 'another format: "claimbench.claimset" (a claim set has "format": "claimbench.claim-set")' },
    ]);
  });

  it("a claim set from a newer claimbench", () => {
    const problems = problemsAfter((json) => (json.version = CLAIM_SET_VERSION + 1));
    expect(problems).toEqual([
      {
        path: "",
        message: `made by a newer claimbench (version ${CLAIM_SET_VERSION + 1}); this one reads up to version ${CLAIM_SET_VERSION}`,
      },
    ]);
  });

  it("a version that is missing, a string or a fraction", () => {
    expect(problemsAfter((json) => delete json.version)).toEqual([
      { path: "version", message: "missing (expected a whole number; this claimbench reads up to version 1)" },
    ]);
    expect(problemsAfter((json) => (json.version = "1"))).toEqual([
      { path: "version", message: 'expected a whole number, got the string "1"' },
    ]);
    expect(problemsAfter((json) => (json.version = 0.5))[0]!.path).toBe("version");
  });

  it("an older version no conversion exists for", () => {
    expect(problemsAfter((json) => (json.version = 0))).toEqual([
      {
        path: "",
        message:
          "made by an older claimbench (version 0) that this one cannot convert: there is no conversion from version 0 to 1",
      },
    ]);
  });

  it("an older version, converted by the migrations it is given", () => {
    // A pretend version 0 that called articleId "article".
    const fromZero: ClaimSetMigration = {
      from: 0,
      migrate(raw) {
        const set = raw as { version: number; claims: Fields[] };
        for (const item of set.claims) {
          item.articleId = item.article;
          delete item.article;
        }
        return { ...set, version: 1 };
      },
    };
    const json = validJson();
    json.version = 0;
    for (const item of json.claims) {
      item.article = item.articleId;
      delete item.articleId;
    }
    const result = readClaimSet(JSON.stringify(json), { migrations: [fromZero] });
    expect(result).toEqual({ ok: true, claimSet: validClaimSet(), migratedFrom: 0 });
  });
});

describe("readClaimSet reports schema problems at their path", () => {
  it("a status outside the vocabulary", () => {
    expect(problemsAfter((json) => ((claim(json, 3).review as Fields).status = "true"))).toEqual([
      {
        path: "claims[3].review.status",
        message:
          'expected one of unreviewed, supported, partly-supported, refuted, unsupported, unverifiable, got the string "true"',
      },
    ]);
  });

  it("numbers given as strings, not coerced", () => {
    const problems = problemsAfter((json) => {
      (claim(json, 1).span as Fields).start = "27";
      claim(json, 2).checkworthiness = "0.8";
    });
    expect(problems).toEqual([
      { path: "claims[1].span.start", message: 'expected a number, got the string "27"' },
      { path: "claims[2].checkworthiness", message: 'expected a number, got the string "0.8"' },
    ]);
  });

  it("a required field that is missing, and several problems at once", () => {
    const problems = problemsAfter((json) => {
      delete (claim(json, 0).span as Fields).end;
      delete (article(json, 1) as Fields).text;
      json.exportedAt = "last Tuesday";
    });
    expect(problems).toEqual([
      { path: "exportedAt", message: 'expected a date and time such as 2024-03-01T12:00:00Z, got "last Tuesday"' },
      { path: "articles[1].text", message: "missing (expected text)" },
      { path: "claims[0].span.end", message: "missing (expected a number)" },
    ]);
  });

  it("a fractional offset, an empty id, a span that ends before it starts, an empty occurrence list", () => {
    const problems = problemsAfter((json) => {
      claim(json, 0).span = { start: 1.5, end: 3 };
      claim(json, 1).id = "";
      claim(json, 2).span = { start: 20, end: 10 };
      claim(json, 4).occurrences = [];
    });
    expect(problems).toEqual([
      { path: "claims[0].span.start", message: "expected a whole number, got the number 1.5" },
      { path: "claims[1].id", message: "must not be empty" },
      { path: "claims[2].span", message: "span end is before its start (start 20, end 10)" },
      { path: "claims[4].occurrences", message: "must have at least one entry" },
    ]);
  });

  it(`lists the first ${MAX_PROBLEMS} problems and counts the rest`, () => {
    const problems = problemsAfter((json) => {
      json.claims = Array.from({ length: 60 }, () => ({ ...claim(json, 0), kind: "rumour" }));
    });
    expect(problems).toHaveLength(MAX_PROBLEMS + 1);
    expect(problems[0]!.path).toBe("claims[0].kind");
    expect(problems.at(-1)).toEqual({ path: "", message: "and 10 more problems" });
  });
});

describe("readClaimSet checks that the parts fit together", () => {
  it("a claim whose article is not in the file", () => {
    expect(problemsAfter((json) => (claim(json, 7).articleId = "a-123"))).toEqual([
      { path: "claims[7].articleId", message: "no article a-123 in this file" },
    ]);
  });

  it("a span outside the article text", () => {
    const problems = problemsAfter((json) => (claim(json, 7).span.end = 10_000));
    const json = validJson();
    expect(problems).toEqual([
      {
        path: "claims[7].span",
        message: `${claim(json, 7).span.start}–10000 is outside the text of article ${article(json, 1).id} (185 characters)`,
      },
    ]);
  });

  it("occurrences, quantity spans, sentence spans and speaker spans outside the text", () => {
    const problems = problemsAfter((json) => {
      claim(json, 1).occurrences = [claim(json, 1).span, { start: 300, end: 400 }];
      ((claim(json, 1).quantities as Fields[])[0]!.span as Fields).end = 309;
      ((claim(json, 1).attribution as Fields).sourceSpan as Fields).start = 309;
      ((claim(json, 1).attribution as Fields).sourceSpan as Fields).end = 309;
      (article(json, 0).sentences as Fields[])[3] = { start: 290, end: 309 };
    });
    expect(problems.map((problem) => problem.path)).toEqual([
      "articles[0].sentences[3]",
      "claims[1].occurrences[1]",
      "claims[1].quantities[0].span",
      "claims[1].attribution.sourceSpan",
    ]);
    expect(problems[0]!.message).toBe("290–309 is outside the article text (308 characters)");
  });

  it("a quote that does not match the article text", () => {
    const problems = problemsAfter((json) => {
      (claim(json, 2).quote as Fields).exact = "We have never seen water this low";
    });
    const { start, end } = claim(validJson(), 2).span;
    expect(problems).toEqual([{ path: "claims[2].quote.exact", message: `does not match the article text at ${start}–${end}` }]);
  });

  it("article and claim ids used twice", () => {
    const problems = problemsAfter((json) => {
      json.articles.push({ ...article(json, 0) });
      json.claims.push({ ...claim(json, 3) });
    });
    const json = validJson();
    expect(problems).toEqual([
      { path: "articles[2].id", message: `${article(json, 0).id} is also the id of articles[0]` },
      { path: "claims[8].id", message: `${claim(json, 3).id as string} is also the id of claims[3]` },
    ]);
  });

  it("a group naming a claim that is not in the file", () => {
    const problems = problemsAfter((json) => {
      json.groups = [
        {
          id: "g-1",
          about: "people moved",
          claimIds: [claim(json, 1).id, "c-gone"],
          verdict: "unreviewed",
          confirmed: false,
        },
      ];
    });
    expect(problems).toEqual([{ path: "groups[0].claimIds[1]", message: "no claim c-gone in this file" }]);
  });

  it("two reviews by one reviewer", () => {
    const problems = problemsAfter((json) => {
      claim(json, 0).reviews = [
        { status: "supported", reporting: "accurate", evidence: [], reviewer: "Ana" },
        { status: "refuted", reporting: "accurate", evidence: [], reviewer: "Ben" },
        { status: "refuted", reporting: "inaccurate", evidence: [], reviewer: "Ana" },
      ];
    });
    expect(problems).toEqual([
      {
        path: "claims[0].reviews[2].reviewer",
        message: "a second review by Ana (the first is reviews[0]); keep one review per reviewer",
      },
    ]);
  });

  it("quotes an id that holds a line break, so a message stays one line", () => {
    const problems = problemsAfter((json) => (claim(json, 0).articleId = "a-1\nFAKE: all good"));
    expect(problems).toEqual([{ path: "claims[0].articleId", message: 'no article "a-1\\nFAKE: all good" in this file' }]);
  });
});

describe("readClaimSet and prototype keys", () => {
  const prototypeNames = () => Object.getOwnPropertyNames(Object.prototype).sort();

  it("leaves Object.prototype alone and plants nothing through __proto__ or constructor", () => {
    const before = prototypeNames();
    const json = validJson();
    let text = JSON.stringify(json);
    // Written by hand: JSON.stringify of an object never emits a "__proto__" key.
    text = text.replace(
      /^\{/,
      '{"__proto__": {"polluted": 1, "isAdmin": true}, "constructor": {"prototype": {"polluted": 2}}, "prototype": {"polluted": 3},',
    );
    text = text.replace('"review":{', '"review":{"__proto__": {"polluted": 4},');
    const result = readClaimSet(text);
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(({} as Fields).polluted).toBeUndefined();
    expect(prototypeNames()).toEqual(before);
    const set = result.claimSet as Fields;
    expect(Object.getPrototypeOf(set)).toBe(Object.prototype);
    expect(set.polluted).toBeUndefined();
    expect(set.isAdmin).toBeUndefined();
    expect(Object.hasOwn(set, "__proto__")).toBe(false);
    expect(Object.hasOwn(set, "constructor")).toBe(false);
    expect(Object.hasOwn(set, "prototype")).toBe(false);
    expect((result.claimSet.claims[0]!.review as Fields).polluted).toBeUndefined();
    // Copying the result the careless way must not pick a prototype up either.
    expect((Object.assign({}, set) as Fields).polluted).toBeUndefined();
  });

  it("does not let a required field hide in __proto__", () => {
    const text = JSON.stringify(validJson()).replace(
      /"articleId":("[^"]+"),/,
      (_match, articleId: string) => `"__proto__": {"articleId": ${articleId}},`,
    );
    expect(problemsOf(text)).toEqual([{ path: "claims[0].articleId", message: "missing (expected text)" }]);
  });

  it("hands a migration no __proto__ key, even one spelled with escapes", () => {
    // A step that copies the careless way, as an upgrade written in a hurry might.
    const copying: ClaimSetMigration = { from: 0, migrate: (raw) => Object.assign({}, raw, { version: 1 }) };
    const json = validJson();
    json.version = 0;
    const text = JSON.stringify(json).replace(/^\{/, '{"\\u005f_proto__": {"polluted": 5, "claims": []},');
    const result = readClaimSet(text, { migrations: [copying] });
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect((result.claimSet as Fields).polluted).toBeUndefined();
    expect(result.claimSet.claims).toHaveLength(validClaimSet().claims.length);
    expect(({} as Fields).polluted).toBeUndefined();
  });
});
