/**
 * How the verification vocabulary (DESIGN.md) reads in the interface, and its number keys.
 * The labels live with the vocabulary, because the exports use them too.
 */
import type { Status } from "../../../claim-schemas/vocabulary.ts";

export { REPORTING_LABELS, STATUS_LABELS } from "../../../claim-schemas/vocabulary.ts";

/** Key 0..5 sets the status in this order (STATUSES order). */
export const STATUS_KEYS: Record<Status, string> = {
  unreviewed: "0",
  supported: "1",
  "partly-supported": "2",
  refuted: "3",
  unsupported: "4",
  unverifiable: "5",
};
