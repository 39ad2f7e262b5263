/**
 * A group's verdict from its figures:
 *   conflicting      figures that can be compared (same scale, same day or period or one of
 *                    them undated, compatible places) allow no common value — or a part (a
 *                    city) is larger than its whole (the country) can be;
 *   different-scope  no comparable figures conflict, but some are about different days, a day
 *                    against a period, or different places: not the same figure;
 *   consistent       every comparable pair agrees.
 * Intervals on a line that meet pairwise share a common point, so a set of comparable figures
 * conflicts exactly when its largest lower bound passes its smallest upper bound: figures are
 * kept as the tightest bounds of their class (day × place), and a group of thousands of figures
 * costs about as much as its size.
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

/**
 * The tightest bounds of a set of figures, and which figures give them — with the runner-up
 * from another claim on each side, since two figures of one claim are never set against each
 * other and the tightest two may come from the same claim.
 */
class Bounds {
  lows: JudgedFigure[] = [];
  highs: JudgedFigure[] = [];

  add(figure: JudgedFigure): void {
    this.lows = keepTwo(this.lows, figure, tighterLow);
    this.highs = keepTwo(this.highs, figure, tighterHigh);
  }

  merge(other: Bounds): Bounds {
    const merged = new Bounds();
    for (const figure of new Set([...this.lows, ...this.highs, ...other.lows, ...other.highs])) merged.add(figure);
    return merged;
  }

  get low(): JudgedFigure | undefined {
    return this.lows[0];
  }

  /** Two figures of different claims that cannot both be true, if any. */
  conflict(): [JudgedFigure, JudgedFigure] | undefined {
    for (const low of this.lows) {
      for (const high of this.highs) {
        if (low.claimId === high.claimId) continue;
        const a = low.interval;
        const b = high.interval;
        if (a.low > b.high || (a.low === b.high && (a.lowOpen || b.highOpen))) return [high, low];
      }
    }
    return undefined;
  }
}

/** Is `a` a tighter lower bound than `b`? */
function tighterLow(a: JudgedFigure, b: JudgedFigure): boolean {
  return a.interval.low > b.interval.low || (a.interval.low === b.interval.low && a.interval.lowOpen && !b.interval.lowOpen);
}

function tighterHigh(a: JudgedFigure, b: JudgedFigure): boolean {
  return a.interval.high < b.interval.high || (a.interval.high === b.interval.high && a.interval.highOpen && !b.interval.highOpen);
}

/** The tightest figure, and the tightest of another claim after it. */
function keepTwo(kept: readonly JudgedFigure[], figure: JudgedFigure, tighter: (a: JudgedFigure, b: JudgedFigure) => boolean): JudgedFigure[] {
  const all = [...kept, figure].sort((a, b) => (tighter(a, b) ? -1 : tighter(b, a) ? 1 : 0));
  const first = all[0]!;
  const second = all.find((item) => item.claimId !== first.claimId);
  return second ? [first, second] : [first];
}

function scopeKey(scope: Scope): string | undefined {
  return scope.kind === "day" ? scope.day : scope.kind === "period" ? "period" : undefined;
}

const ANY = "*";
const WHOLE = "whole";

export function judgeFigures(figures: readonly JudgedFigure[]): Judgement {
  // Figures in classes by day ("*" undated) and place ("*" none named, "whole" a country,
  // else the place's name). Undated figures compare with every day; figures of no place with
  // every place; a whole with wholes and figures of no place (a part only has to be no larger
  // than its whole: checked below).
  const classes = new Map<string, Bounds>();
  const wholes: JudgedFigure[] = [];
  const parts: { scope: string; figure: JudgedFigure }[] = [];
  for (const figure of figures) {
    const scope = scopeKey(figure.scope) ?? ANY;
    const whole = figure.place?.whole === true;
    const place = whole ? WHOLE : figure.place?.name?.toLowerCase() ?? ANY;
    if (whole) wholes.push(figure);
    else if (place !== ANY) parts.push({ scope, figure });
    const key = `${scope}\u0000${place}`;
    (classes.get(key) ?? classes.set(key, new Bounds()).get(key)!).add(figure);
  }
  for (const key of classes.keys()) {
    const [scope, place] = key.split("\u0000") as [string, string];
    let merged = new Bounds();
    for (const otherScope of new Set([scope, ANY])) {
      for (const otherPlace of new Set([place, ANY, ...(place === ANY ? [WHOLE] : [])])) {
        const other = classes.get(`${otherScope}\u0000${otherPlace}`);
        if (other) merged = merged.merge(other);
      }
    }
    const pair = merged.conflict();
    if (pair) {
      // Named in the order the group lists them.
      const [a, b] = figures.indexOf(pair[0]) < figures.indexOf(pair[1]) ? pair : [pair[1], pair[0]];
      return { verdict: "conflicting", why: `${a.raw} and ${b.raw} cannot both be true` };
    }
  }
  // A whole (the country) smaller than one of its parts (a city) conflicts too.
  for (const whole of wholes) {
    const scope = scopeKey(whole.scope) ?? ANY;
    for (const part of parts) {
      if ((scope === ANY || part.scope === ANY || scope === part.scope) && whole.interval.high < part.figure.interval.low) {
        return { verdict: "conflicting", why: `${whole.raw} for the whole is less than ${part.figure.raw} for a part of it` };
      }
    }
  }
  const scopes = new Set([...classes.keys()].map((key) => key.split("\u0000")[0]!).filter((scope) => scope !== ANY));
  const namesByScope = new Map<string, Set<string>>();
  for (const key of classes.keys()) {
    const [scope, place] = key.split("\u0000") as [string, string];
    if (place !== ANY && place !== WHOLE) (namesByScope.get(scope) ?? namesByScope.set(scope, new Set()).get(scope)!).add(place);
  }
  const differentPlaces = [...namesByScope.values()].some((names) => names.size > 1);
  if (scopes.size > 1 || differentPlaces) {
    const [first, second] = representatives(figures);
    return {
      verdict: "different-scope",
      why: first && second ? `${first.raw} (${describeScope(first)}) and ${second.raw} (${describeScope(second)}) are not about the same ${scopes.size > 1 ? "time" : "place"}` : "the figures are about different days or places",
    };
  }
  return { verdict: "consistent", why: figures.length === 2 ? `${figures[0]!.raw} and ${figures[1]!.raw} agree` : "every figure agrees with the others" };
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
