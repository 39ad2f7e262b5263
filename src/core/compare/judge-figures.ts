/**
 * A group's verdict from its figures:
 *   conflicting      figures that can be compared (same scale, same day or period or one of
 *                    them undated, compatible places) allow no common value — or a part (a
 *                    city) is larger than its whole (the country) can be;
 *   different-scope  no comparable figures conflict, but some are about different days, a day
 *                    against a period, or different places: not the same figure;
 *   consistent       every comparable pair agrees.
 * Intervals on a line that meet pairwise share a common point, so a set of comparable figures
 * conflicts exactly when its largest lower bound passes its smallest upper bound: each set is
 * judged in one pass, and a group of thousands of figures costs about as much as its size.
 */
import type { Verdict } from "../../../claim-schemas/vocabulary.ts";
import type { FigureInterval } from "./figure-interval.ts";
import type { Place, Scope } from "./figure-context.ts";

export interface JudgedFigure {
  claimId: string;
  raw: string;
  interval: FigureInterval;
  scope: Scope;
  place?: Place;
}

export interface Judgement {
  verdict: Exclude<Verdict, "unreviewed">;
  why: string;
}

/** The tightest bounds of a set of figures, and which figures give them. */
class Bounds {
  low?: JudgedFigure;
  high?: JudgedFigure;

  add(figure: JudgedFigure): void {
    const { interval } = figure;
    if (this.low === undefined || interval.low > this.low.interval.low || (interval.low === this.low.interval.low && interval.lowOpen)) this.low = figure;
    if (this.high === undefined || interval.high < this.high.interval.high || (interval.high === this.high.interval.high && interval.highOpen)) this.high = figure;
  }

  merge(other: Bounds): Bounds {
    const merged = new Bounds();
    for (const figure of [this.low, this.high, other.low, other.high]) if (figure) merged.add(figure);
    return merged;
  }

  /** The two figures that cannot both be true, if any. */
  conflict(): [JudgedFigure, JudgedFigure] | undefined {
    const { low, high } = this;
    if (low === undefined || high === undefined || low.claimId === high.claimId) return undefined;
    const a = low.interval;
    const b = high.interval;
    const apart = a.low > b.high || (a.low === b.high && (a.lowOpen || b.highOpen));
    return apart ? [high, low] : undefined;
  }
}

function scopeKey(scope: Scope): string | undefined {
  return scope.kind === "day" ? scope.day : scope.kind === "period" ? "period" : undefined;
}

export function judgeFigures(figures: readonly JudgedFigure[]): Judgement {
  // Sets of figures that compare with each other: by day (or period) and named place. Undated
  // figures compare with every day; figures with no place or a whole country with every place.
  const undated = new Bounds();
  const anyPlace = new Map<string, Bounds>();
  const placed = new Map<string, { scope: string; bounds: Bounds }>();
  const wholes: JudgedFigure[] = [];
  for (const figure of figures) {
    if (figure.place?.whole === true) wholes.push(figure);
    const scope = scopeKey(figure.scope);
    const place = figure.place !== undefined && !figure.place.whole && figure.place.name !== undefined ? figure.place.name.toLowerCase() : undefined;
    if (figure.place?.whole === true) continue;
    if (scope === undefined) undated.add(figure);
    else if (place === undefined) (anyPlace.get(scope) ?? anyPlace.set(scope, new Bounds()).get(scope)!).add(figure);
    else {
      const key = `${scope}\u0000${place}`;
      (placed.get(key) ?? placed.set(key, { scope, bounds: new Bounds() }).get(key)!).bounds.add(figure);
    }
  }
  const placedByScope = new Map<string, Bounds[]>();
  for (const entry of placed.values()) (placedByScope.get(entry.scope) ?? placedByScope.set(entry.scope, []).get(entry.scope)!).push(entry.bounds);
  const sets: Bounds[] = [];
  for (const [scope, bounds] of anyPlace) {
    const samePlaces = placedByScope.get(scope) ?? [];
    if (samePlaces.length === 0) sets.push(bounds.merge(undated));
    for (const place of samePlaces) sets.push(place.merge(bounds).merge(undated));
  }
  for (const [scope, list] of placedByScope) if (!anyPlace.has(scope)) for (const place of list) sets.push(place.merge(undated));
  if (sets.length === 0) sets.push(undated);

  for (const set of sets) {
    const pair = set.conflict();
    if (pair) {
      // Named in the order the group lists them.
      const [a, b] = figures.indexOf(pair[0]) < figures.indexOf(pair[1]) ? pair : [pair[1], pair[0]];
      return { verdict: "conflicting", why: `${a.raw} and ${b.raw} cannot both be true` };
    }
  }
  // A whole (the country) smaller than one of its parts (a city) conflicts too.
  for (const whole of wholes) {
    for (const set of sets) {
      const part = set.low;
      if (part !== undefined && part.claimId !== whole.claimId && whole.interval.high < part.interval.low && scopesMeet(whole.scope, part.scope)) {
        return { verdict: "conflicting", why: `${whole.raw} for the whole is less than ${part.raw} for a part of it` };
      }
    }
  }
  const scopes = new Set([...anyPlace.keys(), ...[...placed.values()].map((entry) => entry.scope)]);
  const places = new Map<string, Set<string>>();
  for (const key of placed.keys()) {
    const [scope, place] = key.split("\u0000") as [string, string];
    (places.get(scope) ?? places.set(scope, new Set()).get(scope)!).add(place);
  }
  const differentPlaces = [...places.values()].some((names) => names.size > 1);
  if (scopes.size > 1 || differentPlaces) {
    const [first, second] = representatives(figures);
    return {
      verdict: "different-scope",
      why: first && second ? `${first.raw} (${describeScope(first)}) and ${second.raw} (${describeScope(second)}) are not about the same ${scopes.size > 1 ? "time" : "place"}` : "the figures are about different days or places",
    };
  }
  return { verdict: "consistent", why: figures.length === 2 ? `${figures[0]!.raw} and ${figures[1]!.raw} agree` : "every figure agrees with the others" };
}

function scopesMeet(a: Scope, b: Scope): boolean {
  const x = scopeKey(a);
  const y = scopeKey(b);
  return x === undefined || y === undefined || x === y;
}

/** Two figures of different known scopes (or places), to name in the reason. */
function representatives(figures: readonly JudgedFigure[]): [JudgedFigure | undefined, JudgedFigure | undefined] {
  const first = figures.find((figure) => scopeKey(figure.scope) !== undefined);
  if (first === undefined) return [undefined, undefined];
  const second = figures.find(
    (figure) =>
      scopeKey(figure.scope) !== undefined &&
      (scopeKey(figure.scope) !== scopeKey(first.scope) ||
        (figure.place?.name !== undefined && first.place?.name !== undefined && !figure.place.whole && !first.place.whole && figure.place.name !== first.place.name)),
  );
  return [first, second];
}

function describeScope(figure: JudgedFigure): string {
  const when = figure.scope.kind === "day" ? figure.scope.day : figure.scope.kind === "period" ? "over a period" : "undated";
  const where = figure.place?.name ? `, ${figure.place.whole ? "across " : "in "}${figure.place.name}` : "";
  return `${when}${where}`;
}
