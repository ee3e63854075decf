// All checks over the corpus. One file per check; each finding code is documented in the README.
import type { Config } from '../config';
import type { Corpus } from '../corpus/corpus';
import type { Finding } from '../types';
import type { Check } from './finding';
import { quantityConflict } from './quantityConflict';
import { quoteWording } from './quoteWording';
import { nameSpelling } from './nameSpelling';
import { missingName } from './missingName';
import { placeSpelling } from './placeSpelling';
import { quoteSpeaker } from './quoteSpeaker';
import { timeConflict } from './timeConflict';
import { placeConflict } from './placeConflict';
import { descriptionConflict } from './descriptionConflict';
import { weekdayDate } from './weekdayDate';

export const CHECKS: Check[] = [
  quantityConflict,
  timeConflict,
  placeConflict,
  descriptionConflict,
  quoteWording,
  nameSpelling,
  missingName,
  placeSpelling,
  quoteSpeaker,
  weekdayDate,
];

export function runChecks(corpus: Corpus, config: Config): Finding[] {
  const findings: Finding[] = [];
  for (const check of CHECKS) findings.push(...check(corpus, config));
  const order = new Map([...corpus.readings.keys()].map((uri, i) => [uri, i]));
  return findings.sort((a, b) => (order.get(a.uri) ?? 0) - (order.get(b.uri) ?? 0) || a.start - b.start || (a.code < b.code ? -1 : 1));
}
