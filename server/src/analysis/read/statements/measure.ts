// The statement of a speed, an area or a mass: what it is of ("2 tons of cocaine", "5,000 acres of forest"), the noun
// it sizes ("120-mph winds", "a 5,000-acre ranch") or the noun before it ("winds of 120 mph", "the fire has burned
// 5,000 acres"), and its dimension as the measure, so that a speed meets only a speed.
import { lexicon } from '../../data/lexicon';
import { WEIGH } from '../values/measure';
import { lemma, type Said, type Site } from './site';
import { governingVerb, governingVerbIndex, headOfPhrase, nounAfter, nounBefore, subjectOfVerb } from './syntax';

/** The dimension of a base unit ("m/s" → speed), from the lexicon's `measure.baseUnits`. */
function dimensionOf(unit: string | undefined): string | undefined {
  const bases = lexicon().values.measure.baseUnits as Record<string, string>;
  return Object.keys(bases).find((dimension) => bases[dimension] === unit);
}

const WEIGHING = new RegExp(`^${WEIGH}$`);

export function measureStatement(site: Site): Said | undefined {
  const { q, ctx, lex } = site;
  const measure = dimensionOf(q.unit);
  if (!measure) return undefined;
  // "Briggs weighed 247 pounds, 12 pounds more than the champion": a weight told by "weigh" is of the verb's subject,
  // a person or the noun before the verb ("The champion, who weighed 235 pounds"), never a noun after the value.
  const k = measure === 'mass' ? governingVerbIndex(site) : undefined;
  if (k !== undefined && WEIGHING.test(site.tokens[k].lower)) {
    const entity = subjectOfVerb(site, site.tokens[k]);
    const counted = entity === undefined ? countedBefore(site, k) : undefined;
    if (counted) return { subject: counted, modifiers: ['total'], predicate: 'weigh', measure };
    return { subject: entity === undefined ? nounBefore(site) : undefined, entity, modifiers: [], predicate: 'weigh', measure };
  }
  const of = /^\s+of\s+/i.exec(ctx.text.slice(q.end, site.sentence.end));
  const subject = (of ? headOfPhrase(ctx.text.slice(q.end + of[0].length, site.sentence.end), lex) : undefined) ?? nounAfter(site) ?? nounBefore(site);
  return { subject, modifiers: [], predicate: governingVerb(site), measure };
}

/**
 * "14 fragments weighing about 5.6kg": the verb right after a count weighs the things counted together, a total that
 * one of them ("the largest fragment, weighing 3.2 kg") does not tell. The counted noun, or undefined.
 */
function countedBefore(site: Site, verb: number): string | undefined {
  const before = site.tokens[verb - 1];
  if (!before) return undefined;
  const count = site.ctx.quantities.find((c) => c.kind === 'count' && c.sentence === site.q.sentence && c.start <= before.start && before.end <= c.end);
  return count && count.low !== null && count.low > 1 ? lemma(count.unit.toLowerCase(), site.lex) : undefined;
}
