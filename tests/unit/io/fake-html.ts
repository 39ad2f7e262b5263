/**
 * A hand-built stand-in for a parsed HTML document (Node has no DOMParser): just the node
 * fields html-to-text.ts reads. The real parser is exercised in tests/e2e/ingest.e2e.ts.
 */
import type { HtmlDocument, HtmlNode } from "../../../src/io/html-to-text.ts";

type Child = HtmlNode | string;

export function el(name: string, attributes: Record<string, string> = {}, ...children: Child[]): HtmlNode {
  return {
    nodeType: 1,
    nodeName: name.toUpperCase(),
    nodeValue: null,
    childNodes: children.map((child) => (typeof child === "string" ? text(child) : child)),
    getAttribute: (attribute) => attributes[attribute] ?? null,
  };
}

export function text(value: string): HtmlNode {
  return { nodeType: 3, nodeName: "#text", nodeValue: value, childNodes: [] };
}

export function comment(value: string): HtmlNode {
  return { nodeType: 8, nodeName: "#comment", nodeValue: value, childNodes: [] };
}

export function page(head: HtmlNode[], body: Child[]): HtmlDocument {
  return { documentElement: el("html", {}, el("head", {}, ...head), el("body", {}, ...body)) };
}
