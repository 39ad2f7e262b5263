/**
 * The text of a claim: its span's words made to read as a statement on their own. Leading
 * connectives and sentence adverbs go ("Meanwhile,", "and"), parts the draft omits go,
 * unbalanced quotation marks go, and a pronoun that stands for the speaker becomes the name.
 */
import type { Attribution } from "../../../claim-schemas/claim-set.ts";
import type { Span } from "../text/span.ts";
import { isWhiteSpace } from "../text/words.ts";
import type { ClaimDraft } from "./split-clauses.ts";

/** Connectives and sentence adverbs a claim does not start with. */
export const LEADING_FILLER_WORDS = [
  "and", "but", "so", "yet", "also", "meanwhile", "elsewhere", "however", "separately", "moreover", "in addition", "additionally",
  "still", "then", "that",
] as const;

const LEADING_FILLER = new RegExp(String.raw`^(?:(?:${LEADING_FILLER_WORDS.join("|")})\b,?\s+)+`, "i");

/**
 * The first letters of those words, as character codes in lower case. An ignore-case pattern
 * without the u flag folds no character above ASCII into one, so a statement whose first
 * character is none of these in either case cannot start with a filler word.
 */
const FILLER_FIRST_LETTERS: ReadonlySet<number> = new Set(LEADING_FILLER_WORDS.map((word) => word.charCodeAt(0)));

/** Whether LEADING_FILLER could match: the statement starts with one of its words' first letters. */
function mayOpenWithFiller(statement: string): boolean {
  return FILLER_FIRST_LETTERS.has(statement.charCodeAt(0) | 0x20);
}

/** Irregular white space or a quote mark: both tests below at once, as most statements have neither. */
const SPACING_OR_QUOTE = /\s\s|[\n\t\r"“”]/;

/** `span` is the part of the draft's span the claim covers (its dateline dropped). */
export function claimStatement(text: string, draft: ClaimDraft, span: Span, attribution: Attribution | null): string {
  let statement = draft.text ?? withoutOmitted(text, draft, span);
  const unusual = SPACING_OR_QUOTE.test(statement);
  if (unusual && /\s\s|[\n\t\r]/.test(statement)) statement = statement.replace(/\s+/g, " ");
  statement = statement.trim();
  if (mayOpenWithFiller(statement) && LEADING_FILLER.test(statement)) statement = statement.replace(LEADING_FILLER, "");
  // Trimmed by hand: an unanchored `[,;:\s]+$` tries every position of the statement.
  statement = withoutClosingPunctuation(statement.slice(leadingPunctuationEnd(statement)));
  // The statement is a part of what was tested above, so it has a quote mark only if that had.
  if (unusual && /["“”]/.test(statement)) statement = balanceQuotes(statement);
  // "he stands ready", "what he described as": name the speaker the pronoun stands for
  // (looked for only when there is a speaker to name).
  const entity = attribution?.entity;
  if (entity && /\s/.test(entity)) {
    const pronoun = /^(?:(?:what|as)\s+)?(he|she)\b/i.exec(statement);
    if (pronoun) {
      const at = pronoun.index + pronoun[0].length - pronoun[1]!.length;
      statement = statement.slice(0, at) + entity.split(/\s+/).at(-1)! + statement.slice(at + pronoun[1]!.length);
    }
  }
  return withCapitalStart(statement);
}

/** The statement with its first character in upper case ("ß" becomes "SS", as toUpperCase has it). */
function withCapitalStart(statement: string): string {
  const code = statement.charCodeAt(0);
  // ASCII by character code: toUpperCase is a call into the runtime, and most statements already start with a capital.
  if (code < 0x80) return code >= 0x61 && code <= 0x7a ? String.fromCharCode(code - 0x20) + statement.slice(1) : statement;
  const first = statement.charAt(0);
  const capital = first.toUpperCase();
  return capital === first ? statement : capital + statement.slice(1);
}

function withoutOmitted(text: string, draft: ClaimDraft, span: Span): string {
  if (!draft.omit) return text.slice(span.start, span.end);
  const omitted = [...draft.omit].sort((a, b) => a.start - b.start);
  let result = "";
  let at = span.start;
  for (const part of omitted) {
    if (part.end <= at || part.start >= span.end) continue;
    result += text.slice(at, Math.max(at, part.start));
    at = Math.max(at, part.end);
  }
  return result + text.slice(at, span.end);
}

/** ,;: and white space, which may end a statement: `[,;:\s]`. */
function isSeparator(code: number): boolean {
  return code === 0x2c || code === 0x3b || code === 0x3a || isWhiteSpace(code);
}

/** Where the leading run of `[,;:\s"“”']` ends. */
function leadingPunctuationEnd(s: string): number {
  let start = 0;
  for (; start < s.length; start++) {
    const code = s.charCodeAt(start);
    if (!isSeparator(code) && code !== 0x22 && code !== 0x201c && code !== 0x201d && code !== 0x27) break;
  }
  return start;
}

/**
 * `s` without trailing separators, then without a closing `[.!]+["”]?` and the separators
 * before that: the replaces `[,;:\s]+$`, `[.!]+["”]?$` and `[,;:\s]+$` in turn.
 */
function withoutClosingPunctuation(s: string): string {
  let end = s.length;
  while (end > 0 && isSeparator(s.charCodeAt(end - 1))) end--;
  let beforeQuote = end;
  if (beforeQuote > 0 && (s.charCodeAt(beforeQuote - 1) === 0x22 || s.charCodeAt(beforeQuote - 1) === 0x201d)) beforeQuote--;
  let stop = beforeQuote;
  while (stop > 0 && (s.charCodeAt(stop - 1) === 0x2e || s.charCodeAt(stop - 1) === 0x21)) stop--;
  if (stop < beforeQuote) {
    end = stop;
    while (end > 0 && isSeparator(s.charCodeAt(end - 1))) end--;
  }
  return end === s.length ? s : s.slice(0, end);
}

function balanceQuotes(s: string): string {
  const straight = (s.match(/"/g) ?? []).length;
  let out = s;
  if (straight % 2 === 1) out = out.startsWith('"') ? out.slice(1) : out.endsWith('"') ? out.slice(0, -1) : out.replace(/"/, "");
  const open = (out.match(/“/g) ?? []).length;
  const close = (out.match(/”/g) ?? []).length;
  if (open > close) out = out.replace(/“(?!.*“)/, "");
  if (close > open) out = out.replace(/”/, "");
  // A statement wholly in quotes reads better without them.
  if (/^["“][^"“”]*["”]$/.test(out)) out = out.slice(1, -1);
  return out.trim();
}
