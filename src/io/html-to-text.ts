/**
 * A parsed HTML page -> the article a reader sees: the text of its body with every block
 * element (paragraph, heading, list item, table row...) on its own line, and the page's
 * title, date, outlet and address where it states them.
 *
 * It only reads a tree that is already parsed (see parse-html.ts: the browser's DOMParser,
 * which never runs scripts or loads anything) and works on a small structural interface of
 * that tree, so it runs in Node tests with a hand-built fake. Nothing here executes or
 * renders the page: script, style, template, iframe and the like are skipped, attributes
 * are read only for metadata.
 */
import { parseArticleFile } from "../core/article/parse-article-file.ts";
import { isIsoDay } from "../core/dates/iso-day.ts";

/** The part of a DOM node this module reads (a real DOM Node satisfies it). */
export interface HtmlNode {
  /** 1 = element, 3 = text, 4 = CDATA; others (comments) are ignored. */
  nodeType: number;
  /** Upper-case tag name for HTML elements ("P"), "#text" for text. */
  nodeName: string;
  nodeValue: string | null;
  childNodes: ArrayLike<HtmlNode>;
  getAttribute?(name: string): string | null;
}

export interface HtmlDocument {
  documentElement: HtmlNode | null;
}

export interface HtmlArticle {
  /** Paragraphs separated by blank lines; may start with a seed-format `date YYYY-MM-DD` line. */
  text: string;
  title?: string;
  /** From article:published_time, else the first <time datetime>. */
  date?: string;
  outlet?: string;
  url?: string;
}

const ELEMENT = 1;
const TEXT = 3;
const CDATA = 4;

/** Never text: code, styling, embedded documents, form widgets, page chrome. */
const SKIPPED = new Set([
  "SCRIPT", "STYLE", "NOSCRIPT", "TEMPLATE", "IFRAME", "FRAME", "FRAMESET", "OBJECT", "EMBED", "APPLET",
  "SVG", "MATH", "CANVAS", "AUDIO", "VIDEO", "HEAD", "TITLE", "META", "LINK", "BASE",
  "SELECT", "OPTION", "BUTTON", "INPUT", "TEXTAREA", "NAV", "DIALOG",
]);

/** Elements that start and end a paragraph. */
const BLOCKS = new Set([
  "ADDRESS", "ARTICLE", "ASIDE", "BLOCKQUOTE", "BODY", "CAPTION", "CENTER", "DD", "DETAILS", "DIV", "DL", "DT",
  "FIELDSET", "FIGCAPTION", "FIGURE", "FOOTER", "FORM", "H1", "H2", "H3", "H4", "H5", "H6", "HEADER", "HGROUP",
  "HR", "HTML", "LEGEND", "LI", "MAIN", "OL", "P", "PRE", "SECTION", "SUMMARY", "TABLE", "TBODY", "TFOOT",
  "THEAD", "TR", "UL",
]);

/** Table cells are set apart on their row. */
const CELLS = new Set(["TD", "TH"]);

export function htmlToArticle(document: HtmlDocument): HtmlArticle {
  const root = document.documentElement;
  if (root === null) return { text: "" };
  const found = collect(root);
  const content = found.articles.length === 1 ? found.articles[0]! : found.mains.length === 1 ? found.mains[0]! : found.body ?? root;
  const text = blockText(content);
  const article: HtmlArticle = { text };

  const title = collapse(found.title ?? "") || collapse(found.h1 === undefined ? "" : inlineText(found.h1));
  if (title !== "") article.title = title;
  const date = dayOf(found.meta.get("article:published_time")) ?? dayOf(found.timeDatetime);
  // A seed-format date line at the top of the text is the author's own and wins.
  if (date !== undefined && parseArticleFile(text).date === undefined) article.date = date;
  const outlet = collapse(found.meta.get("og:site_name") ?? "");
  if (outlet !== "") article.outlet = outlet;
  const url = [found.canonical, found.meta.get("og:url")].find((candidate) => isWebAddress(candidate));
  if (url !== undefined) article.url = url.trim();
  return article;
}

interface Found {
  title?: string;
  h1?: HtmlNode;
  body?: HtmlNode;
  articles: HtmlNode[];
  mains: HtmlNode[];
  meta: Map<string, string>;
  canonical?: string;
  timeDatetime?: string;
}

