/**
 * How far the reviewers of a workspace agree, from every reviewer's own verdict on each claim
 * (Claim.reviews). Two questions are measured apart: the status each gave, and the speaker
 * each settled on. The report says which coefficient it used and over how many claims, the
 * Cohen's kappa of every pair of reviewers, and every claim on which they differ.
 *
 * What counts as a judgement: an entry of claim.reviews with a reviewer (trimmed, not empty)
 * and a status other than "unreviewed"; for the speaker, such an entry that also names a
 * speaker ("" names the article's own voice). claim.review (the verdict the workspace adopted) is not a reviewer's own and is
 * not read. The schema allows one entry per reviewer; should a claim hold more, the last wins.
 * Speakers are compared after trimming, collapsing white space and ignoring case.
 */
import type { Claim } from "../../../claim-schemas/claim-set.ts";
import { STATUSES, type Status } from "../../../claim-schemas/vocabulary.ts";
import { cohensKappa, fleissKappa, krippendorffsAlpha } from "./agreement.ts";

export type AgreementMeasure = "cohen" | "fleiss" | "krippendorff";
export type AgreementDimension = "status" | "speaker";

export interface DimensionAgreement {
  /**
   * Cohen's kappa when exactly two reviewers judged this dimension; Fleiss' kappa when three
   * or more did and every claim they compared was judged by the same reviewers; Krippendorff's
   * alpha otherwise. Undefined when fewer than two reviewers judged it.
   */
  measure: AgreementMeasure | undefined;
  /** The coefficient; undefined when there is nothing to compare (see reason). */
  value: number | undefined;
  /** Claims the value was computed over: those judged by two reviewers or more. */
  items: number;
  /** Share of those claims on which every reviewer who judged them agrees; undefined for none. */
  observedAgreement: number | undefined;
  /** Why value is undefined, or what to bear in mind reading it. */
  reason?: string;
}

export interface PairAgreement {
  a: string;
  b: string;
  /** Cohen's kappa of the two reviewers' statuses on the claims both judged. */
  statusKappa: number | undefined;
  /** Cohen's kappa of their speakers on the claims where both named one. */
  speakerKappa: number | undefined;
  /** Claims both judged. */
  items: number;
  /** Claims where both named a speaker. */
  speakerItems: number;
}

export interface ReviewerVerdict {
  reviewer: string;
  status: Status;
  /** The speaker as the reviewer wrote it (trimmed), when they named one. */
  speaker?: string;
}

export interface Disagreement {
  claimId: string;
  /** Every reviewer's judgement on the claim, by reviewer name. */
  verdicts: ReviewerVerdict[];
  on: AgreementDimension[];
}

export interface AgreementReport {
  /** Everyone with at least one judgement, sorted. */
  reviewers: string[];
  /** Claims with a status from two reviewers or more. */
  claimsJudgedByTwoOrMore: number;
  /** How often each reviewer gave each status ("unreviewed" is always 0: those are not judgements). */
  statusCounts: Record<string, Record<Status, number>>;
  status: DimensionAgreement;
  speaker: DimensionAgreement;
  /** Every pair of reviewers, a before b in sorted order. */
  pairs: PairAgreement[];
  /** Share of the claims judged by two or more on which they agree on both status and speaker. */
  observedAgreement: number | undefined;
  /** Every claim on which reviewers differ, in the order of the claims given. */
  disagreements: Disagreement[];
}

/** One claim's judgements, each as a map from reviewer to category. */
interface ClaimJudgements {
  claimId: string;
  verdicts: ReviewerVerdict[];
  status: Map<string, string>;
  speaker: Map<string, string>;
}

export function measureAgreement(claims: readonly Claim[]): AgreementReport {
  const judged = claims.map(judgementsOf);
  const reviewers = sortedNames(judged.flatMap((claim) => [...claim.status.keys()]));
  const speakerReviewers = sortedNames(judged.flatMap((claim) => [...claim.speaker.keys()]));

  const statusCounts: Record<string, Record<Status, number>> = {};
  for (const reviewer of reviewers) statusCounts[reviewer] = Object.fromEntries(STATUSES.map((status) => [status, 0])) as Record<Status, number>;
  for (const claim of judged) for (const { reviewer, status } of claim.verdicts) statusCounts[reviewer]![status] += 1;

  const disagreements: Disagreement[] = [];
  for (const claim of judged) {
    const on = (["status", "speaker"] as const).filter((dimension) => claim[dimension].size >= 2 && !allSame(claim[dimension]));
    if (on.length > 0) disagreements.push({ claimId: claim.claimId, verdicts: claim.verdicts, on });
  }
  const claimsJudgedByTwoOrMore = judged.filter((claim) => claim.status.size >= 2).length;

  return {
    reviewers,
    claimsJudgedByTwoOrMore,
    statusCounts,
    status: measureDimension(
      judged.map((claim) => claim.status),
      reviewers,
      { none: "No reviewer has judged a claim yet.", verb: "judged claims" },
    ),
    speaker: measureDimension(
      judged.map((claim) => claim.speaker),
      speakerReviewers,
      { none: "No reviewer has named a speaker yet.", verb: "named speakers" },
    ),
    pairs: reviewers.flatMap((a, i) => reviewers.slice(i + 1).map((b) => comparePair(judged, a, b))),
    observedAgreement: claimsJudgedByTwoOrMore === 0 ? undefined : (claimsJudgedByTwoOrMore - disagreements.length) / claimsJudgedByTwoOrMore,
    disagreements,
  };
}

