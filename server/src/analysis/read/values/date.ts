// Dates of the story and of earlier events: "Sept. 13, 2013", "10th Nov", "June 2011", "in July", "in 2009", "in March
// last year", "last month". With a year (written, or from the article's date for "last year" and for a day without
// one) a date is an interval of days since 1970-01-01 (unit `day`): "June 2011" is every day of that June, so it
// agrees with "June 14, 2011". Without a year it stays a day of the year (unit `date`: month × 31 + day) or a month
// (`month of year`), compared only with what can be reduced to the same.
import { lexicon } from '../../data/lexicon';
import type { Quantity } from '../../types';
import { DAY_MS, monthIndex } from '../dates';
import { matchesIn, type Sentence, type ValueKind } from './kind';

const MONTH = '(January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.?|Feb\\.?|Mar\\.|Apr\\.?|Jun\\.|Jul\\.|Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?|Dec\\.?)(?![a-z])';
const YEAR = '((?:19|20)\\d\\d)';
const DATE = new RegExp(
  [
    // "Sept. 13, 2013", "November 10th", "Nov. 30"
    `\\b${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?:,?\\s+${YEAR}\\b)?`,
    // "10 November 2011", "10th Nov"
    `\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH}(?:,?\\s+${YEAR}\\b)?(?!\\.?\\s+\\d{1,2}\\b)`,
    // "June 2011", "in July", "in March last year"
    `\\b${MONTH}(?:,?\\s+${YEAR}\\b|\\s+(last|this|next)\\s+year\\b)?`,
    // "in 2009", "since 1998", "the 2004 tsunami", "a 2012 fire" (a year before a noun it dates, not a plural); an older
    // year only after "in", "since", "until" or "during", and not before a plural ("painted in 1889", not "in 1500 homes")
    `(?<=\\b(?:[Ii]n|[Ss]ince|[Oo]f|[Bb]y|[Uu]ntil|[Dd]uring|[Ff]rom|[Tt]he|[Ee]arly|[Ll]ate|[Mm]id-?)\\s|\\b[Aa]n?\\s(?=(?:19|20)\\d\\d\\s+[a-z]{3,}(?<!s)\\b))(${YEAR.slice(1, -1)}|(?<=\\b(?:[Ii]n|[Ss]ince|[Uu]ntil|[Dd]uring)\\s)1[5-8]\\d\\d(?!\\s+[a-z]{3,}s\\b))\\b(?![-–]\\d|\\s?(?:percent|%))`,
    // "last year", "last month", "earlier this year"
    `\\b(last|this|next)\\s+(year|month)\\b`,
  ].join('|'),
  'g',
);

const dayNumber = (year: number, month: number, day: number) => Math.floor(Date.UTC(year, month, day) / DAY_MS);
const monthDays = (year: number, month: number): [number, number] => [dayNumber(year, month, 1), dayNumber(year, month + 1, 0)];

/** The year a day or month without one most likely has in an article of `date`: that year, unless it would lie well after it. */
function yearFor(articleDate: string | undefined, month: number, day = 1): number | undefined {
  if (!articleDate || !/^\d{4}-\d\d-\d\d/.test(articleDate)) return undefined;
  const year = +articleDate.slice(0, 4);
  const article = Date.parse(`${articleDate.slice(0, 10)}T00:00:00Z`);
  return Date.UTC(year, month, day) - article > 60 * DAY_MS ? year - 1 : year;
}

const relativeYear = (articleDate: string | undefined, which: string): number | undefined =>
  articleDate && /^\d{4}/.test(articleDate) ? +articleDate.slice(0, 4) + (which === 'last' ? -1 : which === 'next' ? 1 : 0) : undefined;

