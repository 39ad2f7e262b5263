/**
 * The browser's HTML parser, behind the one function html-to-text.ts needs. DOMParser with
 * "text/html" builds an inert document: it has no browsing context, so scripts never run,
 * event-handler attributes (onerror, onload) never fire and nothing is fetched. The tree is
 * only read, never inserted into the page. DOMParser does not exist in Node or in workers,
 * which is why tests pass a fake and extraction runs after this step.
 */
import type { HtmlDocument } from "./html-to-text.ts";

export type ParseHtml = (html: string) => HtmlDocument;

export const parseHtmlWithDomParser: ParseHtml = (html) => new DOMParser().parseFromString(html, "text/html");
