// quantity-conflict: how long, how many, how much, how far. Durations, counts and tolls, sums of money,
// magnitudes, percentages and distances of the same event or thing whose intervals cannot both be true.
import type { Config } from '../config';
import type { Corpus } from '../corpus/corpus';
import type { Finding } from '../types';
import { claimConflicts } from './claimConflict';

export function quantityConflict(corpus: Corpus, config: Config): Finding[] {
  return claimConflicts(corpus, config, { code: 'quantity-conflict', attributes: new Set(['duration', 'count', 'money', 'percent', 'distance']) });
}
