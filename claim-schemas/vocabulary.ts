/**
 * The fixed vocabularies of the claim-set contract (DESIGN.md, "Verification vocabulary"
 * and "Claim-set contract"). Other tools read these strings: never rename one.
 */

export const CLAIM_KINDS = ["quantity", "quote", "event", "caption", "other"] as const;
export type ClaimKind = (typeof CLAIM_KINDS)[number];

export const QUALIFIERS = [
  "exact",
  "approximately",
  "more-than",
  "at-least",
  "fewer-than",
  "at-most",
  "range",
  "vague",
] as const;
export type Qualifier = (typeof QUALIFIERS)[number];

export const ATTRIBUTION_MODES = ["direct", "reported"] as const;
export type AttributionMode = (typeof ATTRIBUTION_MODES)[number];

/** Is the claim true? Kept apart from `reporting`: a figure can be reported accurately and still be false. */
export const STATUSES = [
  "unreviewed",
  "supported",
  "partly-supported",
  "refuted",
  "unsupported",
  "unverifiable",
] as const;
export type Status = (typeof STATUSES)[number];

/** How each status reads to a person: in the interface, in CSV and ClaimReview exports. */
export const STATUS_LABELS: Readonly<Record<Status, string>> = {
  unreviewed: "Unreviewed",
  supported: "Supported",
  "partly-supported": "Partly supported",
  refuted: "Refuted",
  unsupported: "Unsupported",
  unverifiable: "Unverifiable",
};

/** Does the article render its source faithfully? */
export const REPORTING = ["unchecked", "accurate", "inaccurate"] as const;
export type Reporting = (typeof REPORTING)[number];

export const REPORTING_LABELS: Readonly<Record<Reporting, string>> = {
  unchecked: "Unchecked",
  accurate: "Accurate",
  inaccurate: "Inaccurate",
};

export const VERDICTS = ["consistent", "conflicting", "different-scope", "unreviewed"] as const;
export type Verdict = (typeof VERDICTS)[number];

export const CLAIM_SET_FORMAT = "claimbench.claim-set";
export const CLAIM_SET_VERSION = 1;
