// The statement of a direction from a named place ("55 km west of Bireun"): what is placed there, and the place.
import type { Mention } from '../../types';
import { clauseTextOf, type Said, type Site } from './site';
import { governingVerb, nounBefore, placesNear } from './syntax';
import { incidentNear } from './scope';

/**
 * "55 km west of Bireun": the place is the unit; what is placed there is the noun written just before the direction or
 * its distance ("a farm 12 km north of Marrowby"), else the clause's incident or head noun. The incident of a clause
 * that only mentions one ("a farm 12 km north of Marrowby, where staff noticed deaths") does not place the farm.
 */
export function directionStatement(site: Site): Said | undefined {
  const { q, lex } = site;
  const clauseText = clauseTextOf(site);
  const incident = incidentNear(site.clause, clauseText, q, lex);
  const distance = distanceBefore(site);
  const placed = distance ? nounBefore(distance) : undefined;
  return { subject: placed ?? incident.event ?? nounBefore(site), entity: placedPlace(site), modifiers: [], predicate: governingVerb(site), event: incident.event, participants: placesNear(site) };
}

/** The distance written right before the direction ("12 km" in "12 km north of Marrowby"), as a site of its own. */
function distanceBefore(site: Site): Site | undefined {
  const { ctx, q } = site;
  const before = ctx.quantities[site.index - 1];
  if (!before || before.sentence !== q.sentence || before.kind !== 'length' || ctx.text.slice(before.end, q.start).trim() !== '') return undefined;
  const first = site.tokens.findIndex((t) => t.start === before.start);
  return first < 0 ? undefined : { ...site, q: before, index: site.index - 1, first };
}

/** "Brazos County, northwest of Houston", "Baytown, about 25 miles east of Houston": the place the direction places. */
const PLACED_BY = /^,\s*(?:[^,;.]{0,24}?\b(?:km|kilomet(?:er|re)s?|miles?|met(?:er|re)s?|feet|ft)\s+)?$/i;

function placedPlace(site: Site): number | undefined {
  const { ctx, q } = site;
  const place = (m: Mention) => m.sentence === q.sentence && m.kind === 'name' && m.type === 'place';
  let at = ctx.mentions.findIndex((m) => place(m) && m.end <= q.start && PLACED_BY.test(ctx.text.slice(m.end, q.start)));
  if (at < 0) return undefined;
  // "Baytown, Texas, about 25 miles east of Houston": the town, not the state it is in.
  const town = ctx.mentions.findIndex((m) => place(m) && m.end <= ctx.mentions[at].start && /^,\s*$/.test(ctx.text.slice(m.end, ctx.mentions[at].start)));
  if (town >= 0) at = town;
  return at;
}
