/**
 * Comparison groups for the whole app: the groups a reviewer kept (stored, live from the
 * database) and the groups the core proposes over every quantity claim. Proposals are worked
 * out only while some view needs them (the comparison view, the claims table's "Compared"
 * filter, a claim's panel), and again a moment after claims change.
 */
import { useLiveQuery } from "dexie-react-hooks";
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from "react";
import type { Verdict } from "../../../claim-schemas/vocabulary.ts";
import type { StoredGroup } from "../../db/records.ts";
import { useClaimRows } from "../workspace/use-claim-rows.ts";
import { useWorkspace } from "../workspace/use-workspace.ts";
import { proposeForWorkspace, type Proposal } from "./comparison-model.ts";

export interface DisplayGroup {
  id: string;
  about: string;
  claimIds: readonly string[];
  verdict: Verdict;
  why?: string;
  /** Kept by a reviewer, or proposed by the core and not yet decided. */
  state: "confirmed" | "proposed";
}

export interface Comparisons {
  /** Confirmed groups first, then proposals; null until the proposals were worked out once. */
  groups: readonly DisplayGroup[] | null;
  computing: boolean;
  /** The groups each claim is in. */
  byClaim: ReadonlyMap<string, readonly DisplayGroup[]>;
  stored: readonly StoredGroup[];
}

interface ComparisonsContextValue extends Comparisons {
  request(): () => void;
}

const ComparisonsContext = createContext<ComparisonsContextValue | null>(null);

const SETTLE_MS = 600;

export function ComparisonsProvider({ children }: { children: ReactNode }) {
  const { db, notify } = useWorkspace();
  const { rows } = useClaimRows();
  const stored = useLiveQuery(() => db.groups.toArray(), [db], [] as StoredGroup[]);
  const [requests, setRequests] = useState(0);
  const [proposals, setProposals] = useState<readonly Proposal[] | null>(null);
  const [computing, setComputing] = useState(false);

  const request = useCallback(() => {
    setRequests((count) => count + 1);
    return () => setRequests((count) => count - 1);
  }, []);

  useEffect(() => {
    if (requests === 0) return;
    let cancelled = false;
    const timer = window.setTimeout(() => {
      setComputing(true);
      void proposeForWorkspace(db)
        .then((found) => {
          if (!cancelled) setProposals(found);
        })
        .catch((error: unknown) => {
          if (!cancelled) notify(`Comparison groups could not be proposed: ${error instanceof Error ? error.message : String(error)}`, "error");
        })
        .finally(() => {
          if (!cancelled) setComputing(false);
        });
    }, proposals === null ? 0 : SETTLE_MS);
    return () => {
      cancelled = true;
      window.clearTimeout(timer);
    };
    // Rows change on every edit anywhere: that is when proposals may change too.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [db, rows, requests > 0]);

  const value = useMemo((): ComparisonsContextValue => {
    const known = new Set(stored.map((group) => group.id));
    const confirmed = stored.filter((group) => group.confirmed && (group as { rejected?: unknown }).rejected !== true);
    const inConfirmed = new Set(confirmed.flatMap((group) => group.claimIds));
    const groups: DisplayGroup[] | null =
      proposals === null
        ? null
        : [
            ...confirmed.map((group): DisplayGroup => ({ id: group.id, about: group.about, claimIds: group.claimIds, verdict: group.verdict, state: "confirmed" })),
            ...proposals
              .filter((proposal) => !known.has(proposal.id) && !proposal.claimIds.every((id) => inConfirmed.has(id)))
              .map((proposal): DisplayGroup => ({ ...proposal, state: "proposed" })),
          ];
    const byClaim = new Map<string, DisplayGroup[]>();
    const listed =
      groups ??
      confirmed.map((group): DisplayGroup => ({ id: group.id, about: group.about, claimIds: group.claimIds, verdict: group.verdict, state: "confirmed" }));
    for (const group of listed) {
      for (const id of group.claimIds) {
        const list = byClaim.get(id);
        if (list) list.push(group);
        else byClaim.set(id, [group]);
      }
    }
    return { groups, computing, byClaim, stored, request };
  }, [stored, proposals, computing, request]);

  return <ComparisonsContext.Provider value={value}>{children}</ComparisonsContext.Provider>;
}

function useComparisonsContext(): ComparisonsContextValue {
  const value = useContext(ComparisonsContext);
  if (value === null) throw new Error("comparisons used outside <ComparisonsProvider>");
  return value;
}

/** The comparison groups; asks for proposals while the caller is mounted and `active`. */
export function useComparisons(active = true): Comparisons {
  const value = useComparisonsContext();
  const { request } = value;
  useEffect(() => (active ? request() : undefined), [active, request]);
  return value;
}

/** For the claims table's filter: each claim's group verdicts, once the groups are known. */
export function useGroupVerdicts(active: boolean): ReadonlyMap<string, readonly Verdict[]> | undefined {
  const { groups, byClaim } = useComparisons(active);
  return useMemo(() => {
    if (!active || groups === null) return undefined;
    return new Map([...byClaim].map(([id, list]) => [id, list.map((group) => group.verdict)]));
  }, [active, groups, byClaim]);
}
