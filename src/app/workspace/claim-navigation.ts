/**
 * The order in which j/k (and "verdict, then next unreviewed") walk through claims: whatever
 * the visible view shows — the claims table's sorted, filtered rows, or an article's claims
 * in reading order. The view publishes it; the keyboard reads it. A view may publish a
 * function instead of the list, so 100,000 ids are listed only when a key asks for them.
 */
let order: readonly string[] | (() => readonly string[]) = [];

export function setClaimOrder(ids: readonly string[] | (() => readonly string[])): void {
  order = ids;
}

export function getClaimOrder(): readonly string[] {
  if (typeof order === "function") order = order();
  return order;
}
