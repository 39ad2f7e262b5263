/**
 * How far the reviewers of this workspace agree: a coefficient for status and for speaker
 * (Cohen's kappa for two reviewers, Fleiss' kappa or Krippendorff's alpha for more), how often
 * each reviewer gave each status, every pair's kappa, and the claims they disagree on, each a
 * link to the claim.
 */
import { STATUSES } from "../../../claim-schemas/vocabulary.ts";
import { describeKappa } from "../../core/agreement/agreement.ts";
import type { AgreementMeasure, DimensionAgreement } from "../../core/agreement/reviewer-agreement.ts";
import { countOf } from "../../db/writes/transact.ts";
import { STATUS_LABELS } from "../shared/status-labels.ts";
import { useUrlParams } from "../workspace/url-state.ts";
import { useAgreement } from "./use-agreement.ts";
import "./agreement.css";

const MEASURE_NAMES: Record<AgreementMeasure, string> = {
  cohen: "Cohen's kappa",
  fleiss: "Fleiss' kappa",
  krippendorff: "Krippendorff's alpha",
};

export function AgreementView() {
  const { report, texts } = useAgreement();
  const [, updateUrl] = useUrlParams();
  if (report === null) return <p className="agreement-empty">Measuring agreement…</p>;
  if (report.reviewers.length < 2) {
    return (
      <section className="agreement">
        <h1>Reviewer agreement</h1>
        <p className="agreement-empty">
          {report.reviewers.length === 0
            ? "No claim has a reviewer's verdict yet."
            : `Only ${report.reviewers[0]} has reviewed claims so far.`}{" "}
          Agreement is measured where two or more reviewers judged the same claims: export your claim set, have a
          colleague review the same articles, and import their export here (Import → Claim set or backup).
        </p>
      </section>
    );
  }
  return (
    <section className="agreement">
      <h1>Reviewer agreement</h1>
      <p className="agreement-lead">
        {report.reviewers.join(", ")} · {countOf(report.claimsJudgedByTwoOrMore, "claim")} judged by two reviewers or more
        {report.observedAgreement !== undefined && ` · all agree on ${percent(report.observedAgreement)} of them`}
      </p>
      <div className="agreement-cards">
        <Coefficient title="Status" agreement={report.status} />
        <Coefficient title="Speaker" agreement={report.speaker} />
      </div>

      <h2>Statuses given</h2>
      <table className="agreement-table">
        <thead>
          <tr>
            <th scope="col">Reviewer</th>
            {STATUSES.filter((status) => status !== "unreviewed").map((status) => (
              <th key={status} scope="col" className="number">
                {STATUS_LABELS[status]}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {report.reviewers.map((reviewer) => (
            <tr key={reviewer}>
              <th scope="row">{reviewer}</th>
              {STATUSES.filter((status) => status !== "unreviewed").map((status) => (
                <td key={status} className="number">
                  {report.statusCounts[reviewer]?.[status] ?? 0}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>

      <h2>Pairs</h2>
      <table className="agreement-table">
        <thead>
          <tr>
            <th scope="col">Reviewers</th>
            <th scope="col" className="number">
              Claims both judged
            </th>
            <th scope="col" className="number">
              Status κ
            </th>
            <th scope="col" className="number">
              Speaker κ
            </th>
          </tr>
        </thead>
        <tbody>
          {report.pairs.map((pair) => (
            <tr key={`${pair.a}\u0000${pair.b}`}>
              <th scope="row">
                {pair.a} · {pair.b}
              </th>
              <td className="number">{pair.items}</td>
              <td className="number">{kappa(pair.statusKappa)}</td>
              <td className="number">{kappa(pair.speakerKappa)}</td>
            </tr>
          ))}
        </tbody>
      </table>

      <h2>Disagreements ({report.disagreements.length.toLocaleString("en")})</h2>
      {report.disagreements.length === 0 ? (
        <p className="agreement-empty">They agree on every claim they both judged.</p>
      ) : (
        <ul className="disagreements">
          {report.disagreements.map((disagreement) => (
            <li key={disagreement.claimId}>
              <a
                href={`?view=claims&claim=${encodeURIComponent(disagreement.claimId)}`}
                onClick={(event) => {
                  event.preventDefault();
                  updateUrl({ view: "claims", claim: disagreement.claimId }, { push: true });
                }}
              >
                {texts.get(disagreement.claimId) ?? disagreement.claimId}
              </a>
              <span className="disagreement-on">differ on {disagreement.on.join(" and ")}</span>
              <ul className="verdicts">
                {disagreement.verdicts.map((verdict) => (
                  <li key={verdict.reviewer}>
                    <strong>{verdict.reviewer}</strong>{" "}
                    <span className={`status-pill status-${verdict.status}`}>{STATUS_LABELS[verdict.status]}</span>
                    {verdict.speaker !== undefined && <span className="verdict-speaker"> speaker: {verdict.speaker || "the article"}</span>}
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function Coefficient({ title, agreement }: { title: string; agreement: DimensionAgreement }) {
  const band = describeKappa(agreement.value);
  return (
    <div className="agreement-card">
      <h3>{title}</h3>
      <p className="agreement-value">{kappa(agreement.value)}</p>
      <p className="agreement-detail">
        {agreement.measure !== undefined ? MEASURE_NAMES[agreement.measure] : "No coefficient"}
        {band !== undefined && ` · ${band} agreement`} · {countOf(agreement.items, "claim")}
      </p>
      {agreement.reason !== undefined && <p className="agreement-reason">{agreement.reason}</p>}
    </div>
  );
}

function kappa(value: number | undefined): string {
  return value === undefined ? "—" : value.toFixed(2);
}

function percent(share: number): string {
  return `${Math.round(share * 100)}%`;
}
