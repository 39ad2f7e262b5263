/**
 * What a command needs from the outside world, passed in rather than reached for: the file
 * system and standard streams (CliIo) and the extractor (CliCore). main.ts wires the real
 * ones; tests pass fakes, so the command line is testable without a disk or a working core.
 */
import type { Article, ClaimSet } from "../../claim-schemas/claim-set.ts";
import type { ArticleInput, ExtractedArticle } from "../core/extract/extract-claim-set.ts";

export interface CliIo {
  /** Rejects with a Node-style error carrying `code` (ENOENT, EACCES, EISDIR, EFBIG...). */
  readFile(path: string, maxBytes: number): Promise<Uint8Array>;
  readStdin(maxBytes: number): Promise<Uint8Array>;
  writeStdout(text: string): Promise<void>;
  writeStderr(text: string): void;
}

export interface CliCore {
  prepareArticle(input: ArticleInput): Article;
  extractArticle(input: ArticleInput): ExtractedArticle;
  buildClaimSet(parts: readonly ExtractedArticle[]): ClaimSet;
}

export interface CliContext {
  io: CliIo;
  /** Loaded only by the commands that extract, so `--help` works even when the core does not. */
  loadCore(): Promise<CliCore>;
  version: string;
}
