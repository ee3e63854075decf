// Measures of the dimensions other than length: speeds ("120 mph", "193 km/h", "40 knots"), areas ("5,000 acres",
// "2,000 hectares", "12 square miles") and masses ("2 tons", "1,800 kilograms", "300 pounds of explosives", "weighed
// 247 pounds"). Each is
// read in its dimension's base unit, so a figure in miles an hour meets one in kilometres an hour; the unit of a
// value is that base unit, and values of two dimensions are never compared. The units are the lexicon's
// (`measure.units`); adding a dimension is its units there.
import { lexicon } from '../../data/lexicon';
import type { Quantity } from '../../types';
import { showInterval, type Sentence, type ValueKind } from './kind';
import { NUMBER, parseNumber, precisionOf, type Parsed } from './numbers';
import { scan, type Pattern } from './scan';

type Units = Record<string, Record<string, number>>;

/** Each written unit (lower case, one space between words) with its dimension's base unit and its size in it. */
let sizes: Map<string, { base: string; size: number }> | undefined;

function unitSizes(): Map<string, { base: string; size: number }> {
  if (sizes) return sizes;
  const words = lexicon().values.measure;
  sizes = new Map();
  for (const [dimension, units] of Object.entries(words.units as Units)) {
    const base = (words.baseUnits as Record<string, string>)[dimension];
    for (const [unit, size] of Object.entries(units)) sizes.set(unit, { base, size });
  }
  return sizes;
}

/** The units as one alternation, longest first; a unit written with " of" is the word before "of", which it needs after it. */
function unitsPattern(): string {
  const escape = (unit: string) => unit.replace(/[/²]/g, (c) => `\\${c}`).replace(/ /g, '\\s');
  const units = [...unitSizes().keys()].sort((a, b) => b.length - a.length);
  return `(?:${units.map((u) => (u.endsWith(' of') ? `${escape(u.slice(0, -3))}(?=\\s+of\\b)` : escape(u))).join('|')})`;
}

/** A measure in its base unit; `written` is the unit as matched. */
function measureOf(value: number, written: string, followedByOf: boolean): Parsed | null {
  const key = written.toLowerCase().replace(/\s+/g, ' ');
  const unit = unitSizes().get(key) ?? (followedByOf ? unitSizes().get(`${key} of`) : undefined);
  if (!unit || Number.isNaN(value)) return null;
  return { value: value * unit.size, unit: unit.base, precision: precisionOf(value) * unit.size };
}

/** The forms of the verb of weighing: after one, pounds are a weight (here), said of the verb's subject (statements/measure.ts). */
export const WEIGH = 'weigh(?:s|ed|ing)?';

let patterns: Pattern[] | undefined;

function measurePatterns(): Pattern[] {
  const UNIT = unitsPattern();
  return [
    {
      // "120 mph", "120-mph winds", "5,000-acre", "2 tons"; a letter or digit right after the unit makes it another word.
      re: new RegExp(`\\b(${NUMBER})[-\\s]?(${UNIT})(?![A-Za-z0-9])`, 'iy'),
      value: (m, s) => measureOf(parseNumber(m[1]), m[2], /^\s+of\b/i.test(s.text.slice(m.index + m[0].length, s.to))),
    },
    {
      // "weighed 247 pounds", "weighed in at about 235 pounds": after a verb of weighing, pounds are a weight, not money;
      // "weighs 12 pounds more than" is a difference.
      re: new RegExp(`(?<=\\b${WEIGH}\\s+(?:in\\s+at\\s+)?(?:[a-z]+\\s+){0,2})(${NUMBER})\\s(pounds?|lbs?)\\b(?!\\s+(?:more|less|heavier|lighter)\\b)`, 'iy'),
      value: (m) => measureOf(parseNumber(m[1]), m[2], true),
    },
  ];
}

/** How messages show a measure: speeds in km/h, areas in hectares (square kilometres from 1,000), masses in kg or tonnes. */
const SHOWN: Record<string, (q: Quantity, reference: number) => string> = {
  'm/s': (q) => showInterval(q, 'km/h', 0.277778),
  'm²': (q, reference) => (reference >= 1e9 ? showInterval(q, 'km²', 1e6) : showInterval(q, 'ha', 1e4)),
  kg: (q, reference) => (reference >= 1000 ? showInterval(q, 't', 1000) : showInterval(q, 'kg')),
};

export const measure: ValueKind = {
  kind: 'measure',
  // Above a length: "193 km/h" is a speed, not 193 km.
  priority: 5,
  find(s: Sentence): Quantity[] {
    patterns ??= measurePatterns();
    return scan(s, 'measure', patterns);
  },
  format(q: Quantity): string {
    const reference = Math.max(q.low ?? 0, q.high ?? 0);
    return SHOWN[q.unit ?? '']?.(q, reference) ?? q.text;
  },
};
