/**
 * The tense of a clause, as far as dates need it: whether a bare weekday ("Saturday") points
 * back (past) or forward (future, and the present progressive of arrangements: "is meeting
 * Putin on Monday"). A handful of word patterns, not a parser.
 */

export type Tense = "past" | "present" | "future";

interface Marker {
  tense: Tense;
  start: number;
  end: number;
}

const FUTURE =
  /\b(?:will|won['’]t|shall|(?:is|are|am)\s+(?:(?:set|due|scheduled|expected|slated|poised|going|planning|likely|about)\s+)?to|(?:is|are)\s+(?:set|due|scheduled|slated)\s+(?:for|on)|plans?\s+to|intends?\s+to|aims?\s+to)\b|['’]ll\b/gi;

// "are accused", "be detained": a participle after a present or future "be" is not the past.
const IRREGULAR_PAST =
  "said|told|met|began|begun|held|took|taken|made|gave|given|went|gone|came|saw|seen|left|won|lost|fled|led|fell|fallen|rose|risen|sent|spent|kept|brought|bought|thought|found|stood|ran|struck|broke|broken|spoke|spoken|wrote|written|knew|known|became|drew|grew|threw|flew|shot|fought|caught|taught|sought|felt|heard|paid|laid|sold|built|meant|dealt|wore|swore|chose|chosen|froze|stole|drove|driven|forgot|got|hid|did|done|had|was|were|been|shown|arose|fed|sped|swept|slept|wept|lent|bent";
const PAST = new RegExp(
  String.raw`\b(?:${IRREGULAR_PAST})\b|(?<!\b(?:is|are|am|be|being)\s+)\b(?!hundred\b|sacred\b|naked\b|wicked\b|kindred\b|shed\b|shred\b)[a-z]+[a-df-z]ed\b`,
  "gi",
);

// Present progressive; "is going to" and "is planning to" are futures, found above.
const PROGRESSIVE = /\b(?:is|are|am)\s+(?:[a-z]+ly\s+)?[a-z]{2,}ing\b(?!\s+to\b)/gi;

function collect(pattern: RegExp, tense: Tense, clause: string, into: Marker[]): void {
  pattern.lastIndex = 0;
  for (let m = pattern.exec(clause); m !== null; m = pattern.exec(clause)) {
    into.push({ tense, start: m.index, end: m.index + m[0].length });
  }
}

function distance(marker: Marker, near: number): number {
  if (marker.end <= near) return near - marker.end;
  if (marker.start >= near) return marker.start - near + 0.5; // ties go to the verb before the date
  return 0;
}

/**
 * "will", "is to", "is set/due/scheduled/expected/going to", "plans to" -> future; past-tense
 * and perfect verbs ("met", "were detained", "have taken") -> past; otherwise present.
 *
 * `near` is the offset in the clause of the date being resolved: the marker nearest to it
 * decides, so in "the ministry said 39 will remain in custody until Monday" the date follows
 * "will". Without it a future marker anywhere wins, then a past one: a clause that mentions
 * the future at all is usually about it.
 */
export function detectTense(clause: string, near?: number): Tense {
  const markers: Marker[] = [];
  collect(FUTURE, "future", clause, markers);
  collect(PAST, "past", clause, markers);
  collect(PROGRESSIVE, "present", clause, markers);
  if (markers.length === 0) return "present";
  if (near === undefined) {
    if (markers.some((m) => m.tense === "future")) return "future";
    if (markers.some((m) => m.tense === "past")) return "past";
    return "present";
  }
  let best = markers[0]!;
  for (const marker of markers) {
    if (distance(marker, near) < distance(best, near)) best = marker;
  }
  return best.tense;
}
