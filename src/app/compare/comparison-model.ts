/**
 * The comparison view's model over the core (src/core/compare): proposals over the whole
 * workspace, the figures of a group as rows to show and chart, and groups built by hand.
 */
import type { Claim } from "../../../claim-schemas/claim-set.ts";
import type { Verdict } from "../../../claim-schemas/vocabulary.ts";
import { judgeFigures } from "../../core/compare/judge-figures.ts";
import { figuresOfClaim, groupIdFor, proposeGroups, type GroupFigure, type ProposedGroup } from "../../core/compare/propose-groups.ts";
import type { ClaimbenchDb } from "../../db/database.ts";
import type { StoredArticle } from "../../db/records.ts";
import { confirmGroup } from "../../db/writes/edit-groups.ts";
import { proposeInWorker } from "../../worker/comparison-client.ts";
import type { Actor } from "../workspace/use-workspace.ts";

export { groupIdFor };
export interface Proposal {
  id: string;
  about: string;
  claimIds: string[];
  verdict: ProposedGroup["verdict"];
  why: string;
}

export interface FigureRow extends GroupFigure {
  /** The article's outlet, else its title. */
  source: string;
}

/**
 * Proposals over every claim with a figure, worked out in a Web Worker that reads the claims
 * itself; where workers cannot run, on this thread.
 */
export async function proposeForWorkspace(db: ClaimbenchDb): Promise<Proposal[]> {
  if (typeof Worker === "function") return proposeInWorker(db.name);
  const claims: Claim[] = [];
  await db.claims.each((claim) => {
    if (claim.quantities.length > 0) claims.push(claim);
  });
  return proposeGroups(claims).map(({ id, about, claimIds, verdict, why }) => ({ id, about, claimIds, verdict, why }));
}

/**
 * The figures of a group's claims that are about the group's thing: of each claim, the
 * figures of the kind most members share ("80% support" stays out of a group about terms).
 */
export function figuresOf(claims: readonly Claim[], articles: ReadonlyMap<string, StoredArticle>): { figures: FigureRow[]; verdict: Verdict; why: string; about: string } {
  const keyed = claims.flatMap((claim) => figuresOfClaim(claim));
  const counts = new Map<string, Set<string>>();
  for (const item of keyed) (counts.get(item.key) ?? counts.set(item.key, new Set()).get(item.key)!).add(item.figure.claimId);
  const commonest = [...counts].sort((a, b) => b[1].size - a[1].size)[0]?.[0];
  // In reading order: article by article, claim by claim.
  const start = new Map(claims.map((claim) => [claim.id, claim.span.start]));
  const chosen = keyed
    .filter((item) => item.key === commonest)
    .sort(
      (a, b) =>
        (a.figure.articleId < b.figure.articleId ? -1 : a.figure.articleId > b.figure.articleId ? 1 : 0) ||
        start.get(a.figure.claimId)! - start.get(b.figure.claimId)! ||
        a.figure.quantityIndex - b.figure.quantityIndex,
    );
  const figures = chosen.map(({ figure }): FigureRow => {
    const article = articles.get(figure.articleId);
    return { ...figure, source: article?.outlet ?? article?.title ?? article?.fileName ?? "Untitled" };
  });
  if (figures.length < 2) return { figures, verdict: "unreviewed", why: "fewer than two comparable figures", about: chosen[0]?.about ?? "figures grouped by hand" };
  const judged = judgeFigures(figures);
  return { figures, verdict: judged.verdict, why: judged.why, about: chosen[0]!.about };
}

/** Keeps the given claims as one confirmed group, judged like a proposal; returns its id. */
export async function groupClaimsByHand(db: ClaimbenchDb, articles: ReadonlyMap<string, StoredArticle>, claimIds: readonly string[], actor: Actor): Promise<string> {
  const claims = (await db.claims.bulkGet([...claimIds])).filter((claim): claim is NonNullable<typeof claim> => claim !== undefined);
  const { verdict, about } = figuresOf(claims, articles);
  const id = groupIdFor(claimIds);
  await confirmGroup(db, { id, about, claimIds, verdict }, actor);
  return id;
}
