// Lengths, heights, depths and distances, in metres, metric and imperial alike: "150ft", "45m", "0.8 miles", "a
// 40-metre drop", "half a mile", "6-foot-2", "15 miles (24 km)". What a length measures (depth, height, a distance
// from a place, a fall) is read with the statement, from the words that govern it; the lexicon's `dimensions`
// names them. A bare "m" after a number is metres unless a plural noun follows ("45m people" is 45 million).
import { lexicon } from '../../data/lexicon';
import type { Quantity } from '../../types';
import { showInterval, type Sentence, type ValueKind } from './kind';
import { NUMBER, parseNumber, precisionOf, type Parsed } from './numbers';
import { scan, type Pattern } from './scan';

function unitsPattern(): string {
  const units = Object.keys(lexicon().values.length.units).filter((u) => u !== 'in');
  return `(?:${units.sort((a, b) => b.length - a.length).map((u) => u.replace(/ /g, '\\s')).join('|')})`;
}

/** The size of a written unit in metres; NaN when it is none. */
export function metresOf(unit: string): number {
  return (lexicon().values.length.units as Record<string, number>)[unit.toLowerCase().replace(/\s+/g, ' ')] ?? NaN;
}

/** A length in metres; `step` is the rounding a fraction shows ("half a mile"), in the unit written. */
function lengthOf(value: number, unit: string, step?: number): Parsed | null {
  const size = metresOf(unit);
  if (Number.isNaN(size) || Number.isNaN(value)) return null;
  return { value: value * size, unit: 'm', precision: (step ?? precisionOf(value)) * size };
}


/**
 * Whether a bare "m" after a number is metres: followed by the end of a phrase, a compound ("45m-high"), a dimension
 * word or a preposition ("45m deep", "fell 45m into"); not after a currency sign ("£45m") nor before a noun ("45m people").
 */
function metresAfter(s: Sentence, end: number, start: number): boolean {
  if (/[$£€¥₹]\s?$/.test(s.text.slice(Math.max(0, start - 2), start))) return false;
  const after = s.text.slice(end, s.to);
  if (/^(?:\s*[,.;:)]|\s*$|-[a-z])/.test(after) || (lexicon().values.length.wordsAfterMetres as string[]).includes(/^\s+([a-z]+)\b/i.exec(after)?.[1]?.toLowerCase() ?? '')) return true;
  const next = /^\s+([a-z]+)/.exec(after)?.[1];
  return next !== undefined && (lexicon().values.length.dimensions as Record<string, string>)[next] !== undefined;
}

let patterns: Pattern[] | undefined;

function lengthPatterns(): Pattern[] {
  const UNIT = unitsPattern();
  return [
    // "6-foot-2", "6 feet 2 inches": a height in feet and inches.
    {
      re: new RegExp(`\\b(\\d)[-\\s](?:foot|feet|ft)[-\\s](\\d{1,2})(?:[-\\s]?(?:inches|inch|in)\\b)?(?!\\d|\\.\\d)`, 'iy'),
      value: (m) => ({ value: +m[1] * 0.3048 + +m[2] * 0.0254, unit: 'm', precision: 0.0254 }),
    },
    { re: new RegExp(`\\bhalf an? (${UNIT})\\b`, 'iy'), value: (m) => lengthOf(0.5, m[1], 0.5) },
    { re: new RegExp(`\\b(an?|one) (${UNIT}) and a half\\b`, 'iy'), value: (m) => lengthOf(1.5, m[2], 0.5) },
    { re: new RegExp(`\\b(${NUMBER}) and a half (${UNIT})\\b`, 'iy'), value: (m) => lengthOf(parseNumber(m[1]) + 0.5, m[2], 0.5) },
    {
      re: new RegExp(`\\b(${NUMBER})[-\\s]?(${UNIT})\\b(?!-(?:old|long))`, 'iy'),
      value: (m, s) => (/^m$/i.test(m[2]) && !metresAfter(s, m.index + m[0].length, m.index) ? null : lengthOf(parseNumber(m[1]), m[2])),
    },
  ];
}

export const length: ValueKind = {
  kind: 'length',
  priority: 4,
  find(s: Sentence): Quantity[] {
    patterns ??= lengthPatterns();
    return scan(s, 'length', patterns);
  },
  format(q: Quantity): string {
    const reference = Math.max(q.low ?? 0, q.high ?? 0);
    return reference >= 1000 ? showInterval(q, 'km', 1000) : showInterval(q, 'm');
  },
};
