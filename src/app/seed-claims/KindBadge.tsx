import type { Claim } from "../../../claim-schemas/claim-set.ts";

export function KindBadge({ kind }: { kind: Claim["kind"] }) {
  return <span className={`kind-badge kind-${kind}`}>{kind}</span>;
}