function judgementsOf(claim: Claim): ClaimJudgements {
  const byReviewer = new Map<string, ReviewerVerdict>();
  for (const review of claim.reviews ?? []) {
    const reviewer = review.reviewer?.trim();
    if (!reviewer || review.status === "unreviewed") continue;
    // "" is a judgement too: the reviewer found the article says it in its own voice.
    const speaker = review.speaker?.trim();
    byReviewer.set(reviewer, speaker !== undefined ? { reviewer, status: review.status, speaker } : { reviewer, status: review.status });
  }
  const verdicts = [...byReviewer.values()].sort((x, y) => compareNames(x.reviewer, y.reviewer));
  return {
    claimId: claim.id,
    verdicts,
    status: new Map(verdicts.map(({ reviewer, status }) => [reviewer, status])),
    speaker: new Map(verdicts.flatMap(({ reviewer, speaker }) => (speaker === undefined ? [] : [[reviewer, speakerKey(speaker)]]))),
  };
}

/** The form in which two speakers are compared: "Interior  Ministry " and "interior ministry" are one. */
function speakerKey(speaker: string): string {
  return speaker.replace(/\s+/g, " ").trim().toLowerCase();
}

function measureDimension(
  ratings: ReadonlyArray<ReadonlyMap<string, string>>,
  reviewers: readonly string[],
  words: { none: string; verb: string },
): DimensionAgreement {
  if (reviewers.length === 0) return { measure: undefined, value: undefined, items: 0, observedAgreement: undefined, reason: words.none };
  if (reviewers.length === 1) {
    const reason = `Only ${reviewers[0]} has ${words.verb}; agreement needs two reviewers or more.`;
    return { measure: undefined, value: undefined, items: 0, observedAgreement: undefined, reason };
  }
  const items = ratings.filter((item) => item.size >= 2);
  const observedAgreement = items.length === 0 ? undefined : items.filter(allSame).length / items.length;
  const sameRaters = items.every((item) => sameKeys(item, items[0]!));
  const measure: AgreementMeasure = reviewers.length === 2 ? "cohen" : sameRaters && items.length > 0 ? "fleiss" : "krippendorff";
  if (items.length === 0) {
    return { measure, value: undefined, items: 0, observedAgreement, reason: "No claim has been judged by two reviewers or more." };
  }
  const value =
    measure === "cohen"
      ? cohensKappa(items.map((item) => [item.get(reviewers[0]!)!, item.get(reviewers[1]!)!]))
      : measure === "fleiss"
        ? fleissKappa(items.map((item) => [...item.values()])).value
        : krippendorffsAlpha(items.map((item) => [...item.values()])).value;
  const categories = new Set(items.flatMap((item) => [...item.values()]));
  const result: DimensionAgreement = { measure, value, items: items.length, observedAgreement };
  if (categories.size === 1) {
    result.reason = "Every judgement compared was the same, so there was no chance to disagree: 1 says only that they never did.";
  }
  return result;
}

function comparePair(judged: readonly ClaimJudgements[], a: string, b: string): PairAgreement {
  const pairsOf = (dimension: AgreementDimension): [string, string][] =>
    judged.flatMap((claim) => {
      const first = claim[dimension].get(a);
      const second = claim[dimension].get(b);
      return first === undefined || second === undefined ? [] : [[first, second] as [string, string]];
    });
  const status = pairsOf("status");
  const speaker = pairsOf("speaker");
  return { a, b, statusKappa: cohensKappa(status), speakerKappa: cohensKappa(speaker), items: status.length, speakerItems: speaker.length };
}

function allSame(item: ReadonlyMap<string, string>): boolean {
  return new Set(item.values()).size <= 1;
}

function sameKeys(x: ReadonlyMap<string, string>, y: ReadonlyMap<string, string>): boolean {
  return x.size === y.size && [...x.keys()].every((key) => y.has(key));
}

/** Names in code-unit order, so the order is the same in every locale. */
function compareNames(x: string, y: string): number {
  return x < y ? -1 : x > y ? 1 : 0;
}

function sortedNames(names: Iterable<string>): string[] {
  return [...new Set(names)].sort(compareNames);
}
