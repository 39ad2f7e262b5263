// Placeholder until the claims table lands.
export function ClaimsView() {
  return <p className="empty">The claims table is on its way.</p>;
}
