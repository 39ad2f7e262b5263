import type { Verdict } from "../../../claim-schemas/vocabulary.ts";

export const VERDICT_LABELS: Record<Verdict, string> = {
  consistent: "Consistent",
  conflicting: "Conflicting",
  "different-scope": "Different scope",
  unreviewed: "Not judged",
};
