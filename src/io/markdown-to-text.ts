/**
 * Markdown -> the plain text a reader sees: heading markers, emphasis, link targets, image
 * sources, code fences, list and quote markers, rules and reference definitions go; link
 * text, image alt text and code stay. Lines a paragraph was wrapped over are joined, because
 * the extractor ends a sentence at every newline. YAML front matter gives a title and date.
 *
 * Not a full CommonMark parser: the aim is text for claim extraction, where a leftover `*`
 * costs nothing and a dropped word costs a claim, so anything unclear is kept as text.
 */
import { isIsoDay } from "../core/dates/iso-day.ts";

export interface MarkdownArticle {
  text: string;
  /** From front matter `title:`. */
  title?: string;
  /** From front matter `date:` (its day). */
  date?: string;
}

type Block = { kind: "paragraph" | "heading" | "item" | "row" | "code"; text: string };

const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const ATX_HEADING = /^ {0,3}#{1,6}(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$/;
const RULE_OR_UNDERLINE = /^ {0,3}(?:(?:[-*_][ \t]*){3,}|=+[ \t]*|-+[ \t]*)$/;
const REFERENCE_DEFINITION = /^ {0,3}\[[^\]]+\]:[ \t]*\S+.*$/;
const QUOTE_MARKERS = /^ {0,3}(?:>[ \t]?)+/;
const LIST_MARKER = /^[ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]+(?:\[[ xX]\][ \t]+)?/;
const TABLE_SEPARATOR = /^[ \t]*\|?[ \t]*:?-{2,}:?[ \t]*(?:\|[ \t]*:?-{2,}:?[ \t]*)*\|?[ \t]*$/;
const HARD_BREAK = /(?: {2,}|\\)$/;

export function markdownToText(markdown: string): MarkdownArticle {
  const normalised = markdown.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n").replace(/<!--[\s\S]*?-->/g, "");
  const { body, title, date } = splitFrontMatter(normalised);
  const blocks: Block[] = [];
  let fence: string | null = null;
  let continuing = false;

  for (const line of body.split("\n")) {
    if (fence !== null) {
      if (line.trimStart().startsWith(fence)) fence = null;
      else blocks.push({ kind: "code", text: line });
      continue;
    }
    const fenceMatch = FENCE.exec(line);
    if (fenceMatch) {
      fence = fenceMatch[1]!;
      continuing = false;
      continue;
    }
    const unquoted = line.replace(QUOTE_MARKERS, "");
    if (unquoted.trim() === "") {
      continuing = false;
      continue;
    }
    const heading = ATX_HEADING.exec(unquoted);
    if (heading) {
      if (heading[1]) blocks.push({ kind: "heading", text: inlineToText(heading[1]) });
      continuing = false;
      continue;
    }
    if (RULE_OR_UNDERLINE.test(unquoted) || REFERENCE_DEFINITION.test(unquoted) || TABLE_SEPARATOR.test(unquoted)) {
      continuing = false;
      continue;
    }
    if (unquoted.trim().startsWith("|")) {
      blocks.push({ kind: "row", text: tableRowToText(unquoted) });
      continuing = false;
      continue;
    }
    const item = LIST_MARKER.exec(unquoted);
    const hardBreak = HARD_BREAK.test(unquoted);
    const content = unquoted.slice(item ? item[0].length : 0).replace(/\\$/, "");
    const text = inlineToText(content.trim());
    const previous = blocks.at(-1);
    if (!item && continuing && previous !== undefined) {
      previous.text += `${previous.text.endsWith("\n") ? "" : " "}${text}`;
    } else {
      blocks.push({ kind: item ? "item" : "paragraph", text });
    }
    if (hardBreak) blocks.at(-1)!.text += "\n";
    continuing = true;
  }
  return withMeta({ text: joinBlocks(blocks) }, title, date);
}

/** Paragraphs and headings are set apart by a blank line; list items, rows and code lines follow each other. */
function joinBlocks(blocks: readonly Block[]): string {
  let text = "";
  blocks.forEach((block, index) => {
    const line = block.kind === "code" ? block.text.trimEnd() : block.text.replace(/[ \t]*\n$/, "").replace(/ {2,}/g, " ").trim();
    if (index > 0) {
      const previous = blocks[index - 1]!;
      const together = previous.kind === block.kind && (block.kind === "item" || block.kind === "row" || block.kind === "code");
      text += together ? "\n" : "\n\n";
    }
    text += line;
  });
  return text.replace(/\n{3,}/g, "\n\n").trim();
}

