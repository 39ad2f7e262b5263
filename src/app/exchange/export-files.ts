/** The export formats the workbench offers, and each as a file to save. */
import type { ClaimSet } from "../../../claim-schemas/claim-set.ts";
import type { Backup } from "../../db/exchange/backup.ts";
import { exportClaimSet as renderClaimSet, type ExportFormat } from "../../io/export/export-claim-set.ts";
import type { FileToSave } from "./save-file.ts";

export const EXPORT_CHOICES = [
  { id: "json", label: "Claim set", extension: "JSON", hint: "lossless; claimbench and other tools read it back" },
  { id: "csv", label: "CSV", extension: "CSV", hint: "one row per claim, for spreadsheets" },
  { id: "claimreview", label: "ClaimReview", extension: "JSON-LD", hint: "schema.org markup of the reviewed claims, for publishing" },
  { id: "annotations", label: "Web Annotations", extension: "JSON-LD", hint: "W3C annotations anchored in the article text" },
  { id: "backup", label: "Backup", extension: "JSON", hint: "everything, with history and settings, to restore later" },
] as const satisfies readonly { id: ExportFormat | "backup"; label: string; extension: string; hint: string }[];
export type ExportChoiceId = (typeof EXPORT_CHOICES)[number]["id"];

export interface Publisher {
  name: string;
  url: string;
}

const FILE_STEMS: Record<ExportFormat, string> = {
  json: "claimbench",
  csv: "claimbench",
  claimreview: "claimbench-claimreview",
  annotations: "claimbench-annotations",
};

export function backupFile(backup: Backup, date: string): FileToSave {
  return { fileName: `claimbench-backup-${date.slice(0, 10)}.json`, mimeType: "application/json", text: `${JSON.stringify(backup)}\n` };
}

export function claimSetFile(format: ExportFormat, claimSet: ClaimSet, date: string, publisher: Publisher): FileToSave {
  const name = publisher.name.trim();
  const url = publisher.url.trim();
  const organisation = name === "" ? undefined : url === "" ? { name } : { name, url };
  const file = renderClaimSet(claimSet, format, organisation ? { organisation } : {});
  return { fileName: `${FILE_STEMS[format]}-${date.slice(0, 10)}.${file.extension}`, mimeType: file.mimeType, text: file.text };
}
