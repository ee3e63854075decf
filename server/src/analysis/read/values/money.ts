// Sums of money, per currency (never converted: rates change, and sources convert at their own): "$2.6 million",
// "£1.2m", "two million euros", "100 billion USD". Currency signs are also read as mojibake ("Â£": UTF-8 once
// decoded as Windows-1252).
import { lexicon } from '../../data/lexicon';
import { mojibakeOf, repairMojibake } from '../../text/mojibake';
import type { Quantity } from '../../types';
import { showInterval, type Sentence, type ValueKind } from './kind';
import { DIGITS, NUMBER, SCALE_WORD, parseNumber, precisionOf } from './numbers';
import { scan, type Pattern } from './scan';

let patterns: Pattern[] | undefined;

function moneyPatterns(): Pattern[] {
  const words = lexicon().values.money;
  const signs = words.signs as Record<string, string>;
  const names = words.names as Record<string, string>;
  const escape = (w: string) => w.replace(/[$.*+?^()|[\]\\{}]/g, '\\$&');
  const signList = [...Object.keys(signs).sort((a, b) => b.length - a.length).map(escape), ...['£', '€', '¥', '₹'].map((c) => escape(mojibakeOf(c)))].join('|');
  const nameList = Object.keys(names).sort((a, b) => b.length - a.length).map(escape).join('|');
  const sum = (number: string, currency: string | undefined) => {
    const value = parseNumber(number);
    return currency ? { value, unit: currency, precision: precisionOf(value) } : null;
  };
  return [
    { re: new RegExp(`(${signList})\\s?(${DIGITS})(${SCALE_WORD})?`, 'iy'), value: (m) => sum(m[2] + (m[3] ?? ''), signs[repairMojibake(m[1]).toLowerCase()]) },
    { re: new RegExp(`\\b(${NUMBER})\\s(${nameList})\\b`, 'iy'), value: (m) => sum(m[1], names[m[2].toLowerCase()]) },
    { re: new RegExp(`\\b(usd|eur|gbp)\\s?(${DIGITS})(${SCALE_WORD})?`, 'iy'), value: (m) => sum(m[2] + (m[3] ?? ''), names[m[1].toLowerCase()]) },
  ];
}

export const money: ValueKind = {
  kind: 'money',
  priority: 5,
  find(s: Sentence): Quantity[] {
    patterns ??= moneyPatterns();
    return scan(s, 'money', patterns);
  },
  format: (q) => showInterval(q, q.unit, 1, true),
};
