/** Vocabulary words as the history labels print them. */
import type { Reporting, Status } from "../../../claim-schemas/vocabulary.ts";

export const STATUS_NAMES: Record<Status, string> = {
  unreviewed: "unreviewed",
  supported: "supported",
  "partly-supported": "partly supported",
  refuted: "refuted",
  unsupported: "unsupported",
  unverifiable: "unverifiable",
};

export const REPORTING_NAMES: Record<Reporting, string> = {
  unchecked: "unchecked",
  accurate: "accurate",
  inaccurate: "inaccurate",
};
