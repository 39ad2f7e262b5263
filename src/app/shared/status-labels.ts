/** How the verification vocabulary (DESIGN.md) reads in the interface, and its number keys. */
import type { Reporting, Status } from "../../../claim-schemas/vocabulary.ts";

export const STATUS_LABELS: Record<Status, string> = {
  unreviewed: "Unreviewed",
  supported: "Supported",
  "partly-supported": "Partly supported",
  refuted: "Refuted",
  unsupported: "Unsupported",
  unverifiable: "Unverifiable",
};

/** Key 0..5 sets the status in this order (STATUSES order). */
export const STATUS_KEYS: Record<Status, string> = {
  unreviewed: "0",
  supported: "1",
  "partly-supported": "2",
  refuted: "3",
  unsupported: "4",
  unverifiable: "5",
};

export const REPORTING_LABELS: Record<Reporting, string> = {
  unchecked: "Unchecked",
  accurate: "Accurate",
  inaccurate: "Inaccurate",
};
