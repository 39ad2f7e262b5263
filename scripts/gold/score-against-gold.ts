/**
 * Scores the extractor against a reference annotation (tests/fixtures/seeds.gold.json, format
 * "claim-gold/1"): precision and recall for claims, quantities, attribution, dates,
 * boilerplate and repeated sentences. Used by `npm run eval` and by the quality test.
 *
 * Matching: a gold claim is found by its anchor (an exact substring of the article text); an
 * extracted claim matches when one of its occurrences overlaps the anchor. Pairs are matched
 * one to one, best overlap (intersection over union) first.
 */
import { z } from "zod";
import type { Claim } from "../../claim-schemas/claim-set.ts";
import { extractArticle, type ExtractedArticle } from "../../src/core/extract/extract-claim-set.ts";
import { spansOverlap, type Span } from "../../src/core/text/span.ts";

const GoldQuantity = z.object({
  value: z.number().optional(),
  low: z.number().optional(),
  high: z.number().optional(),
  qualifier: z.string(),
  counted: z.string().optional(),
  unit: z.string().optional(),
  ordinal: z.boolean().optional(),
});

const GoldClaim = z.object({
  id: z.string(),
  anchor: z.string(),
  kind: z.string(),
  quantities: z.array(GoldQuantity).optional(),
  attribution: z.array(z.string()).nullable(),
  cue: z.string().optional(),
  framing: z.string().optional(),
  date: z.string().optional(),
  occurrences: z.number().optional(),
});

export const GoldFile = z.object({
  format: z.literal("claim-gold/1"),
  articles: z.array(
    z.object({
      file: z.string(),
      date: z.string().optional(),
      claims: z.array(GoldClaim),
      nonClaims: z.array(z.string()).default([]),
      duplicates: z.array(z.object({ text: z.string(), occurrences: z.number() })).default([]),
    }),
  ),
});
export type GoldFile = z.infer<typeof GoldFile>;
type GoldClaim = z.infer<typeof GoldClaim>;

export interface Tally {
  tp: number;
  fp: number;
  fn: number;
}

export interface Score extends Tally {
  precision: number;
  recall: number;
}

export interface GoldReport {
  claims: Score;
  quantities: Score;
  attribution: Score;
  dates: Score;
  boilerplate: Score;
  duplicates: Score;
  /** Share of matched claims whose kind agrees with the gold. */
  kindAccuracy: number;
  /** Share of matched gold quantities whose counted noun agrees. */
  countedAccuracy: number;
  /** Claims given a date where the gold gives none: shown, not scored. */
  datesGoldLeavesOpen: number;
  misses: string[];
}

const tally = (): Tally => ({ tp: 0, fp: 0, fn: 0 });

function score(t: Tally): Score {
  return {
    ...t,
    precision: t.tp + t.fp === 0 ? 1 : t.tp / (t.tp + t.fp),
    recall: t.tp + t.fn === 0 ? 1 : t.tp / (t.tp + t.fn),
  };
}

function iou(a: Span, b: Span): number {
  const inter = Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
  const union = Math.max(a.end, b.end) - Math.min(a.start, b.start);
  return union === 0 ? 0 : inter / union;
}

function allIndexes(text: string, needle: string): number[] {
  const found: number[] = [];
  for (let at = text.indexOf(needle); at !== -1; at = text.indexOf(needle, at + 1)) found.push(at);
  return found;
}

/** Extracts each gold article from its raw file text, then scores. */
export function scoreAgainstGold(gold: GoldFile, readArticle: (file: string) => string): GoldReport {
  const extracted = gold.articles.map((article) =>
    extractArticle({ raw: readArticle(article.file), fileName: article.file }),
  );
  return scoreExtraction(gold, extracted);
}

