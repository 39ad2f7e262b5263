/** A claim set as JSON Lines: one compact Claim object per line, for line-oriented pipelines. */
import type { ClaimSet } from "../../../claim-schemas/claim-set.ts";

export function claimSetToJsonLines(claimSet: ClaimSet): string {
  return claimSet.claims.map((claim) => `${JSON.stringify(claim)}\n`).join("");
}
