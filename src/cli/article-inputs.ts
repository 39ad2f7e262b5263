/**
 * Checked inputs -> the extractor's ArticleInputs: one article per input, or with
 * --each-line one article per non-empty line ("headlines.txt#L3"), titled by the line.
 * Each comes with the label a message about it uses ("headlines.txt:3").
 */
import { parseArticleFile } from "../core/article/parse-article-file.ts";
import { clipText } from "../core/text/clip-text.ts";
import type { ArticleInput } from "../core/extract/extract-claim-set.ts";
import { displayName, type ReadInput } from "./read-inputs.ts";

/** Long enough for a headline, short enough for a table column. */
export const LINE_TITLE_LENGTH = 80;

const STDIN_LINE_PREFIX = "stdin";

export interface LabelledArticleInput {
  label: string;
  article: ArticleInput;
}

export function toArticleInputs(inputs: readonly ReadInput[], eachLine: boolean): LabelledArticleInput[] {
  return inputs.flatMap((input) => (eachLine ? lineArticleInputs(input) : [wholeArticleInput(input)]));
}

export function wholeArticleInput(input: ReadInput): LabelledArticleInput {
  const article: ArticleInput = { raw: input.text };
  if (input.fileName !== undefined) article.fileName = input.fileName;
  return { label: displayName(input.path), article };
}

/**
 * A date header on the first line of the input dates every line; a line that is only the
 * header is not an article.
 */
export function lineArticleInputs(input: ReadInput): LabelledArticleInput[] {
  const fileDate = parseArticleFile(input.text).date;
  const name = input.fileName ?? STDIN_LINE_PREFIX;
  const articles: LabelledArticleInput[] = [];
  input.text.split(/\r\n|\r|\n/).forEach((line, index) => {
    const text = parseArticleFile(line).text;
    if (text.length === 0) return;
    const lineNumber = index + 1;
    const article: ArticleInput = { raw: line, fileName: `${name}#L${lineNumber}`, title: clipTitle(text) };
    if (fileDate !== undefined) article.date = fileDate;
    articles.push({ label: `${displayName(input.path)}:${lineNumber}`, article });
  });
  return articles;
}

/** Cuts at a word boundary when one is near, and marks the cut with an ellipsis. */
export function clipTitle(text: string, maxLength = LINE_TITLE_LENGTH): string {
  return clipText(text, maxLength);
}