export function scoreExtraction(gold: GoldFile, extracted: readonly ExtractedArticle[]): GoldReport {
  const claims = tally();
  const quantities = tally();
  const attribution = tally();
  const dates = tally();
  const boilerplate = tally();
  const duplicates = tally();
  let kindsRight = 0;
  let matchedCount = 0;
  let countedRight = 0;
  let countedTotal = 0;
  let datesGoldLeavesOpen = 0;
  const misses: string[] = [];

  gold.articles.forEach((goldArticle, index) => {
    const { article, claims: found } = extracted[index]!;
    const text = article.text;
    const anchors = goldArticle.claims.map((claim) => {
      const at = text.indexOf(claim.anchor);
      if (at === -1) throw new Error(`gold anchor not in ${goldArticle.file}: ${claim.anchor}`);
      return { claim, span: { start: at, end: at + claim.anchor.length } };
    });

    // One-to-one matching, best overlap first.
    const pairs: { g: number; c: number; overlap: number }[] = [];
    anchors.forEach((anchor, g) =>
      found.forEach((claim, c) => {
        const overlap = Math.max(...claim.occurrences.map((occurrence) => iou(occurrence, anchor.span)));
        if (overlap > 0) pairs.push({ g, c, overlap });
      }),
    );
    pairs.sort((a, b) => b.overlap - a.overlap);
    const goldTaken = new Map<number, number>();
    const claimTaken = new Set<number>();
    for (const pair of pairs) {
      if (goldTaken.has(pair.g) || claimTaken.has(pair.c)) continue;
      goldTaken.set(pair.g, pair.c);
      claimTaken.add(pair.c);
    }
    claims.tp += goldTaken.size;
    claims.fn += anchors.length - goldTaken.size;
    claims.fp += found.length - claimTaken.size;

    anchors.forEach(({ claim: goldClaim }, g) => {
      const c = goldTaken.get(g);
      if (c === undefined) {
        misses.push(`${goldClaim.id} claim not found: "${goldClaim.anchor}"`);
        quantities.fn += goldClaim.quantities?.length ?? 0;
        if (goldClaim.attribution) attribution.fn++;
        if (goldClaim.date) dates.fn++;
        return;
      }
      const claim = found[c]!;
      matchedCount++;
      if (claim.kind === goldClaim.kind) kindsRight++;
      else misses.push(`${goldClaim.id} kind ${claim.kind}, gold ${goldClaim.kind}: "${claim.text}"`);
      scoreQuantities(goldClaim, claim, quantities, misses, (right) => {
        countedTotal++;
        if (right) countedRight++;
      });
      scoreAttribution(goldClaim, claim, attribution, misses);
      if (goldClaim.date) {
        if (claim.date === goldClaim.date) dates.tp++;
        else {
          dates.fn++;
          if (claim.date) dates.fp++;
          misses.push(`${goldClaim.id} date ${claim.date ?? "none"}, gold ${goldClaim.date}: "${claim.text}"`);
        }
      } else if (claim.date) datesGoldLeavesOpen++;
    });

    // Boilerplate: every occurrence of a non-claim must be marked and left out of claims.
    const marked = article.boilerplate ?? [];
    for (const nonClaim of goldArticle.nonClaims) {
      for (const at of allIndexes(text, nonClaim)) {
        const span = { start: at, end: at + nonClaim.length };
        const covered = coveredLength(span, marked) >= 0.9 * nonClaim.length;
        const inClaim = found.some((claim) => claim.occurrences.some((occurrence) => spansOverlap(occurrence, span)));
        if (covered && !inClaim) boilerplate.tp++;
        else {
          boilerplate.fn++;
          misses.push(`boilerplate not excluded: "${nonClaim}"`);
        }
      }
    }
    for (const part of marked) {
      if (anchors.some((anchor) => spansOverlap(anchor.span, part))) {
        boilerplate.fp++;
        misses.push(`marked as boilerplate but a claim: "${text.slice(part.start, part.end)}"`);
      }
    }

    // Repeats: the claim at a repeated sentence carries every occurrence, and repeats are real.
    const repeatedSpans = goldArticle.duplicates.flatMap((duplicate) =>
      allIndexes(text, duplicate.text).map((at) => ({ start: at, end: at + duplicate.text.length })),
    );
    for (const duplicate of goldArticle.duplicates) {
      const at = text.indexOf(duplicate.text);
      const first = { start: at, end: at + duplicate.text.length };
      const claim = found.find((candidate) => candidate.occurrences.some((occurrence) => spansOverlap(occurrence, first)));
      if (claim && claim.occurrences.length === duplicate.occurrences) duplicates.tp++;
      else {
        duplicates.fn++;
        misses.push(`repeat of "${duplicate.text.slice(0, 50)}…" has ${claim?.occurrences.length ?? 0} occurrences, gold ${duplicate.occurrences}`);
      }
    }
    for (const claim of found) {
      if (claim.occurrences.length < 2) continue;
      const real = claim.occurrences.every((occurrence) => repeatedSpans.some((span) => spansOverlap(span, occurrence)));
      if (!real) {
        duplicates.fp++;
        misses.push(`claim merged as a repeat but not one in the gold: "${claim.text}"`);
      }
    }
  });

  return {
    claims: score(claims),
    quantities: score(quantities),
    attribution: score(attribution),
    dates: score(dates),
    boilerplate: score(boilerplate),
    duplicates: score(duplicates),
    kindAccuracy: matchedCount === 0 ? 0 : kindsRight / matchedCount,
    countedAccuracy: countedTotal === 0 ? 0 : countedRight / countedTotal,
    datesGoldLeavesOpen,
    misses,
  };
}

