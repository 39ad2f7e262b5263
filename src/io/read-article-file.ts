/**
 * Files a person dropped or picked -> ArticleInputs for the extractor, or the reason each
 * cannot be one (empty, binary, not UTF-8, unreadable, too large, a type we do not read).
 * Text files pass as they are (the seed format's `date YYYY-MM-DD` line included), Markdown
 * and HTML are reduced to their text first. readArticleFiles reads many files together;
 * readArticleFile reads one. One file's problem never stops the others: the caller gets one
 * result per file.
 */
import type { ArticleInput } from "../core/extract/extract-claim-set.ts";
import { checkArticleText, decodeArticleText } from "./decode-article-text.ts";
import { htmlToArticle } from "./html-to-text.ts";
import { markdownToText } from "./markdown-to-text.ts";
import { PageTurns } from "./page-turns.ts";
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
  const refused = refusal(file);
  if (refused !== null) return refused;
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await file.arrayBuffer());
  } catch (error) {
    return { fileName: file.name, ok: false, problem: `cannot read the file (${describeReadError(error)})` };
  }
  return fromBytes(file, bytes, parseHtml);
}

/** The most bytes of files read in one request by readArticleFiles. */
export const READ_TOGETHER_BYTES = 8 * 1024 * 1024;

/**
 * Many files, one result each, in order. Files are read together, as one Blob, up to
 * READ_TOGETHER_BYTES a request: each read is a round trip to the browser, and a thousand
 * small files read one by one took three times as long. A group that cannot be read is read
 * again file by file, so that one unreadable file fails alone.
 */
export async function readArticleFiles(
  files: readonly ArticleFileLike[],
  { parseHtml, onRead }: { parseHtml: ParseHtml; onRead?: (done: number) => void },
): Promise<ArticleFileResult[]> {
  const results: ArticleFileResult[] = new Array(files.length);
  let done = 0;
  const settle = (index: number, result: ArticleFileResult) => {
    results[index] = result;
    onRead?.(++done);
  };
  // Refused files are never read; the rest go in groups, in order.
  const groups: number[][] = [];
  let groupBytes = Infinity;
  files.forEach((file, index) => {
    const refused = refusal(file);
    if (refused !== null) return settle(index, refused);
    if (groupBytes + file.size > READ_TOGETHER_BYTES) {
      groups.push([]);
      groupBytes = 0;
    }
    groups.at(-1)!.push(index);
    groupBytes += file.size;
  });
  for (const group of groups) {
    const members = group.map((index) => files[index]!);
    const together = await readTogether(members);
    if (together === null) {
      for (const index of group) settle(index, await readArticleFile(files[index]!, { parseHtml }));
      continue;
    }
    // A group's files are decoded and converted one after another on the page's thread (an
    // HTML file is parsed there), with turns for the page between them.
    const turns = new PageTurns();
    let offset = 0;
    for (const [at, index] of group.entries()) {
      const file = members[at]!;
      settle(index, fromBytes(file, together.subarray(offset, offset + file.size), parseHtml));
      offset += file.size;
      if (turns.due) await turns.give();
    }
  }
  return results;
}

/**
 * The files' bytes end to end; null when there is nothing to gain (fewer than two, or not
 * Blobs: a test's stand-ins) or they cannot be read as one, and are to be read one by one.
 */
async function readTogether(files: readonly ArticleFileLike[]): Promise<Uint8Array | null> {
  const blobs = files.filter((file): file is ArticleFileLike & Blob => file instanceof Blob);
  if (files.length < 2 || blobs.length < files.length) return null;
  try {
    const bytes = new Uint8Array(await new Blob(blobs).arrayBuffer());
    // A file that changed size since it was picked would shift every offset after it.
    return bytes.length === files.reduce((sum, file) => sum + file.size, 0) ? bytes : null;
  } catch {
    return null;
  }
}

/** Why a file is refused before it is read (a type we do not read, too large), or null. */
function refusal(file: ArticleFileLike): ArticleFileResult | null {
  const fileName = file.name;
  if (articleFileKind(fileName, file.type) === null) return { fileName, ok: false, problem: unsupportedMessage(fileName) };
  if (file.size > MAX_ARTICLE_FILE_BYTES) {
    const limit = formatMegabytes(MAX_ARTICLE_FILE_BYTES);
    const size = formatMegabytes(file.size);
    return { fileName, ok: false, problem: `file is too large (${size === limit ? `just over ${size}` : size}; the limit is ${limit})` };
  }
  return null;
}

/** A file's bytes as read -> its ArticleInput, or why it is none. */
function fromBytes(file: ArticleFileLike, bytes: Uint8Array, parseHtml: ParseHtml): ArticleFileResult {
  const fileName = file.name;
  const decoded = decodeArticleText(bytes);
  if ("problem" in decoded) return { fileName, ok: false, problem: decoded.problem };
  const converted = convert(decoded.text, articleFileKind(fileName, file.type)!, parseHtml);
  if ("problem" in converted) return { fileName, ok: false, problem: converted.problem };
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
