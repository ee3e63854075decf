// Weekdays (0 = Sunday). "last Friday", "next Monday", "every Sunday", "on Sundays" name other days than the story's
// and are left out. A weekday after a reporting verb ("said Tuesday") is the day someone said it: the statement says
// whose (read/statements/).
import { lexicon } from '../../data/lexicon';
import type { Quantity } from '../../types';
import { matchesIn, type Sentence, type ValueKind } from './kind';

const WEEKDAY = /\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)s?\b/g;
const UNTIL_CLOCK_BEFORE = /\b(?:until|till|by)\s+(?:\d{1,2}(?:[:.]\d{2})?\s*(?:a\.m\.|p\.m\.|am|pm)|noon|midnight)\s+(?:on\s+)?$/i;

export const weekday: ValueKind = {
  kind: 'day',
  priority: 6,
  find(s: Sentence): Quantity[] {
    const lex = lexicon();
    const found: Quantity[] = [];
    for (const m of matchesIn(s, WEEKDAY)) {
      // "on Fridays" is a habit, not a day.
      if (m[0].endsWith('s') && m[0] !== m[1]) continue;
      const words = s.text.slice(Math.max(s.from, m.index - 25), m.index).toLowerCase().split(/[^a-z]+/).filter(Boolean);
      const previous = words[words.length - 1];
      const beforeOn = previous === 'on' ? words[words.length - 2] : previous;
      if (beforeOn && ['last', 'next', 'this', 'every', 'since', 'until', 'by', 'coming'].includes(beforeOn)) continue;
      // "on strike until 7 a.m. on Friday", "by noon Monday": the end of a span or a deadline, as "until Friday" is.
      if (UNTIL_CLOCK_BEFORE.test(s.text.slice(Math.max(s.from, m.index - 30), m.index))) continue;
      const day = lex.weekdays.indexOf(m[1].toLowerCase());
      found.push({ start: m.index, end: m.index + m[1].length, text: m[1], kind: 'day', low: day, high: day, unit: 'weekday', sentence: s.index, precision: 1 });
    }
    return found;
  },
  format: (q) => (q.low === null ? q.text : lexicon().weekdays[q.low].replace(/^./, (c) => c.toUpperCase())),
  disjoint: (a, b) => a.low !== b.low,
};
