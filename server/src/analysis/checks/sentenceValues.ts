// A sentence that gives two values of one kind tells two things apart ("the 13-inch MacBook and the 15-inch MacBook
// Pro", "protection for 300,000 people, and … 700,000 Dreamers", "eight hours of battery life, up from five hours"):
// its source does not disagree with a source that gives the other of the two.
import type { Config } from '../config';
import type { Corpus } from '../corpus/corpus';
import { lexicon } from '../data/lexicon';
import { valuesDisjoint } from '../read/values';
import type { ClaimRef, QuantityKind } from '../types';

/**
 * Kinds of value a sentence lists side by side for several things (models, groups, sums, spans). Days, dates and
 * times are left out: one sentence often dates two steps of one event ("shot on Monday, charged on Tuesday").
 */
const LISTED_KINDS = new Set<QuantityKind>(['count', 'money', 'duration', 'length', 'percent', 'rank']);

/**
 * Whether the sentence of `claim` also gives, in another statement of the same attribute, a value that fits `other`'s.
 * The verbs of a listing vary ("costs $1199, while the 15-inch will sell for $1499"), so they are not compared, except
 * a toll's: killed and injured count two sets, so "killed five and injured three" still disagrees with "three killed".
 */
export function sentenceGivesBoth(corpus: Corpus, config: Config, claim: ClaimRef, other: ClaimRef): boolean {
  if (!LISTED_KINDS.has(other.quantity.kind)) return false;
  const reading = corpus.readings.get(claim.uri);
  if (!reading) return false;
  return reading.claims.some((c, index) => {
    if (index === claim.index || c.sentence !== claim.claim.sentence || c.attribute !== other.claim.attribute) return false;
    if (c.predicate !== other.claim.predicate && [c.predicate, other.claim.predicate].some(isToll)) return false;
    const q = reading.quantities[c.quantity];
    if (q.kind !== other.quantity.kind || (q.kind === 'money' && q.unit !== other.quantity.unit)) return false;
    return !valuesDisjoint(q, other.quantity, config.tolerances.exact);
  });
}

const isToll = (predicate: string | undefined) => !!predicate && lexicon().tollNouns.has(predicate);
