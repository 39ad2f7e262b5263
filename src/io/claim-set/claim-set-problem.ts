/**
 * What is wrong with a claim-set file, as readClaimSet reports it: where (a path into the
 * JSON such as "claims[3].span.end", or "" for the whole file) and what, in words a person
 * can act on. Also the helpers that keep those words short when the input is hostile.
 */

export interface ClaimSetProblem {
  /** JSON-pointer-like: `claims[3].span.end`, `articles[0]["odd key"]`; "" for the whole file. */
  path: string;
  message: string;
}

/** More than this many problems of one stage are summed up in one last line. */
export const MAX_PROBLEMS = 50;

export function capProblems(problems: readonly ClaimSetProblem[], max = MAX_PROBLEMS): ClaimSetProblem[] {
  if (problems.length <= max) return [...problems];
  const more = problems.length - max;
  return [...problems.slice(0, max), { path: "", message: `and ${more} more ${more === 1 ? "problem" : "problems"}` }];
}

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

/** ["claims", 3, "span", "end"] -> "claims[3].span.end". */
export function formatPath(path: readonly PropertyKey[]): string {
  let text = "";
  for (const key of path) {
    if (typeof key === "number") text += `[${key}]`;
    else if (typeof key === "string" && IDENTIFIER.test(key)) text += text === "" ? key : `.${key}`;
    else text += `[${showString(String(key))}]`;
  }
  return text;
}

const MAX_SHOWN = 60;

/** A string from the file, quoted and cut short: messages must stay one readable line. */
export function showString(value: string): string {
  const cut = value.length > MAX_SHOWN ? `${value.slice(0, MAX_SHOWN)}…` : value;
  return JSON.stringify(cut);
}

/** An id as the file spells it: bare when it is plain, quoted when it holds anything odd. */
export function showId(id: string): string {
  return /^[\w.:#/-]{1,60}$/.test(id) ? id : showString(id);
}

/** "the string "12"", "the number 1.5", "a list", "null": what a field held instead. */
export function describeJsonValue(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "a list";
  switch (typeof value) {
    case "string":
      return `the string ${showString(value)}`;
    case "number":
      return `the number ${value}`;
    case "boolean":
      return String(value);
    case "object":
      return "an object";
    case "undefined":
      return "nothing";
    default:
      return typeof value;
  }
}
