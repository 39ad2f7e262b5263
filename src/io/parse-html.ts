/**
 * The browser's HTML parser, behind the one function html-to-text.ts needs. DOMParser with
 * "text/html" builds an inert document: it has no browsing context, so scripts never run,
 * event-handler attributes (onerror, onload) never fire and nothing is fetched; the page's
 * CSP (script-src 'self') forbids inline handlers besides. The tree is only read, never
 * inserted into the page. DOMParser does not exist in Node or in workers, which is why tests
 * pass a fake and extraction runs after this step.
 *
 * Chromium still checks each inline handler against the CSP while parsing and logs a
 * violation for it (although it would never run), so handler attributes are renamed first:
 * `onerror=` becomes `data-disarmed-onerror=`. That only keeps the console quiet; the
 * safety rests on the inert document and the CSP, not on this scan.
 */
import type { HtmlDocument } from "./html-to-text.ts";

export type ParseHtml = (html: string) => HtmlDocument;

export const parseHtmlWithDomParser: ParseHtml = (html) =>
  new DOMParser().parseFromString(disarmEventHandlers(html), "text/html");

/** Elements whose content the HTML tokenizer reads as text up to their end tag. */
const RAW_TEXT = new Set(["script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes", "plaintext"]);

const TAG_OPEN = /<([a-zA-Z][^\s/>]*)/y;
const SPACE_OR_SLASH = /[\s/]+/y;
const SPACE = /\s*/y;
const ATTRIBUTE_NAME = /[^\s"'>/=][^\s"'>/=]*/y;
const UNQUOTED_VALUE = /[^\s>]*/y;

/** Renames every `on…` attribute in start tags; all other text is copied as it is. */
export function disarmEventHandlers(html: string): string {
  const out: string[] = [];
  let index = 0;
  const take = (pattern: RegExp): string => {
    pattern.lastIndex = index;
    const match = pattern.exec(html);
    if (match === null) return "";
    index += match[0].length;
    return match[0];
  };

  while (index < html.length) {
    const open = html.indexOf("<", index);
    if (open < 0) {
      out.push(html.slice(index));
      break;
    }
    out.push(html.slice(index, open));
    index = open;
    if (html.startsWith("<!--", index)) {
      const end = html.indexOf("-->", index + 4);
      const stop = end < 0 ? html.length : end + 3;
      out.push(html.slice(index, stop));
      index = stop;
      continue;
    }
    const tag = take(TAG_OPEN);
    if (tag === "") {
      out.push("<");
      index++;
      continue;
    }
    out.push(tag);
    const tagName = tag.slice(1).toLowerCase();
    // Attributes up to the closing ">".
    while (index < html.length) {
      out.push(take(SPACE_OR_SLASH));
      if (index >= html.length) break;
      if (html[index] === ">") {
        out.push(">");
        index++;
        break;
      }
      const name = take(ATTRIBUTE_NAME) || html[index++]!;
      out.push(/^on/i.test(name) ? `data-disarmed-${name}` : name);
      const beforeEquals = take(SPACE);
      if (html[index] !== "=") {
        out.push(beforeEquals);
        continue;
      }
      index++; // "="
      out.push(beforeEquals, "=", take(SPACE));
      const quote = html[index];
      if (quote === '"' || quote === "'") {
        const close = html.indexOf(quote, index + 1);
        const stop = close < 0 ? html.length : close + 1;
        out.push(html.slice(index, stop));
        index = stop;
      } else {
        out.push(take(UNQUOTED_VALUE));
      }
    }
    if (RAW_TEXT.has(tagName)) {
      const endTag = new RegExp(`</${tagName}`, "ig");
      endTag.lastIndex = index;
      const end = endTag.exec(html)?.index;
      const stop = end === undefined ? html.length : end;
      out.push(html.slice(index, stop));
      index = stop;
    }
  }
  return out.join("");
}
