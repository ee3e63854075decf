// Percentages: "17 percent", "17%", "17 per cent", "seventeen percent", "90-plus percent" (at least 90). The unit is
// the percent itself; what it is a share of is read with the statement.
import type { Quantity } from '../../types';
import { showInterval, type Sentence, type ValueKind } from './kind';
import { DIGITS, WORD_NUMBER, parseNumber, precisionOf } from './numbers';
import { scan, type Pattern } from './scan';

/** The unit of a change of a rate told in points: "25 basis points", "0.25 percentage points" (a quarter of a point). */
export const PERCENTAGE_POINT = 'percentage point';

const PATTERNS: Pattern[] = [
  // "by 25 basis points": hundredths of a percentage point.
  {
    re: new RegExp(`\\b(${DIGITS})\\s?(?:basis[\\s-]points?\\b|bps\\b)`, 'iy'),
    value: (m) => ({ value: parseNumber(m[1]) / 100, unit: PERCENTAGE_POINT, precision: precisionOf(parseNumber(m[1])) / 100 }),
  },
  {
    re: new RegExp(`\\b(${DIGITS}|${WORD_NUMBER})\\s?percentage[\\s-]points?\\b`, 'iy'),
    value: (m) => ({ value: parseNumber(m[1]), unit: PERCENTAGE_POINT, precision: precisionOf(parseNumber(m[1])) }),
  },
  // "a quarter of a percentage point", "half a percentage point".
  {
    re: /\b(a quarter|three quarters|half)\s(?:of\s)?a\spercentage[\s-]point\b/iy,
    value: (m) => {
      const value = FRACTIONS[m[1].toLowerCase()];
      return { value, unit: PERCENTAGE_POINT };
    },
  },
  // "90-plus percent": at least ninety.
  {
    re: new RegExp(`\\b(${DIGITS}|${WORD_NUMBER})-plus\\s(%|percent\\b|per cent\\b)`, 'iy'),
    value: (m) => ({ value: parseNumber(m[1]), unit: 'percent', low: parseNumber(m[1]), high: null }),
  },
  {
    re: new RegExp(`\\b(${DIGITS}|${WORD_NUMBER})\\s?(%|percent\\b|per cent\\b|pc\\b)`, 'iy'),
    value: (m) => ({ value: parseNumber(m[1]), unit: 'percent', precision: precisionOf(parseNumber(m[1])) }),
  },
];

const FRACTIONS: Record<string, number> = { 'a quarter': 0.25, 'three quarters': 0.75, half: 0.5 };

export const percent: ValueKind = {
  kind: 'percent',
  priority: 5,
  find: (s: Sentence): Quantity[] => scan(s, 'percent', PATTERNS),
  // Rates are written to the hundredth ("4.25%", "12.5 percent"): shown as written, not rounded to "4.3 %" or "13 %".
  format: (q) => (q.unit === PERCENTAGE_POINT ? showInterval(q, q.low === 1 && q.high === 1 ? PERCENTAGE_POINT : `${PERCENTAGE_POINT}s`, 1, false, 2) : showInterval(q, '%', 1, false, 2)),
};
