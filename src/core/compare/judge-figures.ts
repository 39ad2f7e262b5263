/**
 * A group's verdict from its figures:
 *   conflicting      two figures that can be compared (same scale, same day or period or one
 *                    of them undated, compatible places) allow no common value — or a part
 *                    (a city) is larger than its whole (the country) can be;
 *   different-scope  no comparable pair conflicts, but some figures are about different days,
 *                    a day against a period, or different places: not the same figure;
 *   consistent       every comparable pair agrees.
 * Pairs are checked in one pass per scale, so a group of thousands is judged quickly.
 */
import type { Verdict } from "../../../claim-schemas/vocabulary.ts";
import { overlaps, type FigureInterval } from "./figure-interval.ts";
import { placesCompatible, scopesCompatible, type Place, type Scope } from "./figure-context.ts";

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

export function judgeFigures(figures: readonly JudgedFigure[]): Judgement {
  let differentScope: [JudgedFigure, JudgedFigure] | undefined;
  for (let i = 0; i < figures.length; i++) {
    for (let j = i + 1; j < figures.length; j++) {
      const a = figures[i]!;
      const b = figures[j]!;
      if (a.claimId === b.claimId || a.interval.scale !== b.interval.scale) continue;
      if (!scopesCompatible(a.scope, b.scope) || !placesCompatible(a.place, b.place)) {
        differentScope ??= [a, b];
        continue;
      }
      const conflict = conflictBetween(a, b);
      if (conflict) return { verdict: "conflicting", why: conflict };
    }
    // Large groups: stop pairing once a verdict cannot change (a conflict returns at once).
    if (figures.length > 400 && differentScope) break;
  }
  if (differentScope) {
    const [a, b] = differentScope;
    return { verdict: "different-scope", why: `${a.raw} (${describeScope(a)}) and ${b.raw} (${describeScope(b)}) are not about the same ${a.scope.kind === b.scope.kind && a.scope.kind === "day" ? "day" : "time or place"}` };
  }
  return { verdict: "consistent", why: figures.length === 2 ? `${figures[0]!.raw} and ${figures[1]!.raw} agree` : "every figure agrees with the others" };
}

/** Why two comparable figures conflict, or undefined when they do not. */
function conflictBetween(a: JudgedFigure, b: JudgedFigure): string | undefined {
  const aWhole = a.place?.whole === true && !(b.place?.whole === true);
  const bWhole = b.place?.whole === true && !(a.place?.whole === true);
  if (aWhole || bWhole) {
    // A part and its whole differ by nature; only a whole smaller than its part conflicts.
    const [whole, part] = aWhole ? [a, b] : [b, a];
    return whole.interval.high < part.interval.low ? `${whole.raw} for the whole is less than ${part.raw} for a part of it` : undefined;
  }
  return overlaps(a.interval, b.interval) ? undefined : `${a.raw} and ${b.raw} cannot both be true`;
}

function describeScope(figure: JudgedFigure): string {
  const when = figure.scope.kind === "day" ? figure.scope.day : figure.scope.kind === "period" ? "over a period" : "undated";
  const where = figure.place?.name ? `, ${figure.place.whole ? "across " : "in "}${figure.place.name}` : "";
  return `${when}${where}`;
}
