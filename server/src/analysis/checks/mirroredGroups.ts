// One disagreement the aligner split into two groups, each one against one: "€1.35 billion" (a) against a headline's
// "€1.45bn" (b), and b's body "€1.45 billion" against "€1.35bn" (c). Reported group by group, it is two findings, one
// of them on c, which agrees with a. Joined, it is one: b against a and c.
import type { ClaimGroup, ClaimRef, Quantity } from '../types';

const valueKey = (q: Quantity) => `${q.low}:${q.high}:${q.unit}`;

/**
 * The groups with every pair of mirrored groups joined: groups of one attribute that hold the same two values, where
 * one source gives the same value in both (the anchor that makes them one disagreement), all of one time scope.
 * Other groups are returned as they are, in their order.
 */
export function joinMirroredGroups(groups: readonly ClaimGroup[]): ClaimGroup[] {
  const byValues = new Map<string, number[]>();
  groups.forEach((group, i) => {
    const values = [...new Set(group.claims.map((c) => valueKey(c.quantity)))].sort();
    if (values.length !== 2 || new Set(group.claims.map((c) => c.claim.scope.time)).size !== 1) return;
    const key = `${group.attribute}|${group.claims[0].claim.scope.time}|${values.join(' ')}`;
    byValues.set(key, [...(byValues.get(key) ?? []), i]);
  });
  const joinedInto = new Map<number, number>();
  for (const members of byValues.values()) {
    for (let x = 0; x < members.length; x++) {
      if (joinedInto.has(members[x])) continue;
      for (let y = x + 1; y < members.length; y++) {
        if (!joinedInto.has(members[y]) && anchored(groups[members[x]].claims, groups[members[y]].claims)) joinedInto.set(members[y], members[x]);
      }
    }
  }
  if (joinedInto.size === 0) return [...groups];
  const claims = new Map<number, ClaimRef[]>();
  for (const [from, into] of joinedInto) claims.set(into, [...(claims.get(into) ?? groups[into].claims), ...groups[from].claims]);
  return groups.flatMap((group, i) => (joinedInto.has(i) ? [] : claims.has(i) ? [{ ...group, claims: claims.get(i)! }] : [group]));
}

/** Whether one source gives the same value in both groups, and no source gives both values across them. */
function anchored(a: ClaimRef[], b: ClaimRef[]): boolean {
  const said = new Map<string, Set<string>>();
  for (const c of [...a, ...b]) said.set(c.uri, (said.get(c.uri) ?? new Set()).add(valueKey(c.quantity)));
  if ([...said.values()].some((values) => values.size > 1)) return false;
  const uris = new Set(a.map((c) => c.uri));
  return b.some((c) => uris.has(c.uri));
}
