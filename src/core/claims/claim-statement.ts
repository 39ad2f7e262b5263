/**
 * The text of a claim: its span's words made to read as a statement on their own. Leading
 * connectives and sentence adverbs go ("Meanwhile,", "and"), parts the draft omits go,
 * unbalanced quotation marks go, and a pronoun that stands for the speaker becomes the name.
 */
import type { Attribution } from "../../../claim-schemas/claim-set.ts";
import type { ClaimDraft } from "./split-clauses.ts";

const LEADING_FILLER =
  /^(?:(?:and|but|so|yet|also|meanwhile|elsewhere|however|separately|moreover|in addition|additionally|still|then|that)\b,?\s+)+/i;

export function claimStatement(text: string, draft: ClaimDraft, attribution: Attribution | null): string {
  let statement = draft.text ?? withoutOmitted(text, draft);
  if (/\s\s|[\n\t\r]/.test(statement)) statement = statement.replace(/\s+/g, " ");
  statement = statement.trim();
  if (LEADING_FILLER.test(statement)) statement = statement.replace(LEADING_FILLER, "");
  statement = statement.replace(/^[,;:\s"“”']+|[,;:\s]+$/g, "");
  statement = statement.replace(/[.!]+["”]?$/, "").replace(/[,;:\s]+$/, "");
  if (/["“”]/.test(statement)) statement = balanceQuotes(statement);
  // "he stands ready", "what he described as": name the speaker the pronoun stands for.
  const pronoun = /^(?:(?:what|as)\s+)?(he|she)\b/i.exec(statement);
  if (attribution?.entity && pronoun && /\s/.test(attribution.entity)) {
    const at = pronoun.index + pronoun[0].length - pronoun[1]!.length;
    statement = statement.slice(0, at) + attribution.entity.split(/\s+/).at(-1)! + statement.slice(at + pronoun[1]!.length);
  }
  return statement.charAt(0).toUpperCase() + statement.slice(1);
}

function withoutOmitted(text: string, draft: ClaimDraft): string {
  const omitted = [...(draft.omit ?? [])].sort((a, b) => a.start - b.start);
  let result = "";
  let at = draft.span.start;
  for (const part of omitted) {
    if (part.end <= at || part.start >= draft.span.end) continue;
    result += text.slice(at, Math.max(at, part.start));
    at = Math.max(at, part.end);
  }
  return result + text.slice(at, draft.span.end);
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
