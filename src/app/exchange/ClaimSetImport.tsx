/**
 * The Import view's second way in: a claim set (a colleague's export, the command line's
 * output, your own earlier export) or a backup. The file is checked first — a bad one gets
 * every problem listed and changes nothing — then a claim set is previewed and merged, and a
 * backup, after a warning, replaces the workspace.
 */
import { useRef, useState } from "react";
import type { ClaimSet } from "../../../claim-schemas/claim-set.ts";
import { restoreBackup, type Backup } from "../../db/exchange/backup.ts";
import { applyImport, planImport, type Choice, type MergePlan } from "../../db/exchange/merge-claim-set.ts";
import { countOf } from "../../db/writes/transact.ts";
import { DEFAULT_MAX_CLAIM_SET_BYTES, type ClaimSetProblem } from "../../io/claim-set/read-claim-set.ts";
import { ConfirmDialog } from "../shared/ConfirmDialog.tsx";
import { useClaimRows } from "../workspace/use-claim-rows.ts";
import { useWorkspace } from "../workspace/use-workspace.ts";
import { ImportPreviewDialog } from "./ImportPreviewDialog.tsx";
import { readImportFile } from "./read-import-file.ts";
import "./exchange.css";

type Step =
  | { name: "idle" }
  | { name: "reading"; fileName: string }
  | { name: "refused"; fileName: string; problems: ClaimSetProblem[] }
  | { name: "preview"; fileName: string; claimSet: ClaimSet; plan: MergePlan; busy: boolean }
  | { name: "restore"; fileName: string; backup: Backup };

export function ClaimSetImport() {
  const { db, ensureActor, notify } = useWorkspace();
  const { rows } = useClaimRows();
  const input = useRef<HTMLInputElement>(null);
  const [step, setStep] = useState<Step>({ name: "idle" });

  const open = async (file: File) => {
    if (file.size > DEFAULT_MAX_CLAIM_SET_BYTES) {
      const megabytes = (bytes: number) => `${Math.ceil((bytes / 1024 / 1024) * 10) / 10} MB`;
      const message = `file is ${megabytes(file.size)}; the limit is ${megabytes(DEFAULT_MAX_CLAIM_SET_BYTES)}`;
      setStep({ name: "refused", fileName: file.name, problems: [{ path: "", message }] });
      return;
    }
    setStep({ name: "reading", fileName: file.name });
    try {
      const read = readImportFile(await file.text());
      if (read.kind === "problems") setStep({ name: "refused", fileName: file.name, problems: read.problems });
      else if (read.kind === "backup") setStep({ name: "restore", fileName: file.name, backup: read.backup });
      else setStep({ name: "preview", fileName: file.name, claimSet: read.claimSet, plan: await planImport(db, read.claimSet), busy: false });
    } catch (error) {
      setStep({ name: "refused", fileName: file.name, problems: [{ path: "", message: `could not be read: ${describe(error)}` }] });
    }
  };

  const apply = async (choices: ReadonlyMap<string, Choice>) => {
    if (step.name !== "preview") return;
    const actor = await ensureActor();
    if (actor === null) return;
    setStep({ ...step, busy: true });
    try {
      const { plan, tookTheirs } = await applyImport(db, step.claimSet, choices, actor);
      notify(
        `Imported ${step.fileName}: ${countOf(plan.articlesAdded.length, "new article")}, ${countOf(plan.claimsAdded.length + plan.claimsReplaced.length + tookTheirs, "claim")} added or updated.`,
      );
      setStep({ name: "idle" });
    } catch (error) {
      notify(`Nothing was imported from ${step.fileName}: ${describe(error)}`, "error");
      setStep({ ...step, busy: false });
    }
  };

  const restore = async () => {
    if (step.name !== "restore") return;
    try {
      await restoreBackup(db, step.backup);
      window.location.reload();
    } catch (error) {
      notify(`The backup was not restored and nothing changed: ${describe(error)}`, "error");
      setStep({ name: "idle" });
    }
  };

  return (
    <section className="ingest-card claim-set-import" aria-labelledby="claim-set-import-title">
      <h2 id="claim-set-import-title" className="ingest-card-title">
        Claim set or backup
      </h2>
      <p className="ingest-card-text">
        Merge a colleague&apos;s reviewed claims (claimbench JSON), or restore a backup. You see what changes before
        anything is written.
      </p>
      <div className="ingest-card-actions">
        <button type="button" className="button" onClick={() => input.current?.click()} disabled={step.name === "reading"}>
          {step.name === "reading" ? `Checking ${step.fileName}…` : "Choose a JSON file…"}
        </button>
        <input
          ref={input}
          type="file"
          accept=".json,application/json"
          hidden
          data-testid="claim-set-input"
          onChange={(event) => {
            const file = event.target.files?.[0];
            event.target.value = "";
            if (file) void open(file);
          }}
        />
      </div>
      {step.name === "refused" && (
        <div className="import-refused" role="alert">
          <p>
            <strong>{step.fileName}</strong> was not imported; nothing changed.
          </p>
          <ul>
            {step.problems.map((problem, index) => (
              <li key={index}>
                {problem.path !== "" && <code>{problem.path}</code>} {problem.message}
              </li>
            ))}
          </ul>
        </div>
      )}
      {step.name === "preview" && (
        <ImportPreviewDialog
          fileName={step.fileName}
          plan={step.plan}
          busy={step.busy}
          onApply={(choices) => void apply(choices)}
          onCancel={() => setStep({ name: "idle" })}
        />
      )}
      {step.name === "restore" && (
        <ConfirmDialog
          title="Replace the workspace with this backup?"
          text={`${step.fileName} holds ${countOf(step.backup.articles.length, "article")} and ${countOf(step.backup.claims.length, "claim")}, backed up ${step.backup.exportedAt.slice(0, 10)}. Everything now in this workspace (${countOf(rows.length, "claim")}) is replaced, history included. Export a backup first if you may want it back.`}
          confirmLabel="Replace and restore"
          onConfirm={() => void restore()}
          onCancel={() => setStep({ name: "idle" })}
        />
      )}
    </section>
  );
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
