/**
 * What importing a claim set will do, before anything is written: counts of what is added,
 * updated or left alone, and every conflict side by side — your version and theirs — with a
 * choice per claim. Nothing of yours is replaced unless you choose theirs.
 */
import { useState } from "react";
import type { Claim } from "../../../claim-schemas/claim-set.ts";
import type { Choice, ClaimConflict, MergePlan } from "../../db/exchange/merge-claim-set.ts";
import { ModalDialog } from "../shared/ModalDialog.tsx";
import { REPORTING_LABELS, STATUS_LABELS } from "../shared/status-labels.ts";

export function ImportPreviewDialog({
  fileName,
  plan,
  busy,
  onApply,
  onCancel,
}: {
  fileName: string;
  plan: MergePlan;
  busy: boolean;
  onApply: (choices: ReadonlyMap<string, Choice>) => void;
  onCancel: () => void;
}) {
  const [choices, setChoices] = useState<ReadonlyMap<string, Choice>>(new Map());
  const choose = (claimId: string, choice: Choice) => setChoices((current) => new Map(current).set(claimId, choice));
  const chooseAll = (choice: Choice) => setChoices(new Map(plan.conflicts.map((conflict) => [conflict.claimId, choice])));
  const changes = plan.articlesAdded.length + plan.articlesCompleted.length + plan.claimsAdded.length + plan.claimsReplaced.length + plan.verdictsAdded + plan.groupsAdded;
  const theirs = [...choices.values()].filter((choice) => choice === "theirs").length;

  return (
    <ModalDialog labelledBy="import-preview-title" className="dialog wide" onClose={onCancel}>
      <h2 id="import-preview-title">Import {fileName}</h2>
      <ul className="plan-counts" aria-label="What the import will do">
        <PlanLine count={plan.articlesAdded.length} text={["new article, with its claims", "new articles, with their claims"]} />
        <PlanLine count={plan.claimsAdded.length} text={["new claim", "new claims"]} />
        <PlanLine count={plan.claimsReplaced.length} text={["claim you had not touched, updated to their reviewed version", "claims you had not touched, updated to their reviewed version"]} />
        <PlanLine count={plan.verdictsAdded} text={["claim on which their verdict is recorded beside yours", "claims on which their verdict is recorded beside yours"]} />
        <PlanLine count={plan.articlesCompleted.length} text={["article given an outlet, URL or date it lacked", "articles given an outlet, URL or date they lacked"]} />
        <PlanLine count={plan.groupsAdded} text={["new comparison group", "new comparison groups"]} />
        <PlanLine count={plan.conflicts.length} text={["conflict: you both changed the claim differently (below)", "conflicts: you both changed the claim differently (below)"]} />
        <PlanLine
          count={plan.articlesUnchanged + plan.claimsUnchanged + plan.groupsUnchanged}
          text={["article, claim or group already the same, left alone", "articles, claims and groups already the same, left alone"]}
          muted
        />
        <PlanLine count={plan.claimsYouRemoved} text={["claim you removed, left removed", "claims you removed, left removed"]} muted />
      </ul>
      {plan.conflicts.length > 0 && (
        <section className="conflicts" aria-label="Conflicts">
          <div className="conflicts-head">
            <h3>Conflicts</h3>
            <span>
              {theirs} of {plan.conflicts.length} take theirs
            </span>
            <button type="button" className="button quiet" onClick={() => chooseAll("mine")}>
              Keep all mine
            </button>
            <button type="button" className="button quiet" onClick={() => chooseAll("theirs")}>
              Take all theirs
            </button>
          </div>
          <ol className="conflict-list">
            {plan.conflicts.map((conflict) => (
              <ConflictRow key={conflict.claimId} conflict={conflict} choice={choices.get(conflict.claimId) ?? "mine"} onChoose={(choice) => choose(conflict.claimId, choice)} />
            ))}
          </ol>
        </section>
      )}
      <div className="dialog-actions">
        <button type="button" className="button" onClick={onCancel} disabled={busy}>
          Cancel
        </button>
        <button type="button" className="button primary" onClick={() => onApply(choices)} disabled={busy || (changes === 0 && theirs === 0)} autoFocus>
          {changes === 0 && theirs === 0 ? "Nothing to import" : busy ? "Importing…" : "Import"}
        </button>
      </div>
    </ModalDialog>
  );
}

/** One line of the plan, with its text for one and for many; nothing for none. */
function PlanLine({ count, text, muted = false }: { count: number; text: readonly [one: string, many: string]; muted?: boolean }) {
  if (count === 0) return null;
  return (
    <li className={muted ? "muted" : undefined}>
      <strong>{count.toLocaleString("en")}</strong> {count === 1 ? text[0] : text[1]}
    </li>
  );
}

function ConflictRow({ conflict, choice, onChoose }: { conflict: ClaimConflict; choice: Choice; onChoose: (choice: Choice) => void }) {
  const name = `conflict-${conflict.claimId}`;
  return (
    <li className="conflict">
      <p className="conflict-claim">{conflict.theirs.text}</p>
      <p className="conflict-differ">Differs in {conflict.differ.join(", ")}</p>
      <div className="conflict-versions">
        {(["mine", "theirs"] as const).map((value) => (
          <Version
            key={value}
            label={value === "mine" ? "Mine" : "Theirs"}
            claim={conflict[value]}
            showText={conflict.differ.includes("text")}
            name={name}
            value={value}
            checked={choice === value}
            onChoose={onChoose}
          />
        ))}
      </div>
    </li>
  );
}

function Version({
  label,
  claim,
  showText,
  name,
  value,
  checked,
  onChoose,
}: {
  label: string;
  claim: Claim;
  showText: boolean;
  name: string;
  value: Choice;
  checked: boolean;
  onChoose: (choice: Choice) => void;
}) {
  const { review } = claim;
  const speaker = claim.attribution ? (claim.attribution.entity ?? claim.attribution.source) : "the article";
  return (
    <label className={checked ? "version chosen" : "version"}>
      <input type="radio" name={name} value={value} checked={checked} onChange={() => onChoose(value)} />
      <span className="version-label">{label}</span>
      <span className={`status-pill status-${review.status}`}>{STATUS_LABELS[review.status]}</span>
      {showText && <span className="version-text">{claim.text}</span>}
      <span className="version-detail">
        reporting {REPORTING_LABELS[review.reporting].toLowerCase()} · speaker {speaker}
        {review.reviewer !== undefined && ` · by ${review.reviewer}`}
      </span>
      {review.note !== undefined && review.note !== "" && <span className="version-note">{review.note}</span>}
      {review.evidence.length > 0 && <span className="version-detail">{review.evidence.length} evidence links</span>}
    </label>
  );
}
