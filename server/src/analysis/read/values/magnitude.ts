// Magnitudes of earthquakes: "a 6.1 quake", "6.1-magnitude", "magnitude 6.1", "M6.1", "measuring 6.1 on the Richter
// scale". A magnitude is written to a tenth, so "5.9" and "6.1" differ while "6.1" and "6.1" agree.
import { lexicon } from '../../data/lexicon';
import type { Quantity } from '../../types';
import { showInterval, type Sentence, type ValueKind } from './kind';
import { scan, type Pattern } from './scan';

const VALUE = '(\\d{1,2}(?:\\.\\d)?)';
let patterns: Pattern[] | undefined;

function magnitudePatterns(): Pattern[] {
  const words = lexicon().values.magnitude;
  const nouns = `(?:${words.nouns.join('|')})`;
  const scales = `(?:${words.scales.join('|')})`;
  const of = (written: string) => {
    const value = parseFloat(written);
    return value > 0 && value < 10.5 ? { value, unit: 'magnitude', precision: written.includes('.') ? 0.1 : 1 } : null;
  };
  return [
    { re: new RegExp(`\\bmagnitude(?:[-\\s]of)?[-\\s]${VALUE}\\b`, 'iy'), value: (m) => of(m[1]) },
    { re: new RegExp(`\\bM\\s?${VALUE}\\b(?=\\s|[,.;)]|$)`, 'y'), value: (m) => (m[1].includes('.') ? of(m[1]) : null) },
    // "6.1-magnitude", "6.1 magnitude", and "6.1 -magnitude" as copy sometimes spaces it.
    { re: new RegExp(`\\b${VALUE}(?:\\s?-magnitude|\\smagnitude|[-\\s]?(?:on|in) the ${scales}|[-\\s]${nouns})\\b`, 'iy'), value: (m) => (m[1].includes('.') || /magnitude|richter|scale/i.test(m[0]) ? of(m[1]) : null) },
    { re: new RegExp(`\\bmeasur(?:ed|ing)\\s(?:at\\s)?${VALUE}\\b`, 'iy'), value: (m) => of(m[1]) },
  ];
}

export const magnitude: ValueKind = {
  kind: 'magnitude',
  priority: 6,
  find(s: Sentence): Quantity[] {
    patterns ??= magnitudePatterns();
    return scan(s, 'magnitude', patterns);
  },
  format: (q) => `magnitude ${showInterval(q, '')}`,
};
