// Placeholder until the claim editor lands.
export function ClaimPanel({ claimId }: { claimId: string }) {
  return <aside className="claim-panel">{claimId}</aside>;
}
