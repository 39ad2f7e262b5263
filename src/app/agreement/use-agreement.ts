/**
 * The agreement report of the workspace, measured over every claim that carries a verdict.
 * Read from the database (the table's rows do not hold other reviewers' verdicts) when the view
 * opens and again, a moment later, whenever claims change.
 */
import { useEffect, useState } from "react";
import type { Claim } from "../../../claim-schemas/claim-set.ts";
import { measureAgreement, type AgreementReport } from "../../core/agreement/reviewer-agreement.ts";
import { verdictsOf } from "../../core/review/verdicts.ts";
import { useClaimRows } from "../workspace/use-claim-rows.ts";
import { useWorkspace } from "../workspace/use-workspace.ts";

export interface AgreementState {
  report: AgreementReport | null;
  /** Claim texts by id, for the disagreements list. */
  texts: ReadonlyMap<string, string>;
}

const SETTLE_MS = 300;

export function useAgreement(): AgreementState {
  const { db } = useWorkspace();
  const { rows } = useClaimRows();
  const [state, setState] = useState<AgreementState>({ report: null, texts: new Map() });
  useEffect(() => {
    let cancelled = false;
    const timer = window.setTimeout(() => {
      void (async () => {
        const judged: Claim[] = [];
        await db.claims.each((claim) => {
          const reviews = verdictsOf(claim);
          if (reviews.length > 0) judged.push({ ...claim, reviews });
        });
        if (cancelled) return;
        setState({ report: measureAgreement(judged), texts: new Map(judged.map((claim) => [claim.id, claim.text])) });
      })();
    }, SETTLE_MS);
    return () => {
      cancelled = true;
      window.clearTimeout(timer);
    };
  }, [db, rows]);
  return state;
}
