/**
 * Clause links that fix how far apart two events are: in "X, a day after Y", Y happened one
 * day before X. The offset returned is what to add to X's date to get Y's.
 */
import { NUMBER_WORDS } from "./calendar-words.ts";

const COUNTED =
  /^(?:(a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,3})\s+(days?|weeks?)|the\s+(day|week))\s+(after|following|before|ahead\s+of|prior\s+to|earlier\s+than|later\s+than)$/;

// Hours or minutes apart round to the same calendar day; near midnight that is off by one, but
// far more often right than saying nothing.
const SAME_DAY =
  /^(?:(?:just|only|mere|barely|within)\s+)?(?:(?:(?:a\s+few|a\s+couple\s+of|several|some|two|three|\d{1,2})\s+)?(?:hours|minutes)|(?:an|one|a)\s+(?:hour|minute)|shortly|moments|soon|right|immediately)\s+(?:after|before|following|ahead\s+of|prior\s+to)$|^(?:on\s+)?the\s+same\s+day\s+(?:as|that)$/;

const EVE = /^(?:on\s+)?the\s+eve\s+of$/;

/**
 * +n / -n days from the clause before the link to the clause after it: "a day after" -> -1,
 * "two days after" -> -2, "the day before" -> +1, "a week after" -> -7, "the eve of" -> +1,
 * "hours after" -> 0 (same day). Undefined when the link gives no distance ("after",
 * "days after", "weeks before").
 */
export function dayOffsetOfConnective(phrase: string): number | undefined {
  const p = phrase.toLowerCase().replace(/[\s\u00a0]+/g, " ").replace(/^[\s,;—–-]+|[\s,;:]+$/g, "");
  if (SAME_DAY.test(p)) return 0;
  if (EVE.test(p)) return 1;
  const m = COUNTED.exec(p);
  if (m === null) return undefined;
  const count = m[1] === undefined ? 1 : (NUMBER_WORDS.get(m[1]) ?? Number(m[1]));
  const unit = m[2] ?? m[3]!;
  const days = count * (unit.startsWith("week") ? 7 : 1);
  const after = m[4] === "after" || m[4] === "following" || m[4] === "later than";
  return after ? -days : days;
}
