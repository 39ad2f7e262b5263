/**
 * What the import worker sends back (import-api.ts): the outcome per input and the history
 * seq, or why nothing was saved. A worker message is a boundary (DESIGN.md), so the client
 * parses it with this schema on arrival.
 */
import { z } from "zod";
import type { WorkerImportResult } from "./import-api.ts";

const title = z.string().optional();

const ImportItemOutcomeSchema = z.discriminatedUnion("status", [
  z.object({ status: z.literal("added"), articleId: z.string(), title, claimCount: z.number().int().nonnegative() }),
  z.object({ status: z.literal("duplicate"), articleId: z.string(), title, sameAs: z.number().int().nonnegative().optional() }),
  z.object({ status: z.literal("problem"), detail: z.string() }),
]);

export const WorkerImportResultSchema = z.discriminatedUnion("status", [
  z.object({ status: z.literal("imported"), outcomes: z.array(ImportItemOutcomeSchema), seq: z.number().int().positive().nullable() }),
  z.object({ status: z.literal("failed"), error: z.string() }),
  z.object({ status: z.literal("cancelled") }),
]);

/** The parsed result, as the worker's own type (zod's optional fields admit `undefined`). */
export function parseWorkerImportResult(raw: unknown): { success: true; data: WorkerImportResult } | { success: false; error: string } {
  const parsed = WorkerImportResultSchema.safeParse(raw);
  return parsed.success
    ? { success: true, data: parsed.data as WorkerImportResult }
    : { success: false, error: parsed.error.issues[0]?.message ?? "invalid" };
}
