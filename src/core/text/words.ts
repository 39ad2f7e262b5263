/**
 * Word counts without making the words: `s.split(/\s+/).length` allocates an array of
 * strings per call, and claim building asks this of every statement.
 */

/** White space as `\s` defines it (ECMAScript WhiteSpace and LineTerminator). */
export function isWhiteSpace(code: number): boolean {
  if (code <= 32) return code === 32 || (code >= 9 && code <= 13);
  if (code < 0xa0) return false;
  return (
    code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 ||
    code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff
  );
}

/**
 * Exactly `s.split(/\s+/).length`: the runs of white space plus one. For trimmed text that is
 * the number of words; leading or trailing white space adds an empty piece, as split does.
 * Counting stops at `enough`, for callers that only compare with a small number.
 */
export function splitWordCount(s: string, enough = Infinity): number {
  let pieces = 1;
  let inSpace = false;
  for (let i = 0; i < s.length && pieces < enough; i++) {
    const space = isWhiteSpace(s.charCodeAt(i));
    if (space && !inSpace) pieces++;
    inSpace = space;
  }
  return pieces;
}

/** `/\?\s*$/.test(s)`: a question mark, then nothing but white space. */
export function endsWithQuestionMark(s: string): boolean {
  let end = s.length;
  while (end > 0 && isWhiteSpace(s.charCodeAt(end - 1))) end--;
  return end > 0 && s.charCodeAt(end - 1) === 0x3f;
}

/** Without a final "'s" or "’s", as `.replace(/['’]s$/, "")` but without a regex call per word. */
export function withoutPossessive(word: string): string {
  const n = word.length;
  return n >= 2 && word[n - 1] === "s" && (word[n - 2] === "'" || word[n - 2] === "’") ? word.slice(0, -2) : word;
}