function coveredLength(span: Span, parts: readonly Span[]): number {
  let covered = 0;
  for (const part of parts) covered += Math.max(0, Math.min(span.end, part.end) - Math.max(span.start, part.start));
  return covered;
}

function scoreQuantities(
  goldClaim: GoldClaim,
  claim: Claim,
  t: Tally,
  misses: string[],
  counted: (right: boolean) => void,
): void {
  const unused = [...claim.quantities];
  for (const goldQuantity of goldClaim.quantities ?? []) {
    const at = unused.findIndex(
      (quantity) =>
        quantity.qualifier === goldQuantity.qualifier &&
        (goldQuantity.value === undefined || quantity.value === goldQuantity.value) &&
        (goldQuantity.low === undefined || quantity.low === goldQuantity.low) &&
        (goldQuantity.high === undefined || quantity.high === goldQuantity.high),
    );
    if (at === -1) {
      t.fn++;
      misses.push(
        `${goldClaim.id} quantity missed: ${JSON.stringify(goldQuantity)} in [${claim.quantities.map((q) => `${q.raw}:${q.qualifier}:${q.value ?? `${q.low}-${q.high}`}`).join(", ")}]`,
      );
      continue;
    }
    t.tp++;
    const quantity = unused.splice(at, 1)[0]!;
    const right = goldQuantity.counted === undefined || quantity.counted === goldQuantity.counted;
    counted(right);
    if (!right) misses.push(`${goldClaim.id} counted "${quantity.counted ?? ""}", gold "${goldQuantity.counted}"`);
  }
  t.fp += unused.length;
  for (const extra of unused) misses.push(`${goldClaim.id} extra quantity "${extra.raw}" in "${claim.text}"`);
}

function scoreAttribution(goldClaim: GoldClaim, claim: Claim, t: Tally, misses: string[]): void {
  const found = claim.attribution;
  if (!goldClaim.attribution) {
    if (found) {
      t.fp++;
      misses.push(`${goldClaim.id} attributed to "${found.source}" (${found.cue}), gold: the article's own voice`);
    }
    return;
  }
  if (!found) {
    t.fn++;
    misses.push(`${goldClaim.id} no speaker, gold ${goldClaim.attribution.join(" / ")}: "${claim.text}"`);
    return;
  }
  const said = `${found.source} | ${found.entity ?? ""}`.toLowerCase();
  if (goldClaim.attribution.some((alias) => said.includes(alias.toLowerCase()))) t.tp++;
  else {
    t.fp++;
    t.fn++;
    misses.push(`${goldClaim.id} speaker "${found.source}" (${found.entity ?? "-"}), gold ${goldClaim.attribution.join(" / ")}`);
  }
}
