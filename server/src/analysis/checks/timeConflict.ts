// time-conflict: when it happened. Times of day (per time zone), weekdays (resolved against the article's
// date when it has one) and dates of the same kind of incident that cannot both be true; times before the article
// ("6 months ago", as days from the article's date) compared with each other.
import type { Config } from '../config';
import type { Corpus } from '../corpus/corpus';
import type { Finding } from '../types';
import { claimConflicts } from './claimConflict';

export function timeConflict(corpus: Corpus, config: Config): Finding[] {
  return claimConflicts(corpus, config, { code: 'time-conflict', attributes: new Set(['time', 'day', 'date', 'ago']) });
}
