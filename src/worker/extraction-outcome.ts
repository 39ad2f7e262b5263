/**
 * What the extraction worker sends back for each input: the extracted article and its
 * claims, or the error that stopped that one input. A worker message is a boundary
 * (DESIGN.md), so the client parses every outcome with this schema on arrival.
 */
import { z } from "zod";
import { Article, Claim } from "../../claim-schemas/claim-set.ts";
import type { ExtractedArticle } from "../core/extract/extract-claim-set.ts";

export const ExtractedArticleSchema = z.object({ article: Article, claims: z.array(Claim) });

export const ExtractionOutcomeSchema = z.discriminatedUnion("ok", [
  z.object({ ok: z.literal(true), result: ExtractedArticleSchema }),
  z.object({ ok: z.literal(false), error: z.string() }),
]);

export type ExtractionOutcome = { ok: true; result: ExtractedArticle } | { ok: false; error: string };
