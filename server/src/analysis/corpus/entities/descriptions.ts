// Pass 3. A description ("the Ukrainian president") joins the person whose role names the same country and
// head title, preferring one named in the same document, then the most mentioned; "leader" matches any head
// title of that country. A description no person holds gives no entity.
import { roleHead } from '../../text/roles';
import { addTo, type Linking, type MentionRef } from './linking';

export function linkDescriptions(state: Linking, descriptions: MentionRef[]): void {
  for (const ref of descriptions) {
    const m = ref.mention;
    const wanted = `${m.roleOf}|${roleHead(m.role)}`;
    const holders = state.clusters.filter(
      (c) => c.type === 'person' && (c.roleOf.has(wanted) || (roleHead(m.role) === 'leader' && [...c.roleOf].some((r) => r.startsWith(`${m.roleOf}|`)))),
    );
    const inDocument = holders.filter((c) => c.refs.some((r) => r.uri === ref.uri));
    const pool = inDocument.length > 0 ? inDocument : holders;
    if (pool.length === 0) continue;
    addTo(pool.sort((a, b) => b.refs.length - a.refs.length)[0], ref);
  }
}
