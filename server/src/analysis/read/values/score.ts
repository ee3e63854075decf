// The result of a vote, a ruling or a game: two numbers joined by a dash ("ruled 6-3", "passed the bill 234-193",
// "beat Tulsa City 2-1", "a 5-4 decision", "a 4-0 home defeat"), or by "to" after a verb or in a tally of votes ("voted 214 to 178", "by 214
// votes to 187"). Read only next to a word of voting, ruling or winning (values.json
// `score`): alone, "6-3" may be a range, a date or a name. The value is the pair, larger first, so "lost 1-2" and "won
// 2-1" are one result; two results differ unless both numbers are the same.
import { lexicon } from '../../data/lexicon';
import type { Quantity } from '../../types';
import { matchesIn, type Sentence, type ValueKind } from './kind';

/** The larger number of a result times this, plus the smaller: one integer per result (each side has up to 3 digits). */
const SIDE = 1000;

let SCORE: RegExp | undefined;

function scorePattern(): RegExp {
  const { verbs, nouns } = lexicon().values.score;
  // A verb, then up to three capitalised words (the other side: "beat Real Madrid 2-1") or "the bill", then the result;
  // or the result, then a noun ("a 5-4 decision"). Not a part of a longer run of numbers and dashes ("1-2-3", "9-11-2001").
  const pair = '(\\d{1,3})\\s?[-–]\\s?(\\d{1,3})(?![-–/.:]?\\d)';
  // After a verb the two sides may be joined by "to" ("voted 214 to 178"); a tally in words names its votes ("by 214
  // votes to 187").
  const joined = '(\\d{1,3})(?:\\s?[-–]\\s?|\\sto\\s)(\\d{1,3})(?![-–/.:,]?\\d)';
  return new RegExp(
    `(?<=\\b(?:${verbs.join('|')})\\s(?:(?:the\\s[a-z]+|[A-Z][\\w.'’-]*)\\s){0,3})(?<![-–\\d])${joined}(?!\\s+[a-z]+s\\b)|(?<![-–/.\\d])\\b${pair}\\s(?=(?:(?:home|away)\\s)?(?:${nouns.join('|')})\\b)|(?<![-–/.,\\d])\\b(\\d{1,3})\\svotes\\sto\\s(\\d{1,3})(?![-–/.:,]?\\d)`,
    'g',
  );
}

export const score: ValueKind = {
  kind: 'score',
  priority: 8,
  find(s: Sentence): Quantity[] {
    SCORE ??= scorePattern();
    const found: Quantity[] = [];
    for (const m of matchesIn(s, SCORE)) {
      const [a, b] = m[1] !== undefined ? [+m[1], +m[2]] : m[3] !== undefined ? [+m[3], +m[4]] : [+m[5], +m[6]];
      const text = m[0].trimEnd();
      const value = Math.max(a, b) * SIDE + Math.min(a, b);
      found.push({ start: m.index, end: m.index + text.length, text, kind: 'score', low: value, high: value, unit: 'score', sentence: s.index });
    }
    return found;
  },
  format(q: Quantity): string {
    if (q.low === null) return q.text;
    return `${Math.floor(q.low / SIDE)}-${q.low % SIDE}`;
  },
  // One result or another: no rounding, no tolerance.
  disjoint: (a, b) => a.low !== b.low,
};
