/**
 * The order in which j/k (and "verdict, then next unreviewed") walk through claims: whatever
 * the visible view shows — the claims table's sorted, filtered rows, or an article's claims
 * in reading order. The view publishes it; the keyboard reads it.
 */
let order: readonly string[] = [];

export function setClaimOrder(ids: readonly string[]): void {
  order = ids;
}

export function getClaimOrder(): readonly string[] {
  return order;
}