export const date: ValueKind = {
  kind: 'date',
  priority: 7,
  find(s: Sentence): Quantity[] {
    const found: Quantity[] = [];
    const add = (m: RegExpExecArray, start: number, low: number, high: number, unit: string, supplied?: 'year') =>
      found.push({ start, end: m.index + m[0].length, text: s.text.slice(start, m.index + m[0].length), kind: 'date', low, high, unit, sentence: s.index, precision: 1, ...(supplied ? { supplied } : {}) });
    for (const m of matchesIn(s, DATE)) {
      if (m[1] || m[4]) {
        const month = monthIndex(m[1] ?? m[5]);
        const day = +(m[2] ?? m[4]);
        const written = m[3] ?? m[6];
        if (month < 0 || day < 1 || day > 31) continue;
        // "May 5" is a date; "may 5" is not (the pattern is case-sensitive on month names).
        const year = written ? +written : yearFor(s.date, month, day);
        if (year !== undefined) add(m, m.index, dayNumber(year, month, day), dayNumber(year, month, day), 'day', written ? undefined : 'year');
        else add(m, m.index, month * 31 + day - 1, month * 31 + day - 1, 'date');
      } else if (m[7]) {
        const month = monthIndex(m[7]);
        if (month < 0) continue;
        const written = m[8] ? +m[8] : m[9] ? relativeYear(s.date, m[9]) : undefined;
        // "May" is also a verb, "March" a noun: alone, a month needs "in", "since" … before it.
        if (!m[8] && !m[9] && (m[7] === 'May' || !/\b(?:in|since|until|by|early|late|mid-?|of|during)\s*$/i.test(s.text.slice(Math.max(0, m.index - 8), m.index)))) continue;
        if (m[9] && written === undefined) continue;
        const year = written ?? yearFor(s.date, month);
        if (year !== undefined) add(m, m.index, ...monthDays(year, month), 'day', written === undefined ? 'year' : undefined);
        else add(m, m.index, month, month, 'month of year');
      } else if (m[10]) {
        const year = +m[10];
        add(m, m.index, dayNumber(year, 0, 1), dayNumber(year, 11, 31), 'day');
      } else if (m[11]) {
        const year = relativeYear(s.date, m[11]);
        if (year === undefined || !s.date) continue;
        if (m[12].toLowerCase() === 'year') add(m, m.index, dayNumber(year, 0, 1), dayNumber(year, 11, 31), 'day');
        else {
          const at = new Date(`${s.date.slice(0, 10)}T00:00:00Z`);
          const month = at.getUTCMonth() + (m[11] === 'last' ? -1 : m[11] === 'next' ? 1 : 0);
          add(m, m.index, ...monthDays(at.getUTCFullYear(), month), 'day');
        }
      }
    }
    return found;
  },
  format(q: Quantity): string {
    if (q.low === null || q.high === null) return q.text;
    const months = lexicon().months;
    const name = (m: number) => months[((m % 12) + 12) % 12].replace(/^./, (c) => c.toUpperCase());
    if (q.unit === 'month of year') return name(q.low);
    if (q.unit === 'date') return `${name(Math.floor(q.low / 31))} ${(q.low % 31) + 1}`;
    const iso = (d: number) => new Date(d * DAY_MS).toISOString().slice(0, 10);
    if (q.low === q.high) return iso(q.low);
    const [a, b] = [new Date(q.low * DAY_MS), new Date(q.high * DAY_MS)];
    if (a.getUTCDate() === 1 && b.getUTCDate() === new Date(Date.UTC(b.getUTCFullYear(), b.getUTCMonth() + 1, 0)).getUTCDate()) {
      if (a.getUTCMonth() === 0 && b.getUTCMonth() === 11 && a.getUTCFullYear() === b.getUTCFullYear()) return String(a.getUTCFullYear());
      if (a.getUTCMonth() === b.getUTCMonth() && a.getUTCFullYear() === b.getUTCFullYear()) return `${name(a.getUTCMonth())} ${a.getUTCFullYear()}`;
    }
    return `${iso(q.low)} to ${iso(q.high)}`;
  },
  disjoint(a: Quantity, b: Quantity): boolean {
    if (a.low === null || a.high === null || b.low === null || b.high === null) return false;
    // A year the reader supplied is a guess ("was killed on June 24" in an article of May 2007 may mean 2005): such a
    // date is compared on its day and month only.
    if (a.unit === 'day' && b.unit === 'day' && (a.supplied || b.supplied)) return differInYear(withoutYear(a), withoutYear(b));
    if (a.unit === b.unit) return a.high < b.low || b.high < a.low;
    // A day or a month of a known year against a day or month without one: compare what both say ("began in July"
    // in an article of 2011 against "since June").
    const [full, partial] = a.unit === 'day' ? [a, b] : b.unit === 'day' ? [b, a] : [undefined, undefined];
    if (!full || !partial || (partial.unit !== 'date' && partial.unit !== 'month of year')) return false;
    return differInYear(withoutYear(full), { unit: partial.unit, at: partial.low! });
  },
  comparable(a: Quantity, b: Quantity): boolean {
    if (a.low === null || a.high === null || b.low === null || b.high === null || a.unit === b.unit) return true;
    const full = a.unit === 'day' ? a : b.unit === 'day' ? b : undefined;
    return full === undefined || withoutYear(full) !== undefined;
  },
};

/** A date of days reduced to what it says within a year: one day ("date") or one month ("month of year"); a longer span says neither. */
function withoutYear(q: Quantity): { unit: 'date' | 'month of year'; at: number } | undefined {
  const [a, b] = [new Date(q.low! * DAY_MS), new Date(q.high! * DAY_MS)];
  if (q.low === q.high) return { unit: 'date', at: a.getUTCMonth() * 31 + a.getUTCDate() - 1 };
  const wholeMonth = a.getUTCDate() === 1 && b.getUTCMonth() === a.getUTCMonth() && b.getUTCFullYear() === a.getUTCFullYear() && new Date(q.high! * DAY_MS + DAY_MS).getUTCDate() === 1;
  return wholeMonth ? { unit: 'month of year', at: a.getUTCMonth() } : undefined;
}

function differInYear(a: ReturnType<typeof withoutYear>, b: ReturnType<typeof withoutYear>): boolean {
  if (!a || !b) return false;
  const month = (x: NonNullable<typeof a>) => (x.unit === 'date' ? Math.floor(x.at / 31) : x.at);
  return a.unit === b.unit ? a.at !== b.at : month(a) !== month(b);
}
