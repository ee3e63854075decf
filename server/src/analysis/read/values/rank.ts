// Ranks and ordinals: "the second-largest city", "finished third", "ranked No. 4", "the No. 2 official", "the 86th annual Academy Awards",
// "for the fourth time", "a five-time All-Star", "the sixth Democrat to enter the race", "in the ninth round", "its third strike since May". An ordinal that names which one is meant ("the second victim") is
// part of a subject, not a value, and idioms hold no number ("eleventh-hour", "first-hand"): neither is read.
import { lexicon } from '../../data/lexicon';
import type { Quantity } from '../../types';
import { type Sentence, type ValueKind } from './kind';
import { WORD_NUMBER, anyCase, parseNumber } from './numbers';
import { scan, type Pattern } from './scan';

const NUMERIC_ORDINAL = '\\d{1,3}(?:st|nd|rd|th)';

function ordinalValue(written: string): number {
  const digits = /^(\d+)/.exec(written);
  if (digits) return +digits[1];
  return (lexicon().values.rank.ordinals as Record<string, number>)[written.toLowerCase()] ?? NaN;
}

let patterns: Pattern[] | undefined;

function rankPatterns(): Pattern[] {
  const words = lexicon().values.rank;
  const ORDINAL = `(?:${NUMERIC_ORDINAL}|${anyCase(Object.keys(words.ordinals).join('|'))})`;
  const idioms = `(?:${words.idioms.join('|')})`;
  const rank = (written: string, unit: string) => {
    const value = ordinalValue(written);
    return Number.isNaN(value) ? null : { value, unit, precision: 1 };
  };
  return [
    // "the second-ranking official", "the third-highest-ranking Democrat", "the No. 2 official": a rank in an
    // order of office. "No." only after a determiner or a possessive: "No. 10 Downing Street" is an address.
    { re: new RegExp(`\\b(${ORDINAL})[-\\s](?:(?:highest|top)[-\\s])?ranking\\b`, 'iy'), value: (m) => rank(m[1], 'ranking') },
    { re: /(?<=\b(?:the|a|his|her|its|their|our)\s|\w['’]s\s)No\.\s?(\d{1,3})(?=\s[A-Za-z])/y, value: (m) => rank(m[1], 'ranking') },
    // "the second-largest", "third most populous": a rank among things compared.
    {
      re: new RegExp(`\\b(${ORDINAL})[-\\s](?!${idioms}\\b)((?:most|least)\\s[a-z]+|[a-z]+est)\\b`, 'y'),
      value: (m) => rank(m[1], m[2].toLowerCase()),
    },
    // "finished third", "ranked fifth", "ranked No. 4".
    {
      re: new RegExp(`(?<=\\b(?:${words.rankVerbs.join('|')})\\s(?:in\\s)?)(?:No\\.\\s?(\\d{1,3})|(${ORDINAL}))\\b(?![-\\s]${idioms}\\b)`, 'iy'),
      value: (m) => rank(m[1] ?? m[2], 'place'),
    },
    // "rose 12 places to 29th", "up 12 places to 29th", "slipped to fifth": the place a move in an order reached.
    {
      re: new RegExp(`(?<=\\b(?:${words.movedVerbs.join('|')})\\s(?:(?:\\d{1,3}|${WORD_NUMBER})\\s(?:places?|spots?|positions?|rungs?)\\s)?to\\s)(${ORDINAL})\\b(?![-\\s]${idioms}\\b)`, 'iy'),
      value: (m) => rank(m[1], 'place'),
    },
    // "took sixth place", "in third place", "fourth-placed Tom Ward", and "in fifth" closing a clause ("the leading
    // Spaniard in fifth."): a place in a race's order. "In the first place" is an idiom; "a second-place finish" is as
    // often one hoped for.
    {
      re: new RegExp(`(?<!\\b(?:the|a)\\s)\\b(${ORDINAL})(?=\\splace\\b|-placed\\b)|(?<=\\bin\\s)(${ORDINAL})(?=\\s*[.,;]|\\s*$)`, 'iy'),
      value: (m) => rank(m[1] ?? m[2], 'place'),
    },
    // "the sixth Democrat to enter the race", "the 10th state to legalize": a place in the order of those who did a thing.
    {
      re: new RegExp(`(?<=\\bthe\\s)(${ORDINAL})(?=\\s(?!${idioms}\\b)(?:[A-Za-z]+\\s)?[A-Za-z]+\\sto\\s[a-z])`, 'iy'),
      value: (m) => rank(m[1], 'order'),
    },
    // "knocked him out in the ninth round", "a 10th-round knockout", "scored in the 89th minute": the step of a
    // contest in which an act happened. Only after "in the" or before the noun it modifies: "the second round of
    // talks" names which round, and "first-round" which pick.
    {
      re: new RegExp(`(?<=\\bin the\\s)(${ORDINAL})\\s(${words.sequenceNouns.join('|')})\\b(?!\\s+of\\b)|\\b(${ORDINAL})-(${words.sequenceNouns.join('|')})(?=\\s+(?!pick|draft|selection)[a-z]{4,})`, 'iy'),
      value: (m) => rank(m[1] ?? m[3], (m[2] ?? m[4]).toLowerCase()),
    },
    // "his 15th goal of the season", "the company's 14th launch this year": how many so far, a tally of the period.
    {
      re: new RegExp(`(?<=\\b(?:his|her|its|their)\\s|\\w['’]s\\s)(${ORDINAL})(?=\\s[a-z]{3,}\\s(?:of\\s(?:the|this|his|her|its|their)\\s(?:season|year|campaign|career|month|week|tournament)|this\\s(?:season|year|month|week))\\b)`, 'iy'),
      value: (m) => rank(m[1], 'tally'),
    },
    // "the fourth outbreak on a cruise ship this year", "the third crash reported this season": a tally of the
    // period named a few words after its noun.
    {
      re: new RegExp(`(?<=\\bthe\\s)(${ORDINAL})(?=\\s(?!${idioms}\\b)[a-z]{3,}\\s(?:[a-z]+\\s){0,5}?(?:so\\sfar\\s)?this\\s(?:season|year|month|week)\\b)`, 'iy'),
      value: (m) => rank(m[1], 'tally'),
    },
    // "the union's third strike since November", "the fourth strike by the union since 2015": a tally since a time.
    {
      re: new RegExp(`(?<=\\b(?:the|his|her|its|their)\\s|\\w['’]s\\s)(${ORDINAL})(?=\\s[a-z]{3,}\\s(?:(?:by|of|for|against|in)\\s(?:the\\s)?[a-z]+\\s)?since\\s)`, 'iy'),
      value: (m) => rank(m[1], 'tally'),
    },
    // "fell from the ninth floor", "a fire on the 14th storey", "a seventh-floor window": the level of a building where
    // a thing happened. Only after a preposition and "the", or before the noun it modifies: "the first floor" alone is
    // as often a name of a room's place as a statement.
    {
      re: new RegExp(`(?<=\\b(?:on|from|at|to|onto|off|of|reached|between)\\sthe\\s)(${ORDINAL})[-\\s](?:floor|storey|story)\\b|\\b(${ORDINAL})-(?:floor|storey)(?=\\s[a-z]{3,})`, 'iy'),
      value: (m) => rank(m[1] ?? m[2], 'floor'),
    },
    // "the 86th annual", "the 50th anniversary", "his third term": an edition of something recurring. "The 50th annual
    // fair" is its 50th edition.
    { re: new RegExp(`\\b(${ORDINAL})[-\\s](${words.editionNouns.join('|')})\\b`, 'iy'), value: (m) => rank(m[1], m[2].toLowerCase() === 'annual' ? 'edition' : m[2].toLowerCase()) },
    // "for the fourth time", "a five-time All-Star": how many times. "For the first time" is said of anything new
    // ("saw, for the first time, the photos"): an idiom, not a count of occasions.
    { re: new RegExp(`(?<=\\bfor the\\s)(?!first\\b)(${ORDINAL})\\stime\\b`, 'iy'), value: (m) => rank(m[1], 'time') },
    {
      re: new RegExp(`\\b(\\d{1,2}|${anyCase(WORD_NUMBER)})-time\\b`, 'y'),
      value: (m) => {
        const value = parseNumber(m[1]);
        return Number.isNaN(value) ? null : { value, unit: 'times', precision: 1 };
      },
    },
  ];
}

export const rank: ValueKind = {
  kind: 'rank',
  priority: 7,
  find(s: Sentence): Quantity[] {
    patterns ??= rankPatterns();
    return scan(s, 'rank', patterns);
  },
  format(q: Quantity): string {
    if (q.low === null) return q.text;
    if (q.unit === 'times') return `${q.low} times`;
    if (q.unit === 'ranking') return `No. ${q.low}`;
    const n = q.low;
    const suffix = n % 100 >= 11 && n % 100 <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
    return `${n}${suffix}${q.unit === 'place' || q.unit === 'order' || q.unit === 'tally' ? '' : ` ${q.unit}`}`;
  },
};
