/**
 * Proposes comparison groups over every quantity claim of a workspace: figures that count the
 * same thing (near nouns folded: "protesters", "citizens" and "people"), with the same action
 * ("held", "arrested", "detained"), on the same scale. Claims are blocked by that key, so the
 * cost grows with the number of figures, not with the number of pairs across the workspace.
 * Within a block, figures about the same day (or undated) form a group judged consistent or
 * conflicting; when a block holds figures about different days or a period, one more group
 * holds them all as "different-scope" — the same kind of figure, not the same figure.
 */
import type { Article, Claim, ComparisonGroup } from "../../../claim-schemas/claim-set.ts";
import type { Verdict } from "../../../claim-schemas/vocabulary.ts";
import { contentHash } from "../article/content-hash.ts";
import { ACTIONS, actionOf, ageSubject, isPartitive, nounClass, placeOf, scopeOf, type Place, type Scope } from "./figure-context.ts";
import { scaleOf, toInterval, type FigureInterval } from "./figure-interval.ts";
import { judgeFigures } from "./judge-figures.ts";

export interface GroupFigure {
  claimId: string;
  articleId: string;
  /** Index of the figure in claim.quantities. */
  quantityIndex: number;
  raw: string;
  interval: FigureInterval;
  scope: Scope;
  date?: string;
  place?: Place;
  /** The speaker's entity, as written, or "" for the article's own voice. */
  speaker: string;
}

export interface ProposedGroup extends ComparisonGroup {
  figures: GroupFigure[];
  why: string;
  verdict: Exclude<Verdict, "unreviewed">;
}

/** Undated figures join the groups of at most this many days of one block. */
const UNDATED_JOIN_LIMIT = 3;

interface Keyed {
  key: string;
  figure: GroupFigure;
  about: string;
}

/** Every figure of a claim that can be compared, with the key of the block it belongs to. */
export function figuresOfClaim(claim: Claim): Keyed[] {
  const scope = scopeOf(claim);
  const place = placeOf(claim.text);
  const speaker = claim.attribution ? (claim.attribution.entity ?? claim.attribution.source) : "";
  const keyed: Keyed[] = [];
  claim.quantities.forEach((quantity, quantityIndex) => {
    const interval = toInterval(quantity);
    if (interval === undefined) return;
    if (isPartitive(claim.text, quantity, claim.quote.exact, claim.span.start)) return;
    const scale = scaleOf(quantity);
    const noun = nounClass(quantity);
    // The action is read after the counted noun: "300 demonstrators were arrested" is an arrest.
    const figureEnd = Math.max(0, claim.text.indexOf(quantity.raw)) + quantity.raw.length;
    const nounAt = quantity.counted === undefined ? -1 : claim.text.toLowerCase().indexOf(quantity.counted.toLowerCase(), figureEnd);
    const readFrom = nounAt >= 0 && nounAt - figureEnd < 30 ? nounAt + quantity.counted!.length : figureEnd;
    // "a sixth term" is the same term whatever verb gave it.
    const action = scale === "ordinal" ? "" : actionOf(claim.text, readFrom);
    const subject = scale.startsWith("age:") ? ageSubject(claim.text) : "";
    // Ages compare per person; counts need a noun (bare numbers say nothing of what they count).
    if (scale.startsWith("age:") ? subject === "" : noun === "" && !scale.startsWith("money:") && scale !== "percent") return;
    const figure: GroupFigure = { claimId: claim.id, articleId: claim.articleId, quantityIndex, raw: quantity.raw, interval, scope, speaker };
    if (claim.date !== undefined) figure.date = claim.date;
    if (place !== undefined) figure.place = place;
    keyed.push({ key: `${scale}\u0000${noun}\u0000${action}\u0000${subject}`, figure, about: describe(scale, noun, action, subject) });
  });
  return keyed;
}

export function proposeGroups(claims: readonly Claim[], _articles: readonly Article[] = []): ProposedGroup[] {
  const blocks = new Map<string, Keyed[]>();
  for (const claim of claims) {
    if (claim.quantities.length === 0) continue;
    for (const keyed of figuresOfClaim(claim)) {
      const block = blocks.get(keyed.key);
      if (block) block.push(keyed);
      else blocks.set(keyed.key, [keyed]);
    }
  }
  const groups: ProposedGroup[] = [];
  for (const block of blocks.values()) {
    if (new Set(block.map((item) => item.figure.claimId)).size < 2) continue;
    groups.push(...groupsOfBlock(block));
  }
  return groups.sort((a, b) => (a.about < b.about ? -1 : a.about > b.about ? 1 : a.id < b.id ? -1 : 1));
}

function groupsOfBlock(block: readonly Keyed[]): ProposedGroup[] {
  const about = block[0]!.about;
  const byScope = new Map<string, GroupFigure[]>();
  const undated: GroupFigure[] = [];
  for (const { figure } of block) {
    if (figure.scope.kind === "unknown") {
      undated.push(figure);
      continue;
    }
    const key = figure.scope.kind === "day" ? figure.scope.day : "period";
    const list = byScope.get(key);
    if (list) list.push(figure);
    else byScope.set(key, [figure]);
  }
  const groups: ProposedGroup[] = [];
  // Undated figures may be about any of the days: they join each — while the days are few.
  // Beyond that they are a group of their own, so the groups stay as large as the block.
  const joinDays = byScope.size <= UNDATED_JOIN_LIMIT;
  const scoped: (readonly [string, GroupFigure[]])[] =
    byScope.size === 0 ? [["", undated]] : [...byScope].map(([key, figures]) => [key, joinDays ? [...figures, ...undated] : figures] as const);
  if (!joinDays && undated.length > 0) scoped.push(["undated", undated]);
  for (const [key, figures] of scoped) {
    const when = key === "" ? "" : key === "period" ? " over a period" : key === "undated" ? " (undated)" : ` on ${key}`;
    const group = makeGroup(`${about}${when}`, figures);
    if (group) groups.push(group);
  }
  if (byScope.size >= 2) {
    const all = block.map((item) => item.figure);
    const group = makeGroup(`${about}: figures for different days`, all);
    if (group && !groups.some((other) => other.id === group.id)) {
      const days = [...byScope.keys()].map((key) => (key === "period" ? "a period" : key));
      groups.push({ ...group, verdict: "different-scope", why: `figures for different days: ${days.join(", ")}` });
    }
  }
  return groups;
}

function makeGroup(about: string, figures: readonly GroupFigure[]): ProposedGroup | undefined {
  const claimIds = [...new Set(figures.map((figure) => figure.claimId))].sort();
  if (claimIds.length < 2) return undefined;
  const judged = judgeFigures(figures);
  return { id: groupIdFor(claimIds), about, claimIds, verdict: judged.verdict, why: judged.why, confirmed: false, figures: [...figures] };
}

/** The same members always give the same id, so a decision about a proposal sticks to it. */
export function groupIdFor(claimIds: readonly string[]): string {
  return `g-${contentHash([...claimIds].sort().join("\u0000"))}`;
}

function describe(scale: string, noun: string, action: string, subject: string): string {
  if (scale.startsWith("age:")) return `age of the ${subject}`;
  const label = ACTIONS.find((item) => item.family === action)?.label ?? "";
  const what = noun === "" ? scale.replace(/^money:/, "amount in ") : noun;
  if (scale === "ordinal") return `which ${what}${label ? ` (${label})` : ""}`;
  const unit = scale === "percent" ? "share of " : scale.startsWith("duration:") ? `${scale.slice(9)} of ` : "";
  return `${unit}${what}${label ? ` ${label}` : ""}`.trim();
}
