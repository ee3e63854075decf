// The statement of a rank: what it ranks (the noun after it, or its unit) and whose rank it is when it orders people.
import { type Said, type Site, stem } from './site';
import { governingVerb, nearestMention, nounAfter } from './syntax';

/** Who takes a place in an order: a runner, or a team, a club, a university ("Delvaro University again in second place"). */
const PLACED = ['person', 'organization'];

/** How far after a place ("fourth-placed") its runner's name may end. */
const PLACED_REACH = 40;

/** "the sixth Democrat to enter the race": the verb after "to", which says what the ones ordered did. */
const ORDER_VERB = /^\s+(?:[A-Za-z]+\s+)?[A-Za-z]+\s+to\s+([a-z]+)/;

/**
 * A rank: of the noun after it ("the second-largest city") or of its unit; a rank in an order of office ("Felt, the No.
 * 2 official"), a place in a race or a table ("Tom Ward finished fifth", "Marrowby University rose to 29th place") or
 * in the order of those who did a thing ("Okafor is the sixth Democrat to enter") is the rank of the person named
 * before it (a place, of the organisation too), and the latter is said of what they did ("enter"), not of the verb that
 * states it ("is").
 */
export function rankStatement(site: Site): Said | undefined {
  const { q, ctx, lex } = site;
  const person = q.unit === 'ranking' || q.unit === 'order' || q.unit === 'tally' || q.unit === 'place';
  const did = q.unit === 'order' ? ORDER_VERB.exec(ctx.text.slice(q.end, site.sentence.end))?.[1] : undefined;
  // "in the ninth round", "a 10th-round knockout": the step of the contest is what is ranked, whatever noun follows.
  // "the 50th annual Marrowby Fair", "the 49th edition of the fair": the edition is what is ranked, whatever names it.
  const step = (lex.values.rank.sequenceNouns as string[]).includes(q.unit) || q.unit === 'edition';
  // A place in a race is the runner's, named before it or right after it ("fourth-placed Tom Ward").
  const place = q.unit === 'place';
  return {
    subject: step || place ? q.unit : (nounAfter(site) ?? q.unit),
    modifiers: [q.unit],
    predicate: did ? stem(did, lex) : governingVerb(site),
    entity: person ? (nearestMention(site, place ? PLACED : ['person'], 'before') ?? (place ? nearestMention(site, ['person'], 'after', PLACED_REACH) : undefined)) : undefined,
  };
}
