/**
 * `claimbench sentences`: the sentence boundaries of one article, as the extractor sees
 * them — offsets into the article text after the date header is removed.
 */
import { wholeArticleInput } from "../article-inputs.ts";
import type { CliContext } from "../cli-context.ts";
import { arrayToJsonOnePerLine } from "../formats/json.ts";
import { readInput } from "../read-inputs.ts";

export interface SentenceBoundary {
  start: number;
  end: number;
  text: string;
}

export async function runSentences(file: string, context: CliContext): Promise<void> {
  const input = await readInput(file, context.io);
  const core = await context.loadCore();
  const article = core.prepareArticle(wholeArticleInput(input).article);
  const sentences: SentenceBoundary[] = article.sentences.map(({ start, end }) => ({
    start,
    end,
    text: article.text.slice(start, end),
  }));
  await context.io.writeStdout(arrayToJsonOnePerLine(sentences));
}
