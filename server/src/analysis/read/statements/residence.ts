// The statement of where a person lives ("a Norland resident", "of Norland").
import { HOME_AFTER_AGE, HOME_AFTER_NAME } from '../values/residence';
import { personOpeningPrevious } from './age';
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
  person ??= describedByAge(site);
  if (person === undefined) return undefined;
  return { subject: 'home', entity: person, modifiers: [], predicate: 'live', event: 'residence' };
}

/**
 * "Tom Ward won on Sunday. The 29-year-old from Delvaro …": a person told by their age, with no name before it in its
 * own sentence, is the one whose name opens the sentence before (`personOpeningPrevious`, as an age told so is).
 */
function describedByAge(site: Site): number | undefined {
  const { q, ctx } = site;
  if (!HOME_AFTER_AGE.test(ctx.text.slice(Math.max(0, q.start - 40), q.start))) return undefined;
  if (ctx.mentions.some((m) => m.sentence === q.sentence && m.end <= q.start && m.kind === 'name' && m.type === 'person')) return undefined;
  return personOpeningPrevious(site);
}
