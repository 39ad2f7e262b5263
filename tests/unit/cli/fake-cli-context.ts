/**
 * Test doubles for the command line: an in-memory CliIo that records what was printed, and
 * a tiny stand-in extractor (one claim per sentence that holds a digit), so the CLI logic is
 * tested apart from the real core.
 */
import type { Article, Claim, ClaimSet } from "../../../claim-schemas/claim-set.ts";
import type { CliContext, CliCore, CliIo } from "../../../src/cli/cli-context.ts";
import type { ArticleInput, ExtractedArticle } from "../../../src/core/extract/extract-claim-set.ts";

export interface RecordingIo extends CliIo {
  stdout: string;
  stderr: string;
}

export function createRecordingIo(files: Record<string, string | Uint8Array> = {}, stdin?: string | Uint8Array): RecordingIo {
  const toBytes = (content: string | Uint8Array) => (typeof content === "string" ? new TextEncoder().encode(content) : content);
  const io: RecordingIo = {
    stdout: "",
    stderr: "",
    async readFile(path) {
      const content = files[path];
      if (content === undefined) throw Object.assign(new Error(`ENOENT: ${path}`), { code: "ENOENT" });
      return toBytes(content);
    },
    async readStdin() {
      return toBytes(stdin ?? "");
    },
    async writeStdout(text) {
      io.stdout += text;
    },
    writeStderr(text) {
      io.stderr += text;
    },
  };
  return io;
}

export const fakeCore: CliCore = {
  prepareArticle,
  extractArticle(input: ArticleInput): ExtractedArticle {
    const article = prepareArticle(input);
    const claims: Claim[] = article.sentences
      .filter((sentence) => /\d/.test(article.text.slice(sentence.start, sentence.end)))
      .map((sentence) => ({
        id: `${article.id}-c${sentence.start}`,
        articleId: article.id,
        text: article.text.slice(sentence.start, sentence.end),
        span: sentence,
        quote: { exact: article.text.slice(sentence.start, sentence.end), prefix: "", suffix: "" },
        kind: "quantity",
        checkworthiness: 0.8,
        quantities: [],
        attribution: null,
        occurrences: [sentence],
        review: { status: "unreviewed", reporting: "unchecked", evidence: [] },
      }));
    return { article, claims };
  },
  buildClaimSet(parts: readonly ExtractedArticle[]): ClaimSet {
    return {
      format: "claimbench.claim-set",
      version: 1,
      generator: "fake",
      exportedAt: "2024-01-01T00:00:00.000Z",
      articles: parts.map((part) => part.article),
      claims: parts.flatMap((part) => part.claims),
    };
  },
};

function prepareArticle(input: ArticleInput): Article {
  const header = /^date (\d{4}-\d{2}-\d{2})\s*/.exec(input.raw);
  const text = input.raw.slice(header?.[0].length ?? 0).trim();
  const date = input.date ?? header?.[1];
  // A sentence ends at . ! or ? followed by white space or the end: "$3.2bn" stays whole.
  const sentences = [...text.matchAll(/\S[^]*?(?:[.!?](?=\s|$)|$)/g)].map((match) => ({
    start: match.index,
    end: match.index + match[0].length,
  }));
  const article: Article = { id: `a-${simpleHash(text)}`, text, sentences, title: input.title ?? text.slice(0, 20) };
  if (input.fileName !== undefined) article.fileName = input.fileName;
  if (date !== undefined) article.date = date;
  return article;
}

function simpleHash(text: string): string {
  let hash = 0;
  for (const char of text) hash = (hash * 31 + char.charCodeAt(0)) >>> 0;
  return hash.toString(16);
}

export function createContext(overrides: Partial<CliContext> = {}): CliContext & { io: RecordingIo } {
  return {
    io: createRecordingIo(),
    loadCore: async () => fakeCore,
    version: "9.9.9",
    ...overrides,
  } as CliContext & { io: RecordingIo };
}
