// Days and dates: weekdays, month-day, day-month, month-year and bare years.
import { lexicon } from '../data/lexicon';
import type { DateMention } from '../types';

const MONTH = '(January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?|Dec\\.?)';
const DATE = new RegExp(
  [
    `\\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\b`,
    `\\b${MONTH} (\\d{1,2})(?:st|nd|rd|th)?(?:,? (\\d{4}))?\\b`,
    `\\b(\\d{1,2}) ${MONTH}(?: (\\d{4}))?\\b`,
    `\\b${MONTH} (\\d{4})\\b`,
    `\\b(?:in|since|of|by|until) ((?:19|20)\\d\\d)\\b`,
  ].join('|'),
  'g',
);

function monthIndex(name: string): number {
  const key = name.toLowerCase().replace(/\.$/, '').slice(0, 3);
  return lexicon().months.findIndex((m) => m.startsWith(key));
}

const pad = (n: number) => String(n).padStart(2, '0');

export function readDates(text: string, from: number, to: number, sentence: number): DateMention[] {
  const found: DateMention[] = [];
  const slice = text.slice(0, to);
  DATE.lastIndex = from;
  let m: RegExpExecArray | null;
  while ((m = DATE.exec(slice)) !== null) {
    let start = m.index;
    let iso: string | undefined;
    let weekday: number | undefined;
    if (m[1]) weekday = lexicon().weekdays.indexOf(m[1].toLowerCase());
    else if (m[2]) {
      const month = monthIndex(m[2]) + 1;
      iso = m[4] ? `${m[4]}-${pad(month)}-${pad(+m[3])}` : `--${pad(month)}-${pad(+m[3])}`;
    } else if (m[5]) {
      const month = monthIndex(m[6]) + 1;
      iso = m[7] ? `${m[7]}-${pad(month)}-${pad(+m[5])}` : `--${pad(month)}-${pad(+m[5])}`;
    } else if (m[8]) iso = `${m[9]}-${pad(monthIndex(m[8]) + 1)}`;
    else if (m[10]) {
      iso = m[10];
      start = m.index + m[0].length - 4;
    }
    const end = m.index + m[0].length;
    found.push({ start, end, text: text.slice(start, end), weekday, iso, sentence });
  }
  return found;
}
