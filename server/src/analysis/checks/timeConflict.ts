// time-conflict: when it happened. Times of day (per time zone), weekdays (resolved against the article's
// date when it has one) and dates of the same kind of incident that cannot both be true; times before the article
// ("6 months ago", as days from the article's date) compared with each other.
import type { Config } from '../config';
import type { Corpus } from '../corpus/corpus';
import type { ClaimRef, Finding } from '../types';
import { claimConflicts } from './claimConflict';

export function timeConflict(corpus: Corpus, config: Config): Finding[] {
  return claimConflicts(corpus, config, {
    code: 'time-conflict',
    attributes: new Set(['time', 'day', 'date', 'ago']),
    name: (_corpus, _group, claim, others) => whenName(claim, others),
  });
}

/** "day of the attack", "time of the reported event": the incident named by the claim or the ones it is compared with. */
function whenName(claim: ClaimRef, others: ClaimRef[]): string {
  const event = [claim, ...others].map((c) => c.claim.event).find((e) => e !== 'main');
  const attribute = claim.claim.attribute === 'ago' ? 'date' : claim.claim.attribute;
  return `${attribute} of the ${event ?? 'reported event'}`;
}
