import type { Claim } from "../../../claim-schemas/claim-set.ts";
import { KindBadge } from "./KindBadge.tsx";
import { formatScore, quantityValue } from "./format-claim-fields.ts";

/** One article's claims. All article text is rendered as text nodes, never as HTML. */
export function ClaimsTable({ claims, caption }: { claims: readonly Claim[]; caption: string }) {
  return (
    <div className="table-scroll">
      <table className="claims-table">
        <caption className="visually-hidden">{caption}</caption>
        <colgroup>
          <col className="col-index" />
          <col className="col-text" />
          <col className="col-kind" />
          <col className="col-quantities" />
          <col className="col-speaker" />
          <col className="col-date" />
          <col className="col-score" />
        </colgroup>
        <thead>
          <tr>
            <th scope="col" className="num">#</th>
            <th scope="col">Claim</th>
            <th scope="col">Kind</th>
            <th scope="col">Quantities</th>
            <th scope="col">Speaker</th>
            <th scope="col">Date</th>
            <th scope="col" className="num" title="Check-worthiness, 0 to 1">Worth</th>
          </tr>
        </thead>
        <tbody>
          {claims.map((claim, index) => (
            <ClaimRow key={claim.id} claim={claim} index={index + 1} />
          ))}
        </tbody>
      </table>
    </div>
  );
}

function ClaimRow({ claim, index }: { claim: Claim; index: number }) {
  const repeats = claim.occurrences.length;
  return (
    <tr className="claim-row" data-claim-id={claim.id}>
      <td className="num muted">{index}</td>
      <td className="claim-text">
        {claim.text}
        {repeats > 1 && <span className="repeat-note"> · appears {repeats}×</span>}
      </td>
      <td>
        <KindBadge kind={claim.kind} />
      </td>
      <td>
        {claim.quantities.length === 0 ? (
          <span className="none">—</span>
        ) : (
          <ul className="quantity-list">
            {claim.quantities.map((quantity) => (
              <li key={`${quantity.span.start}-${quantity.span.end}`}>
                <span className="quantity-raw">{quantity.raw}</span>
                <span className="quantity-norm">
                  <span className="arrow">{"→ "}</span>
                  <span className="quantity-value">{quantityValue(quantity)}</span>
                  <span className="sep"> / </span>
                  <span className="quantity-part">{quantity.qualifier}</span>
                  {quantity.counted !== undefined && (
                    <>
                      <span className="sep"> / </span>
                      <span className="quantity-part">{quantity.counted}</span>
                    </>
                  )}
                </span>
              </li>
            ))}
          </ul>
        )}
      </td>
      <td>
        {claim.attribution === null ? (
          <span className="none" title="The article asserts it in its own voice">article</span>
        ) : (
          <>
            <span className="speaker">{claim.attribution.entity ?? claim.attribution.source}</span>
            <span className="speaker-cue">
              {[claim.attribution.cue, claim.attribution.mode].filter((part) => part !== undefined).join(" · ")}
            </span>
            {claim.attribution.framing !== undefined && (
              <span className="speaker-framing" title="How the article itself frames this claim">
                {claim.attribution.framing}
              </span>
            )}
          </>
        )}
      </td>
      <td className="nowrap">{claim.date ?? <span className="none">—</span>}</td>
      <td className="num">
        <span className="score" title={`Check-worthiness ${formatScore(claim.checkworthiness)}`}>
          <span className="score-bar" aria-hidden="true">
            <span className="score-fill" style={{ width: `${Math.round(claim.checkworthiness * 100)}%` }} />
          </span>
          {formatScore(claim.checkworthiness)}
        </span>
      </td>
    </tr>
  );
}
