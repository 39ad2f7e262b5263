/**
 * Every reviewer's own verdict on a claim. A claim carries the verdict the workspace adopted
 * (`review`) and, once colleagues' work has been merged, theirs (`reviews`, one per reviewer).
 * The adopted verdict is also its reviewer's own, so it takes that reviewer's place in the list.
 */
import type { Claim, Review } from "../../../claim-schemas/claim-set.ts";

/** A verdict counts when someone gave it: it names a reviewer and the claim was reviewed. */
export function isVerdict(review: Review): boolean {
  return review.reviewer !== undefined && review.reviewer.trim() !== "" && review.status !== "unreviewed";
}

/** The speaker a verdict settled on: the one it recorded, or the claim's own for the adopted review. */
function withSpeaker(review: Review, claim: Pick<Claim, "attribution">): Review {
  if (review.speaker !== undefined) return review;
  const speaker = claim.attribution ? (claim.attribution.entity ?? claim.attribution.source) : "";
  return { ...review, speaker };
}

/** The later of two verdicts by the same reviewer (no time counts as earliest). */
function later(a: Review, b: Review): Review {
  return (b.reviewedAt ?? "") > (a.reviewedAt ?? "") ? b : a;
}

/**
 * Each reviewer's latest verdict, sorted by reviewer: the recorded `reviews` with the adopted
 * `review` in its reviewer's place. Idempotent: verdictsOf({...claim, reviews: verdictsOf(claim)})
 * equals verdictsOf(claim).
 */
export function verdictsOf(claim: Pick<Claim, "review" | "reviews" | "attribution">): Review[] {
  const byReviewer = new Map<string, Review>();
  for (const review of claim.reviews ?? []) {
    if (!isVerdict(review)) continue;
    const known = byReviewer.get(review.reviewer!);
    byReviewer.set(review.reviewer!, known ? later(known, review) : review);
  }
  if (isVerdict(claim.review)) byReviewer.set(claim.review.reviewer!, withSpeaker(claim.review, claim));
  return [...byReviewer.values()].sort((a, b) => (a.reviewer! < b.reviewer! ? -1 : a.reviewer! > b.reviewer! ? 1 : 0));
}

/** The verdicts of two sets merged: per reviewer the later one. */
export function mergeVerdicts(a: readonly Review[], b: readonly Review[]): Review[] {
  return verdictsOf({ review: { status: "unreviewed", reporting: "unchecked", evidence: [] }, reviews: [...a, ...b], attribution: null });
}

/** What two verdicts disagree on, in the terms the merge preview shows. */
export type VerdictField = "status" | "reporting" | "speaker";

export function verdictDifferences(a: Review, b: Review): VerdictField[] {
  const fields: VerdictField[] = [];
  if (a.status !== b.status) fields.push("status");
  if (a.reporting !== b.reporting) fields.push("reporting");
  const speaker = (review: Review) => (review.speaker ?? "").trim().toLowerCase();
  if (a.speaker !== undefined && b.speaker !== undefined && speaker(a) !== speaker(b)) fields.push("speaker");
  return fields;
}
