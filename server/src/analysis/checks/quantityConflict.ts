// quantity-conflict: how long, how many, how much, how far. Durations, counts and tolls, sums of money,
// magnitudes, percentages and distances of the same event or thing whose intervals cannot both be true.
import type { Config } from '../config';
import type { Corpus } from '../corpus/corpus';
import type { ClaimGroup, Finding } from '../types';
import { claimConflicts, eventName } from './claimConflict';

export function quantityConflict(corpus: Corpus, config: Config): Finding[] {
  return claimConflicts(corpus, config, {
    code: 'quantity-conflict',
    attributes: new Set(['duration', 'count', 'money', 'percent', 'distance']),
    name: (c, group) => subjectName(group) ?? `${group.attribute} of the ${eventName(c, group)}`,
  });
}

/** "number of bombs", "value of the jewelry": how a claim about a thing is named in messages. */
function subjectName(group: ClaimGroup): string | undefined {
  const subject = group.claims[0]?.claim.subject;
  if (subject === undefined) return undefined;
  if (subject === 'magnitude') return 'magnitude of the earthquake';
  if (group.attribute === 'duration') return `time ${subject}`;
  if (group.attribute === 'distance') return subject === 'home' ? 'distance to the home' : `distance to ${subject}`;
  return group.attribute === 'money' ? `amount for the ${subject}` : `number of “${subject}”`;
}
