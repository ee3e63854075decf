// Ranges: "between six and 75 years", "40 to 60 hours", "a 40- to 60-hour course", "10-12 miles". A value of a kind
// with a unit, written after a bare number and "and" (after "between"), "to", or a dash, is the upper end of a range
// whose lower end is that number in the same unit. The kinds read each end alone ("six" as a count, "75 years" as a
// span); this pass joins them. Not ranges: "ages 9 and 16" (no "between": two values), "rose from 12 to 15 percent"
// (a change, read by the kinds), "won 5 to 3" (a bare count has no unit to share), "the 5-4 ruling" (no dash for
// counts, and a range rises).
import type { Quantity, QuantityKind } from '../../types';
import type { Sentence } from './kind';
import { anyCase, parseNumber, WORD_NUMBER } from './numbers';

const RANGED = new Set<QuantityKind>(['duration', 'length', 'percent', 'count']);
/** Kinds whose ranges may be written with a dash between two figures ("10-12 miles"); a count's ("9-11 hijackers") is a name. */
const DASHED = new Set<QuantityKind>(['duration', 'length', 'percent']);
/** How far before a value its lower end may start: "between twenty-five and ". */
const REACH = 40;

let lowerEndPattern: RegExp | undefined;
/**
 * The lower end before a value, at the end of the text before it: "between six and ", "40 to ", "40- to ", "10-". A
 * figure is a bounded run of digits, commas and points (parsed after): an unbounded one would be tried again from each
 * digit of a long run, quadratically (test/unit/regexes.test.ts).
 */
function lowerEnd(): RegExp {
  lowerEndPattern ??= new RegExp(`(?:\\b([Bb]etween)\\s)?\\b(${anyCase(WORD_NUMBER)}|\\d[\\d,.]{0,14})(-? ?(?:and|to) |[-–])$`);
  return lowerEndPattern;
}

/** The figure a value's text opens with ("75" of "75 years", "six" of "six-hour"), as a number. */
function ownFigure(text: string): number {
  const m = /^(\d{1,3}(?:,\d{3})*(?:\.\d+)?|[A-Za-z]+(?:-[a-z]+)?)/.exec(text);
  if (!m) return NaN;
  // "sixty-hour": the word number without the unit it is joined to.
  const words = /^([A-Za-z]+(?:-(?:one|two|three|four|five|six|seven|eight|nine))?)/.exec(m[1]);
  return parseNumber(/^\d/.test(m[1]) ? m[1] : (words?.[1] ?? m[1]));
}

/** The values of a sentence with each range read as one value, its lower end's own reading dropped. */
export function joinRanges(sentence: Sentence, values: Quantity[]): Quantity[] {
  let out = values;
  for (const q of values) {
    const range = rangeEndingAt(sentence, q);
    if (!range) continue;
    out = out.filter((o) => o === q || o.end <= range.start || o.start >= q.end).map((o) => (o === q ? range : o));
  }
  return out;
}

function rangeEndingAt(sentence: Sentence, q: Quantity): Quantity | undefined {
  if (!RANGED.has(q.kind) || q.low === null || q.low !== q.high || q.hedge !== undefined) return undefined;
  if (q.kind === 'count' && q.unit === 'count') return undefined;
  const figure = ownFigure(q.text);
  if (!(figure > 0)) return undefined;
  const from = Math.max(sentence.from, q.start - REACH);
  const before = sentence.text.slice(from, q.start);
  const m = lowerEnd().exec(before);
  if (!m) return undefined;
  const [, between, written, joiner] = m;
  const dash = /^[-–]$/.test(joiner);
  if (/and/.test(joiner) && !between) return undefined;
  if (dash && (!DASHED.has(q.kind) || !/^\d/.test(written) || !/^\d/.test(q.text))) return undefined;
  const start = from + m.index;
  if (/\bfrom\s+$/i.test(sentence.text.slice(Math.max(sentence.from, start - 6), start))) return undefined;
  const lower = parseNumber(written);
  if (!(lower >= 0 && lower < figure)) return undefined;
  const scale = q.low / figure;
  return { ...q, start, text: sentence.text.slice(start, q.end), low: lower * scale, high: q.low, precision: undefined };
}
