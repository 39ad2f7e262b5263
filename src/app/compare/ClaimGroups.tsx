/** In the claim panel: the comparison groups this claim's figures are in, each a link to the group. */
import { useComparisons } from "./ComparisonsProvider.tsx";
import { VERDICT_LABELS } from "./verdict-labels.ts";
import { useUrlParams } from "../workspace/url-state.ts";

export function ClaimGroups({ claimId, hasFigures }: { claimId: string; hasFigures: boolean }) {
  const { byClaim, groups } = useComparisons(hasFigures);
  const [, updateUrl] = useUrlParams();
  if (!hasFigures) return null;
  const mine = byClaim.get(claimId) ?? [];
  return (
    <div className="claim-groups">
      <h3 className="panel-heading">Compared with</h3>
      {mine.length === 0 ? (
        <p className="panel-empty">{groups === null ? "Looking for other figures of the same thing…" : "No other source gives a figure for the same thing."}</p>
      ) : (
        <ul>
          {mine.map((group) => (
            <li key={group.id}>
              <a
                href={`?view=compare&group=${encodeURIComponent(group.id)}`}
                onClick={(event) => {
                  event.preventDefault();
                  updateUrl({ view: "compare", group: group.id, claim: null }, { push: true });
                }}
              >
                {group.about}
              </a>{" "}
              <span className={`verdict-pill verdict-${group.verdict}`}>{VERDICT_LABELS[group.verdict]}</span>{" "}
              <span className="group-state">{group.state === "confirmed" ? "kept" : "proposed"}</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
