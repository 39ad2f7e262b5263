/**
 * One file a person dropped or picked -> an ArticleInput for the extractor, or the reason it
 * cannot be one (empty, binary, not UTF-8, unreadable, too large, a type we do not read).
 * Text files pass as they are (the seed format's `date YYYY-MM-DD` line included), Markdown
 * and HTML are reduced to their text first. One file's problem never stops the others: the
 * caller gets one result per file.
 */
import type { ArticleInput } from "../core/extract/extract-claim-set.ts";
import { checkArticleText, decodeArticleText } from "./decode-article-text.ts";
import { htmlToArticle } from "./html-to-text.ts";
import { markdownToText } from "./markdown-to-text.ts";
import type { ParseHtml } from "./parse-html.ts";

/** Ten times a long-read; a file past it is not an article (a dump, a disk image, a video). */
export const MAX_ARTICLE_FILE_BYTES = 20 * 1024 * 1024;

export type ArticleFileKind = "text" | "markdown" | "html";

const KIND_BY_EXTENSION: Readonly<Record<string, ArticleFileKind>> = {
  txt: "text",
  text: "text",
  md: "markdown",
  markdown: "markdown",
  html: "html",
  htm: "html",
};

const KIND_BY_MIME_TYPE: Readonly<Record<string, ArticleFileKind>> = {
  "text/plain": "text",
  "text/markdown": "markdown",
  "text/x-markdown": "markdown",
  "text/html": "html",
};

/** For a file input's `accept`. */
export const ARTICLE_FILE_ACCEPT = ".txt,.md,.markdown,.html,.htm,text/plain,text/markdown,text/html";

/** What a File (or a test's stand-in) offers. */
export interface ArticleFileLike {
  name: string;
  size: number;
  type?: string;
  arrayBuffer(): Promise<ArrayBuffer>;
}

export type ArticleFileResult =
  | { fileName: string; ok: true; input: ArticleInput }
  | { fileName: string; ok: false; problem: string };

/** By extension, else by the MIME type the browser guessed; null when we do not read it. */
export function articleFileKind(fileName: string, mimeType = ""): ArticleFileKind | null {
  const extension = /\.([^./\\]+)$/.exec(fileName)?.[1]?.toLowerCase();
  if (extension !== undefined && extension in KIND_BY_EXTENSION) return KIND_BY_EXTENSION[extension]!;
  if (extension !== undefined) return null;
  return KIND_BY_MIME_TYPE[mimeType.split(";")[0]!.trim().toLowerCase()] ?? null;
}

export async function readArticleFile(
  file: ArticleFileLike,
  { parseHtml }: { parseHtml: ParseHtml },
): Promise<ArticleFileResult> {
  const fileName = file.name;
  const refuse = (problem: string): ArticleFileResult => ({ fileName, ok: false, problem });

  const kind = articleFileKind(fileName, file.type);
  if (kind === null) return refuse(unsupportedMessage(fileName));
  if (file.size > MAX_ARTICLE_FILE_BYTES) {
    const limit = formatMegabytes(MAX_ARTICLE_FILE_BYTES);
    const size = formatMegabytes(file.size);
    return refuse(`file is too large (${size === limit ? `just over ${size}` : size}; the limit is ${limit})`);
  }
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await file.arrayBuffer());
  } catch (error) {
    return refuse(`cannot read the file (${describeReadError(error)})`);
  }
  const decoded = decodeArticleText(bytes);
  if ("problem" in decoded) return refuse(decoded.problem);

  const converted = convert(decoded.text, kind, parseHtml);
  if ("problem" in converted) return refuse(converted.problem);
  return { fileName, ok: true, input: { ...converted.input, fileName } };
}

function convert(
  text: string,
  kind: ArticleFileKind,
  parseHtml: ParseHtml,
): { input: ArticleInput } | { problem: string } {
  if (kind === "text") return { input: { raw: text } };
  if (kind === "markdown") {
    const markdown = markdownToText(text);
    const checked = checkConverted(markdown.text, "Markdown");
    if ("problem" in checked) return checked;
    const input: ArticleInput = { raw: markdown.text };
    if (markdown.title !== undefined) input.title = markdown.title;
    if (markdown.date !== undefined) input.date = markdown.date;
    return { input };
  }
  let page;
  try {
    page = htmlToArticle(parseHtml(text));
  } catch (error) {
    return { problem: `cannot read the HTML (${describeReadError(error)})` };
  }
  const checked = checkConverted(page.text, "HTML");
  if ("problem" in checked) return checked;
  const input: ArticleInput = { raw: page.text };
  if (page.title !== undefined) input.title = page.title;
  if (page.date !== undefined) input.date = page.date;
  if (page.outlet !== undefined) input.outlet = page.outlet;
  if (page.url !== undefined) input.url = page.url;
  return { input };
}

function checkConverted(text: string, format: string): { text: string } | { problem: string } {
  if (text.trim() === "") return { problem: `file has no text once its ${format} markup is removed` };
  return checkArticleText(text);
}

function unsupportedMessage(fileName: string): string {
  const extension = /\.([^./\\]+)$/.exec(fileName)?.[1];
  const what = extension === undefined ? "files without an extension" : `.${extension} files`;
  return `unsupported file type: claimbench reads .txt, .md and .html, not ${what}`;
}

export function formatMegabytes(bytes: number): string {
  const megabytes = bytes / (1024 * 1024);
  return `${megabytes >= 10 || Number.isInteger(megabytes) ? Math.round(megabytes) : megabytes.toFixed(1)} MB`;
}

function describeReadError(error: unknown): string {
  if (error instanceof Error) return error.message || error.name;
  return String(error);
}