/** One pass over the tree for the landmarks and metadata. */
function collect(root: HtmlNode): Found {
  const found: Found = { articles: [], mains: [], meta: new Map() };
  const visit = (node: HtmlNode): void => {
    if (node.nodeType !== ELEMENT) return;
    const name = node.nodeName.toUpperCase();
    switch (name) {
      case "TITLE":
        found.title ??= textContent(node);
        return;
      case "META": {
        const key = (attribute(node, "property") ?? attribute(node, "name"))?.trim().toLowerCase();
        const value = attribute(node, "content");
        if (key !== undefined && value !== null && !found.meta.has(key)) found.meta.set(key, value);
        return;
      }
      case "LINK":
        if (found.canonical === undefined && /(?:^|\s)canonical(?:\s|$)/i.test(attribute(node, "rel") ?? "")) {
          found.canonical = attribute(node, "href") ?? undefined;
        }
        return;
      case "TIME":
        found.timeDatetime ??= attribute(node, "datetime") ?? undefined;
        break;
      case "H1":
        found.h1 ??= node;
        break;
      case "BODY":
        found.body ??= node;
        break;
      case "ARTICLE":
        found.articles.push(node);
        break;
      case "MAIN":
        found.mains.push(node);
        break;
      case "SCRIPT":
      case "STYLE":
      case "TEMPLATE":
      case "NOSCRIPT":
      case "IFRAME":
        return;
    }
    forEachChild(node, visit);
  };
  visit(root);
  return found;
}

/** The visible text of an element, one paragraph per block, blank lines between them. */
export function blockText(root: HtmlNode): string {
  const paragraphs: string[] = [];
  let line = "";
  const flush = () => {
    const trimmed = line.replace(/ {2,}/g, " ").replace(/ ?\t ?/g, "\t").trim();
    if (trimmed !== "") paragraphs.push(trimmed);
    line = "";
  };
  const visit = (node: HtmlNode, preformatted: boolean): void => {
    if (node.nodeType === TEXT || node.nodeType === CDATA) {
      const value = node.nodeValue ?? "";
      if (!preformatted) {
        line += value.replace(/\s+/g, " ");
        return;
      }
      const lines = value.replace(/\r\n?/g, "\n").split("\n");
      lines.forEach((part, index) => {
        if (index > 0) flush();
        line += part;
      });
      return;
    }
    if (node.nodeType !== ELEMENT) return;
    const name = node.nodeName.toUpperCase();
    if (SKIPPED.has(name) || attribute(node, "hidden") !== null || attribute(node, "aria-hidden") === "true") return;
    if (name === "BR") {
      flush();
      return;
    }
    const block = BLOCKS.has(name);
    if (block) flush();
    if (CELLS.has(name) && line.trim() !== "") line += "\t";
    forEachChild(node, (child) => visit(child, preformatted || name === "PRE"));
    if (block) flush();
  };
  visit(root, false);
  flush();
  return paragraphs.join("\n\n");
}

/** Text of an inline element (a heading) with white space collapsed. */
function inlineText(node: HtmlNode): string {
  let text = "";
  const visit = (current: HtmlNode): void => {
    if (current.nodeType === TEXT || current.nodeType === CDATA) text += current.nodeValue ?? "";
    else if (current.nodeType === ELEMENT && !SKIPPED.has(current.nodeName.toUpperCase())) {
      if (current.nodeName.toUpperCase() === "BR") text += " ";
      forEachChild(current, visit);
    }
  };
  visit(node);
  return text;
}

function textContent(node: HtmlNode): string {
  let text = "";
  const visit = (current: HtmlNode): void => {
    if (current.nodeType === TEXT || current.nodeType === CDATA) text += current.nodeValue ?? "";
    else forEachChild(current, visit);
  };
  visit(node);
  return text;
}

function forEachChild(node: HtmlNode, visit: (child: HtmlNode) => void): void {
  const children = node.childNodes;
  for (let index = 0; index < children.length; index++) visit(children[index]!);
}

function attribute(node: HtmlNode, name: string): string | null {
  return node.getAttribute?.(name) ?? null;
}

function collapse(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

/** "2020-09-02T10:00:00+03:00" -> "2020-09-02" (the day where it was published). */
function dayOf(value: string | undefined): string | undefined {
  const day = /^\s*(\d{4}-\d{2}-\d{2})/.exec(value ?? "")?.[1];
  return day !== undefined && isIsoDay(day) ? day : undefined;
}

function isWebAddress(value: string | undefined): value is string {
  return value !== undefined && /^https?:\/\/[^\s]+$/i.test(value.trim());
}
