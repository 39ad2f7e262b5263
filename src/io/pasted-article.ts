/**
 * Text pasted into the workbench, with the details the person typed beside it -> an
 * ArticleInput, or the first thing to fix. The same checks as a file (no empty or binary
 * text), plus: a date must be a real day, an address must be a web address (http or https:
 * it may later be shown as a link, and a `javascript:` link must never be one).
 */
import { isIsoDay, NOT_AN_ISO_DAY } from "../core/dates/iso-day.ts";
import type { ArticleInput } from "../core/extract/extract-claim-set.ts";
import { checkArticleText } from "./decode-article-text.ts";

export interface PastedFields {
  text: string;
  title?: string;
  /** YYYY-MM-DD; overrides a `date` line at the top of the text. */
  date?: string;
  outlet?: string;
  url?: string;
}

export type PastedResult = { ok: true; input: ArticleInput } | { ok: false; problem: string; field: keyof PastedFields };

export function pastedArticle(fields: PastedFields): PastedResult {
  const checked = checkArticleText(fields.text.replace(/\r\n?/g, "\n"), "the pasted text");
  if ("problem" in checked) return { ok: false, field: "text", problem: capitalise(checked.problem) };

  const input: ArticleInput = { raw: checked.text };
  const title = fields.title?.replace(/\s+/g, " ").trim() ?? "";
  if (title !== "") input.title = title;
  const outlet = fields.outlet?.replace(/\s+/g, " ").trim() ?? "";
  if (outlet !== "") input.outlet = outlet;

  const date = fields.date?.trim() ?? "";
  if (date !== "") {
    if (!isIsoDay(date)) return { ok: false, field: "date", problem: NOT_AN_ISO_DAY };
    input.date = date;
  }
  const url = fields.url?.trim() ?? "";
  if (url !== "") {
    if (!isWebAddress(url)) {
      return { ok: false, field: "url", problem: "The address must be a web address starting with http:// or https://." };
    }
    input.url = url;
  }
  return { ok: true, input };
}

export function isWebAddress(value: string): boolean {
  if (!/^https?:\/\//i.test(value)) return false;
  try {
    const url = new URL(value);
    return (url.protocol === "http:" || url.protocol === "https:") && url.hostname !== "";
  } catch {
    return false;
  }
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
