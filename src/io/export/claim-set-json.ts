/**
 * The claim set as JSON: the lossless export, what the workbench and the command line read
 * back. Checked against the ClaimSet schema before it is written, so neither ever hands out a
 * file that other tools (or claimbench itself) would reject; fields this version does not
 * know pass through, as the schema's loose objects keep them.
 */
import { ClaimSet } from "../../../claim-schemas/claim-set.ts";

/** Pretty-printed (two-space indent) with a final line break. Throws a ZodError for an invalid set. */
export function claimSetToJson(claimSet: ClaimSet): string {
  return `${JSON.stringify(ClaimSet.parse(claimSet), null, 2)}\n`;
}
