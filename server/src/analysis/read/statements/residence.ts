// The statement of where a person lives ("a Norland resident", "of Norland").
import { HOME_AFTER_NAME } from '../values/residence';
import type { Said, Site } from './site';

/** Where a person lives, said of the person named before ", 59, of" or ", who lived in", or after "resident". */
export function residenceStatement(site: Site): Said | undefined {
  const { q, ctx } = site;
  let person: number | undefined;
  ctx.mentions.forEach((m, index) => {
    if (m.sentence !== q.sentence || m.kind !== 'name' || m.type === 'organization' || m.type === 'place') return;
    const before = m.end <= q.start && HOME_AFTER_NAME.test(ctx.text.slice(m.end, q.start));
    const after = m.start >= q.end && /^\s+resident\s+$/.test(ctx.text.slice(q.end, m.start));
    if (before || after) person = index;
  });
  if (person === undefined) return undefined;
  return { subject: 'home', entity: person, modifiers: [], predicate: 'live', event: 'residence' };
}
