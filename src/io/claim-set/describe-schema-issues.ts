/**
 * zod's issues in the words of this project: "claims[3].review.status: expected one of
 * unreviewed, supported, ...; got the string "ok"" rather than "Invalid option". The issues
 * must come from a parse with `reportInput: true`, so each one carries the value it refused.
 */
import type { z } from "zod";
import { type ClaimSetProblem, describeJsonValue, formatPath, showString } from "./claim-set-problem.ts";

export function describeSchemaIssues(issues: readonly z.core.$ZodIssue[]): ClaimSetProblem[] {
  return issues.map((issue) => ({ path: formatPath(issue.path), message: describeIssue(issue) }));
}

const EXPECTED_TYPE: Readonly<Record<string, string>> = {
  string: "text",
  number: "a number",
  int: "a whole number",
  boolean: "true or false",
  object: "an object",
  array: "a list",
  null: "null",
};

function describeIssue(issue: z.core.$ZodIssue): string {
  const got = "input" in issue && issue.input !== undefined ? `, got ${describeJsonValue(issue.input)}` : "";
  const missing = !("input" in issue) || issue.input === undefined;
  switch (issue.code) {
    case "invalid_type": {
      const expected = EXPECTED_TYPE[issue.expected] ?? issue.expected;
      return missing ? `missing (expected ${expected})` : `expected ${expected}${got}`;
    }
    case "invalid_value": {
      const values = issue.values.map((value) => (typeof value === "string" ? value : JSON.stringify(value)));
      const expected = values.length === 1 ? `${values[0]}` : `one of ${values.join(", ")}`;
      return missing ? `missing (expected ${expected})` : `expected ${expected}${got}`;
    }
    case "too_small":
      return describeBound(issue.origin, "at least", "more than", issue.minimum, issue.inclusive, got);
    case "too_big":
      return describeBound(issue.origin, "at most", "less than", issue.maximum, issue.inclusive, got);
    case "invalid_format": {
      const shown = typeof issue.input === "string" ? `, got ${showString(issue.input)}` : "";
      if (issue.format === "date") return `expected a day as YYYY-MM-DD${shown}`;
      if (issue.format === "datetime") return `expected a date and time such as 2024-03-01T12:00:00Z${shown}`;
      return `expected the ${issue.format} format${shown}`;
    }
    case "custom":
      return describeCustom(issue);
    default:
      return issue.message;
  }
}

function describeBound(
  origin: string,
  inclusiveWord: string,
  exclusiveWord: string,
  bound: number | bigint,
  inclusive: boolean | undefined,
  got: string,
): string {
  const word = inclusive === false ? exclusiveWord : inclusiveWord;
  switch (origin) {
    case "string":
      if (bound === 1 && word === "at least") return "must not be empty";
      return `must have ${word} ${bound} characters${got}`;
    case "array":
      if (bound === 1 && word === "at least") return "must have at least one entry";
      return `must have ${word} ${bound} entries`;
    default:
      return `must be ${word} ${bound}${got}`;
  }
}

/** The only refinement in the schema is the span's end >= start; name both numbers. */
function describeCustom(issue: z.core.$ZodIssue): string {
  const input = "input" in issue ? (issue.input as { start?: unknown; end?: unknown } | undefined) : undefined;
  if (typeof input?.start === "number" && typeof input.end === "number") {
    return `${issue.message} (start ${input.start}, end ${input.end})`;
  }
  return issue.message;
}