function tableRowToText(row: string): string {
  return row
    .trim()
    .replace(/^\|/, "")
    .replace(/(?<!\\)\|$/, "")
    .split(/(?<!\\)\|/)
    .map((cell) => inlineToText(cell.trim()))
    .join("\t");
}

/** Characters a backslash makes literal (CommonMark's ASCII punctuation). */
const ESCAPABLE = /\\([!"#$%&'()*+,\-./:;<=>?@[\\\]^_`{|}~])/g;
/** Private-use stand-ins for escaped characters, so they are never read as syntax. */
const STAND_IN_BASE = 0xe000;
const STAND_INS = /[\uE000-\uE07F]/g;
const INLINE_HTML =
  /<\/?(?:a|abbr|b|br|cite|code|del|em|i|img|ins|kbd|mark|q|s|small|span|strong|sub|sup|u)(?:\s[^<>]*)?\/?>/gi;

/** One line's inline syntax -> its text. */
export function inlineToText(line: string): string {
  const protect = !/[\uE000-\uE07F]/.test(line);
  let text = protect
    ? line.replace(ESCAPABLE, (_, char: string) => String.fromCharCode(STAND_IN_BASE + char.charCodeAt(0)))
    : line;
  // Code spans first: what is inside them is not syntax.
  const codeSpans: string[] = [];
  text = text.replace(/(`+)(.+?)\1/g, (_, _ticks: string, code: string) => {
    codeSpans.push(code.trim());
    return String.fromCharCode(STAND_IN_BASE + 0x7f) + String(codeSpans.length - 1) + String.fromCharCode(STAND_IN_BASE + 0x7f);
  });
  text = text
    .replace(/!\[([^\]]*)\]\((?:[^()]|\([^()]*\))*\)/g, "$1")
    .replace(/!\[([^\]]*)\]\[[^\]]*\]/g, "$1")
    .replace(/\[([^\]]+)\]\((?:[^()]|\([^()]*\))*\)/g, "$1")
    .replace(/\[([^\]]+)\]\[[^\]]*\]/g, "$1")
    .replace(/<((?:https?|mailto):[^<>\s]+)>/gi, "$1")
    .replace(INLINE_HTML, "")
    .replace(/\*\*(?=\S)(.+?)(?<=\S)\*\*/g, "$1")
    .replace(/(^|[^\w_])__(?=\S)(.+?)(?<=\S)__(?![\w_])/g, "$1$2")
    .replace(/(^|[^*\w])\*(?=[^\s*])(.+?)(?<=[^\s*])\*(?![*\w])/g, "$1$2")
    .replace(/(^|[^\w_])_(?=[^\s_])(.+?)(?<=[^\s_])_(?![\w_])/g, "$1$2")
    .replace(/~~(?=\S)(.+?)(?<=\S)~~/g, "$1");
  const codeMark = String.fromCharCode(STAND_IN_BASE + 0x7f);
  text = text.replace(new RegExp(`${codeMark}(\\d+)${codeMark}`, "g"), (_, index: string) => codeSpans[Number(index)] ?? "");
  return protect ? text.replace(STAND_INS, (char) => String.fromCharCode(char.charCodeAt(0) - STAND_IN_BASE)) : text;
}

/** `---` YAML front matter at the very top: its title and date, and the body after it. */
function splitFrontMatter(markdown: string): { body: string; title?: string; date?: string } {
  const match = /^---[ \t]*\n([\s\S]*?)\n(?:---|\.\.\.)[ \t]*(?:\n|$)/.exec(markdown);
  if (!match) return { body: markdown };
  const fields = new Map<string, string>();
  for (const line of match[1]!.split("\n")) {
    const field = /^([A-Za-z_][\w-]*)[ \t]*:[ \t]*(.*)$/.exec(line);
    if (field) fields.set(field[1]!.toLowerCase(), unquote(field[2]!.trim()));
  }
  const result: { body: string; title?: string; date?: string } = { body: markdown.slice(match[0].length) };
  const title = fields.get("title");
  if (title) result.title = title;
  const day = /^(\d{4}-\d{2}-\d{2})/.exec(fields.get("date") ?? "")?.[1];
  if (day !== undefined && isIsoDay(day)) result.date = day;
  return result;
}

function unquote(value: string): string {
  const quoted = /^(["'])(.*)\1$/.exec(value);
  return quoted ? quoted[2]! : value;
}

function withMeta(article: MarkdownArticle, title?: string, date?: string): MarkdownArticle {
  if (title !== undefined) article.title = title;
  if (date !== undefined) article.date = date;
  return article;
}
