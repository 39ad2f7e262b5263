/**
 * One entry point for every export format, used by the workbench and `claimbench export`
 * alike: a claim set and a format in, the file's text and how to save it out. Pure — no DOM,
 * no database — so it runs in Node, the browser and a worker.
 */
import type { ClaimSet } from "../../../claim-schemas/claim-set.ts";
import { claimSetToJson } from "./claim-set-json.ts";
import { claimSetToClaimReview, type ClaimReviewOptions } from "./claimreview.ts";
import { claimSetToCsv } from "./csv.ts";
import { ANNOTATION_MEDIA_TYPE, claimSetToAnnotations } from "./web-annotation.ts";

export const EXPORT_FORMATS = ["json", "csv", "claimreview", "annotations"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export type ExportOptions = ClaimReviewOptions;

export interface ExportedFile {
  text: string;
  mimeType: string;
  /** Without the dot. */
  extension: string;
}

export function isExportFormat(value: string): value is ExportFormat {
  return (EXPORT_FORMATS as readonly string[]).includes(value);
}

export function exportClaimSet(claimSet: ClaimSet, format: ExportFormat, options: ExportOptions = {}): ExportedFile {
  switch (format) {
    case "json":
      return { text: claimSetToJson(claimSet), mimeType: "application/json", extension: "json" };
    case "csv":
      return { text: claimSetToCsv(claimSet), mimeType: "text/csv;charset=utf-8", extension: "csv" };
    case "claimreview":
      return { text: claimSetToClaimReview(claimSet, options), mimeType: "application/ld+json", extension: "jsonld" };
    case "annotations":
      return { text: claimSetToAnnotations(claimSet), mimeType: ANNOTATION_MEDIA_TYPE, extension: "jsonld" };
  }
}
