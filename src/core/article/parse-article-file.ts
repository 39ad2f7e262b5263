/**
 * Turns the raw text of an article file into its parts: the optional `date YYYY-MM-DD`
 * header (the seed format — it may share its line with the body), the body text, and a
 * display title. Line endings are normalised so offsets are the same on every platform.
 */
import { isIsoDay } from "../dates/iso-day.ts";

export interface ParsedArticleFile {
  text: string;
  date?: string;
}

const DATE_HEADER = /^\s*date[ \t]+(\d{4}-\d{2}-\d{2})\b[ \t]*\r?\n?/i;

export function parseArticleFile(raw: string): ParsedArticleFile {
  const unmarked = raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
  // Most files have no carriage return, which includes() rules out faster than the pattern can.
  const normalised = unmarked.includes("\r") ? unmarked.replace(/\r\n?/g, "\n") : unmarked;
  const header = DATE_HEADER.exec(normalised);
  if (header && isIsoDay(header[1]!)) {
    return { text: normalised.slice(header[0].length).trim(), date: header[1]! };
  }
  return { text: normalised.trim() };
}

const TITLE_LENGTH = 90;

/**
 * A headline when the first line looks like one (short, no closing full stop); otherwise the
 * opening of the first sentence, cut at a word, with the dateline ("MINSK --") dropped.
 */
export function deriveTitle(text: string, fileName?: string): string {
  const lineEnd = text.indexOf("\n");
  const firstLine = (lineEnd === -1 ? text : text.slice(0, lineEnd)).trim();
  if (firstLine.length > 0 && firstLine.length <= TITLE_LENGTH && !/[.!?]["”’)]?$/.test(firstLine)) {
    return firstLine;
  }
  const opening = firstLine.replace(/^[A-Z][A-Z .'-]+\s+(?:--|—|–)\s+/, "");
  if (opening.length === 0) return fileName?.replace(/\.[^.]+$/, "") ?? "Untitled article";
  if (opening.length <= TITLE_LENGTH) return opening;
  const cut = opening.lastIndexOf(" ", TITLE_LENGTH);
  return `${opening.slice(0, cut > 40 ? cut : TITLE_LENGTH).replace(/[,;:]$/, "")}…`;
}
