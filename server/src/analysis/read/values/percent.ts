// Percentages: "17 percent", "17%", "17 per cent", "seventeen percent", "90-plus percent" (at least 90). The unit is
// the percent itself; what it is a share of is read with the statement.
import type { Quantity } from '../../types';
import { showInterval, type Sentence, type ValueKind } from './kind';
import { DIGITS, WORD_NUMBER, parseNumber, precisionOf } from './numbers';
import { scan, type Pattern } from './scan';

const PATTERNS: Pattern[] = [
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

export const percent: ValueKind = {
  kind: 'percent',
  priority: 5,
  find: (s: Sentence): Quantity[] => scan(s, 'percent', PATTERNS),
  // Rates are written to the hundredth ("4.25%", "12.5 percent"): shown as written, not rounded to "4.3 %" or "13 %".
  format: (q) => showInterval(q, '%', 1, false, 2),
};
