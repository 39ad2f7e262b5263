import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { findJsonSyntaxProblem, lineAndColumn } from "../../../../src/io/claim-set/check-json-syntax.ts";

const DEEP_ENOUGH = 1000;

function problemAt(text: string) {
  const problem = findJsonSyntaxProblem(text, DEEP_ENOUGH);
  return problem && `${problem.line}:${problem.column} ${problem.message}`;
}

function parses(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

describe("findJsonSyntaxProblem", () => {
  it.each([
    "{}",
    "[]",
    ' {"a": [1, -2.5e+3, 0, true, false, null, "x\\u00e9\\n\\"\\\\"]}\r\n',
    '"just a string"',
    "-0",
    '{"lone surrogate": "\\ud800"}',
  ])("accepts %j", (text) => {
    expect(findJsonSyntaxProblem(text, DEEP_ENOUGH)).toBeUndefined();
  });

  it.each([
    ['{"a": x}', "1:7 expected a value, found 'x'"],
    ['{"a": undefined}', "1:7 expected a value, found 'undefined'"],
    ["{'a': 1}", "1:2 expected a property name in double quotes, found a single quote (JSON strings use double quotes)"],
    ['{"a" 1}', "1:6 expected ':' after the property name, found '1'"],
    ['{"a": 1 "b": 2}', "1:9 expected ',' or '}' after a property value, found '\"'"],
    ["[1 2]", "1:4 expected ',' or ']' after a list item, found '2'"],
    ["[1,]", "1:4 expected a value, found ']'"],
    ['{"a": 1,}', "1:9 expected a property name in double quotes, found '}' (a comma before '}' with nothing after it)"],
    ["{}}", "1:3 unexpected '}' after the end of the JSON value"],
    ['{"a": [1, 2}', "1:12 expected ',' or ']' after a list item, found '}'"],
    ['{"a": [1, 2]', "1:13 the file ends inside an object ('{' without its '}')"],
    ["[", "1:2 the file ends inside a list ('[' without its ']')"],
    ['{"a": "b', "1:7 a string that is never closed (no matching '\"')"],
    ['["a\nb"]', "1:4 a line break inside a string; write it as an escape such as \\n"],
    ['["a\tb"]', "1:4 a control character (U+0009) inside a string; write it as an escape such as \\n"],
    ['["\\x41"]', "1:3 invalid escape '\\x' in a string"],
    ['["\\u12"]', "1:3 '\\u' in a string must be followed by four hexadecimal digits"],
    ["[01]", "1:2 '01' is not a valid JSON number"],
    ["[1.]", "1:2 '1.' is not a valid JSON number"],
    ["[+1]", "1:2 expected a value, found '+'"],
    ["[NaN]", "1:2 expected a value, found 'NaN'"],
    ["[-Infinity]", "1:2 found '-Infinity', which JSON cannot hold"],
    ["[nul]", "1:2 expected a value, found 'nul'"],
    ["[nullx]", "1:2 expected a value, found 'nullx'"],
    ["[True]", "1:2 expected a value, found 'True'"],
    ["\uFEFF{}", "1:1 expected a value, found a control character (U+FEFF)"],
    ['{\n  "a": 1,\n  "b": 2\n  "c": 3\n}', "4:3 expected ',' or '}' after a property value, found '\"'"],
  ])("reports %j at its line and column", (text, expected) => {
    expect(parses(text)).toBe(false);
    expect(problemAt(text)).toBe(expected);
  });

  it("refuses nesting deeper than the limit, as too deep rather than malformed", () => {
    expect(findJsonSyntaxProblem("[[[]]]", 3)).toBeUndefined();
    // The fourth level is the second '[' after "a".
    expect(findJsonSyntaxProblem('[{"a": [[]]}]', 3)).toEqual({
      kind: "too-deep",
      offset: 8,
      line: 1,
      column: 9,
      message: "nested deeper than 3 levels; a claim set is never that deep",
    });
  });

  it("scans 100,000 open brackets without recursion", () => {
    expect(findJsonSyntaxProblem("[".repeat(100_000), 64)?.kind).toBe("too-deep");
    expect(findJsonSyntaxProblem("[".repeat(100_000) + "]".repeat(100_000), 200_000)).toBeUndefined();
  });

  it("counts lines and columns from 1, a column in UTF-16 code units", () => {
    expect(lineAndColumn("ab\ncd\n\nef", 0)).toEqual({ line: 1, column: 1 });
    expect(lineAndColumn("ab\ncd\n\nef", 4)).toEqual({ line: 2, column: 2 });
    expect(lineAndColumn("ab\ncd\n\nef", 8)).toEqual({ line: 4, column: 2 });
  });
});

describe("findJsonSyntaxProblem agrees with JSON.parse", () => {
  it("accepts everything JSON.stringify writes", () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.constantFrom(undefined, 2, "\t"), (value, indent) => {
        expect(findJsonSyntaxProblem(JSON.stringify(value, null, indent), DEEP_ENOUGH)).toBeUndefined();
      }),
    );
  });

  // Characters that matter to a JSON scanner, and a few that should not be there.
  const jsonish = fc.constantFrom(..."{}[]\":,\\ \n\t0123456789-+.eEtruefalsnux'/\u0000\u001f\u00e9\ud800\u2028\ufeff");

  it("rejects exactly what JSON.parse rejects, after one edit to valid JSON", () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.nat(), fc.nat(3), jsonish, (value, at, kind, char) => {
        const text = JSON.stringify(value);
        const index = at % (text.length + 1);
        const edited = [
          text.slice(0, index) + char + text.slice(index),
          text.slice(0, index) + text.slice(index + 1),
          text.slice(0, index) + char + text.slice(index + 1),
          text.slice(0, index),
        ][kind]!;
        expect(findJsonSyntaxProblem(edited, DEEP_ENOUGH) === undefined).toBe(parses(edited));
      }),
      { numRuns: 2000 },
    );
  });

  it("rejects exactly what JSON.parse rejects, for short strings of JSON characters", () => {
    fc.assert(
      fc.property(fc.array(jsonish, { maxLength: 12 }), (chars) => {
        const text = chars.join("");
        expect(findJsonSyntaxProblem(text, DEEP_ENOUGH) === undefined).toBe(parses(text));
      }),
      { numRuns: 5000 },
    );
  });
});
