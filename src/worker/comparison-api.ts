/**
 * The comparison worker's one function: read every claim with a figure straight from the
 * workspace's IndexedDB (a worker has its own connection) and propose comparison groups, so
 * that neither the reading nor the grouping of 100,000 claims runs on the page's thread.
 */
import type { Claim } from "../../claim-schemas/claim-set.ts";
import { proposeGroups } from "../core/compare/propose-groups.ts";

export interface ProposalSummary {
  id: string;
  about: string;
  claimIds: string[];
  verdict: "consistent" | "conflicting" | "different-scope";
  why: string;
}

export const comparisonApi = {
  async propose(databaseName: string): Promise<ProposalSummary[]> {
    const claims = await readClaimsWithFigures(databaseName);
    return proposeGroups(claims).map(({ id, about, claimIds, verdict, why }) => ({ id, about, claimIds, verdict, why }));
  },
};

export type ComparisonApi = typeof comparisonApi;

/**
 * Every stored claim that has a figure, read in short read-only transactions of a few
 * thousand rows: one long read would hold back the reviewer's edits (IndexedDB runs a write
 * after the reads that started before it) for as long as 100,000 rows take to read.
 */
const PAGE = 2000;

async function readClaimsWithFigures(databaseName: string): Promise<Claim[]> {
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const open = indexedDB.open(databaseName);
    open.onerror = () => reject(open.error ?? new Error(`could not open ${databaseName}`));
    // Never create or upgrade the workspace from here: the page owns its schema.
    open.onupgradeneeded = () => open.transaction?.abort();
    open.onsuccess = () => resolve(open.result);
  });
  try {
    const claims: Claim[] = [];
    let after: IDBValidKey | undefined;
    for (;;) {
      const page = await new Promise<Claim[]>((resolve, reject) => {
        const range = after === undefined ? undefined : IDBKeyRange.lowerBound(after, true);
        const request = db.transaction("claims", "readonly").objectStore("claims").getAll(range, PAGE);
        request.onsuccess = () => resolve(request.result as Claim[]);
        request.onerror = () => reject(request.error ?? new Error("could not read the claims"));
      });
      for (const claim of page) if (claim.quantities.length > 0) claims.push(claim);
      if (page.length < PAGE) return claims;
      after = page.at(-1)!.id;
    }
  } finally {
    db.close();
  }
}
