// Pass 3. A description ("the Ukrainian president") joins the person whose role names the same country and
// head title, preferring one named in the same document, then the most mentioned; "leader" matches any head
// title of that country. A description no person holds gives no entity.
import { roleHead } from '../../text/roles';
import { addTo, type Cluster, type Linking, type MentionRef } from './linking';

export function linkDescriptions(state: Linking, descriptions: MentionRef[]): void {
  if (descriptions.length === 0) return;
  const { byRole, byCountry } = roleHolders(state);
  for (const ref of descriptions) {
    const m = ref.mention;
    const wanted = `${m.roleOf}|${roleHead(m.role)}`;
    const near = roleHead(m.role) === 'leader' ? (byCountry.get(`${m.roleOf}`) ?? []) : (byRole.get(wanted) ?? []);
    const holders = near.filter(
      (c) => c.type === 'person' && (c.roleOf.has(wanted) || (roleHead(m.role) === 'leader' && [...c.roleOf].some((r) => r.startsWith(`${m.roleOf}|`)))),
    );
    const inDocument = holders.filter((c) => c.refs.some((r) => r.uri === ref.uri));
    const pool = inDocument.length > 0 ? inDocument : holders;
    if (pool.length === 0) continue;
    addTo(pool.sort((a, b) => b.refs.length - a.refs.length)[0], ref);
  }
}

/**
 * The clusters holding each role ("ukraine|president") and each country's roles, in the order of `clusters`.
 * Descriptions add no roles, so this index holds for the whole pass.
 */
function roleHolders(state: Linking): { byRole: Map<string, Cluster[]>; byCountry: Map<string, Cluster[]> } {
  const byRole = new Map<string, Cluster[]>();
  const byCountry = new Map<string, Cluster[]>();
  const file = (map: Map<string, Cluster[]>, key: string, cluster: Cluster) => {
    const list = map.get(key);
    if (!list) map.set(key, [cluster]);
    else if (list[list.length - 1] !== cluster) list.push(cluster);
  };
  for (const cluster of state.clusters) {
    for (const role of cluster.roleOf) {
      file(byRole, role, cluster);
      file(byCountry, role.slice(0, role.indexOf('|')), cluster);
    }
  }
  return { byRole, byCountry };
}
