// Sums of money, per currency (never converted: rates change, and sources convert at their own): "$2.6 million",
// "£1.2m", "two million euros", "100 billion USD". Currency signs are also read as mojibake ("Â£": UTF-8 once
// decoded as Windows-1252).
import { lexicon } from '../../data/lexicon';
import { mojibakeOf, repairMojibake } from '../../text/mojibake';
import type { Quantity } from '../../types';
import { showInterval, type Sentence, type ValueKind } from './kind';
import { DIGITS, NUMBER, SCALE_WORD, WORD_NUMBER, parseNumber, precisionOf } from './numbers';
import { scan, type Pattern } from './scan';

let patterns: Pattern[] | undefined;

function moneyPatterns(): Pattern[] {
  const words = lexicon().values.money;
  const signs = words.signs as Record<string, string>;
  const names = words.names as Record<string, string>;
  const escape = (w: string) => w.replace(/[$.*+?^()|[\]\\{}]/g, '\\$&');
  const signList = [...Object.keys(signs).sort((a, b) => b.length - a.length).map(escape), ...['£', '€', '¥', '₹'].map((c) => escape(mojibakeOf(c)))].join('|');
  const letterSigns = words.letterSigns as Record<string, string>;
  const letterList = Object.keys(letterSigns).sort((a, b) => b.length - a.length).map(escape).join('|');
  const nameList = Object.keys(names).sort((a, b) => b.length - a.length).map(escape).join('|');
  const scaledNames = words.scaledNames as Record<string, string>;
  const scaledList = Object.keys(scaledNames).map(escape).join('|');
  // "$25 million a season", "$5 per share", "$20MM per" is a rate, another unit than a sum: it is compared only with
  // rates of the same period. "up from $2 million a year ago" is a time, not a rate.
  const per = `(?:\\s(?:a|an|each)\\s(${words.periods.join('|')})\\b(?!\\s(?:ago|earlier|before|later|after)\\b)|\\s(per)(?:\\s(?!(?:on|in|at|for|to|the|a|an|and|or|of|with|from|by)\\b)(\\p{Ll}+))?\\b)?`;
  /** The unit of a sum whose rate, if any, starts at group `at` of the match. */
  const unitOf = (currency: string, m: RegExpExecArray, at: number) => {
    const period = m[at] ?? (m[at + 1] ? m[at + 2] ?? 'period' : undefined);
    return period ? `${currency} per ${period.toLowerCase()}` : currency;
  };
  const sum = (value: number, currency: string | undefined, m: RegExpExecArray, at: number) =>
    currency ? { value, unit: unitOf(currency, m, at), precision: precisionOf(value) } : null;
  return [
    {
      // "between $140 and $150 million", "$140-$150 million": the scale written once, after the second number, is both's.
      re: new RegExp(`(${signList})\\s?(${DIGITS})\\s?(?:and|to|-|–)\\s?(?:${signList})?\\s?(${DIGITS})(${SCALE_WORD}|MM\\b)${per}`, 'iuy'),
      value: (m) => {
        const currency = signs[repairMojibake(m[1]).toLowerCase()];
        const [low, high] = [scaled(m[2], m[4]), scaled(m[3], m[4])];
        return currency && low <= high ? { value: low, low, high, unit: unitOf(currency, m, 5) } : null;
      },
    },
    // "$2.6 million", "$200MM" (the financial pages' million)
    { re: new RegExp(`(${signList})\\s?(${DIGITS})(${SCALE_WORD}|MM\\b)?${per}`, 'iuy'), value: (m) => sum(scaled(m[2], m[3]), signs[repairMojibake(m[1]).toLowerCase()], m, 4) },
    { re: new RegExp(`\\b(${NUMBER})\\s(${nameList})\\b${per}`, 'iuy'), value: (m) => sum(parseNumber(m[1]), names[m[2].toLowerCase()], m, 3) },
    // "1.2 million pounds", "1.2m pounds": a figure of millions names a sum, not a weight ("1.2 million pounds of grain"
    // is read as a mass, which is read first).
    { re: new RegExp(`\\b(${DIGITS}(?:\\s?(?:million|billion|trillion)|(?:m|mn|bn)\\b)|${WORD_NUMBER}\\s(?:million|billion))\\s(${scaledList})\\b${per}`, 'iuy'), value: (m) => sum(parseNumber(m[1]), scaledNames[m[2].toLowerCase()], m, 3) },
    // "a two-million-euro booty", "a 5-million-dollar deal", "a two million-euro heist", "a 2 mn-euro heist": a sum
    // written as a compound before its noun, its scale joined to the number or not.
    { re: new RegExp(`\\b(${DIGITS}(?:\\s(?:mn|bn)|${SCALE_WORD})?|${WORD_NUMBER}(?:[-\\s](?:hundred|thousand|million|billion))?)-(${nameList})\\b`, 'iuy'), value: (m) => sum(parseNumber(m[1].replace(/-/g, ' ')), names[m[2].toLowerCase()], m, 3) },
    { re: new RegExp(`\\b(usd|eur|gbp)\\s?(${DIGITS})(${SCALE_WORD})?${per}`, 'iuy'), value: (m) => sum(scaled(m[2], m[3]), names[m[1].toLowerCase()], m, 4) },
    // "R68,000", "R140-million", "Rs 5,000": a currency of capital letters, in its case, with a separator or a scale.
    { re: new RegExp(`\\b(${letterList})\\s?(${DIGITS})(${SCALE_WORD})?${per}`, 'uy'), value: (m) => (m[3] || /,/.test(m[2]) ? sum(scaled(m[2], m[3]), letterSigns[m[1]], m, 4) : null) },
  ];
}

/** Digits and the scale written after them; "MM" is a million. */
function scaled(digits: string, scale: string | undefined): number {
  return scale && /^mm$/i.test(scale) ? parseNumber(digits) * 1e6 : parseNumber(digits + (scale ?? ''));
}

export const money: ValueKind = {
  kind: 'money',
  priority: 5,
  // A sum is stated as paid or asked, not estimated: a writer who has $25,000 writes "$25,000", not "$30,000".
  halfStepApart: true,
  find(s: Sentence): Quantity[] {
    patterns ??= moneyPatterns();
    return scan(s, 'money', patterns);
  },
  format: (q) => {
    const [currency, period] = q.unit.split(' per ');
    const shown = showInterval(q, currency, 1, true);
    return period ? `${shown} per ${period}` : shown;
  },
};
