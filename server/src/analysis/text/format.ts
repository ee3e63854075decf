// How values and lists of sources read in messages and hovers.
import { lexicon } from '../data/lexicon';
import type { Quantity } from '../types';

const DURATION_UNITS: Array<[number, string, string]> = [
  [525600, 'year', 'years'],
  [43800, 'month', 'months'],
  [10080, 'week', 'weeks'],
  [1440, 'day', 'days'],
  [60, 'h', 'h'],
  [1, 'min', 'min'],
];

function number(value: number): string {
  const rounded = Math.abs(value) >= 10 ? Math.round(value) : Math.round(value * 10) / 10;
  return rounded.toLocaleString('en-US');
}

function durationUnit(q: Quantity): [number, string] {
  const reference = q.low ?? q.high ?? 0;
  for (const [size, , plural] of DURATION_UNITS) {
    // Minutes read best up to a few hours ("90 min", not "1.5 h").
    if (size === 60 && reference < 300) continue;
    if (reference >= size) return [size, plural];
  }
  return [1, 'min'];
}

/** "90 min", "79–90 min", "> 60 min", "< 5 %", "USD 2,600,000". */
export function formatValue(q: Quantity): string {
  if (q.kind === 'color' && q.low !== null) return lexicon().colorNames[q.low];
  if (q.kind === 'kinship' && q.low !== null) return lexicon().kinRankNames[q.low];
  if (q.kind === 'residence') return q.text;
  if (q.kind === 'vessel' && q.low !== null) return lexicon().vesselClassNames[q.low];
  if (q.kind === 'fate' && q.low !== null) return lexicon().groupFateNames[q.low];
  if (q.kind === 'charge' && q.low !== null && q.high !== null) {
    const names = lexicon().homicideChargeNames;
    return q.low === q.high ? names[q.low] : names.slice(q.low, q.high + 1).join(' or ');
  }
  if (q.kind === 'direction' && q.low !== null) {
    const place = q.unit.replace(/ \(within\)$/, '').replace(/\b\w/g, (c) => c.toUpperCase());
    const compass = ['north', 'northeast', 'east', 'southeast', 'south', 'southwest', 'west', 'northwest'][q.low / 45];
    return q.unit.endsWith('(within)') ? `${compass} ${place}` : `${compass} of ${place}`;
  }
  if (q.kind === 'date' && q.unit === 'day' && q.high !== null) {
    const iso = (d: number) => new Date(d * 86400000).toISOString().slice(0, 10);
    return q.low === null ? `before ${iso(q.high)}` : q.low === q.high ? iso(q.low) : `${iso(q.low)} to ${iso(q.high)}`;
  }
  if (q.kind === 'date' && q.low !== null) {
    const months = lexicon().months;
    const name = (m: number) => months[m].replace(/^./, (c) => c.toUpperCase());
    if (q.unit === 'month') return `${name(q.low % 12)} ${Math.floor(q.low / 12)}`;
    if (q.unit === 'month of year') return name(q.low);
    return `${name(Math.floor(q.low / 31))} ${(q.low % 31) + 1}${q.unit.startsWith('date ') ? `, ${q.unit.slice(5)}` : ''}`;
  }
  if (q.kind === 'day' && q.low !== null) return lexicon().weekdays[q.low].replace(/^./, (c) => c.toUpperCase());
  if (q.kind === 'time') {
    const clock = (v: number) => `${String(Math.floor((((v % 1440) + 1440) % 1440) / 60)).padStart(2, '0')}:${String(((v % 60) + 60) % 60).padStart(2, '0')}`;
    const zone = q.unit.replace(/^time /, '');
    if (q.low !== null && q.high !== null) return `${q.low === q.high ? clock(q.low) : `${clock(q.low)}–${clock(q.high)}`} ${zone}`;
  }
  let size = 1;
  let unit = q.unit;
  if (q.kind === 'duration') [size, unit] = durationUnit(q);
  // Distances are kept in km; under a kilometre they read best in metres.
  if (q.kind === 'distance' && Math.max(q.low ?? 0, q.high ?? 0) < 1) [size, unit] = [0.001, 'm'];
  if (q.kind === 'percent') unit = '%';
  const show = (v: number) => number(v / size);
  const withUnit = (s: string) => (q.kind === 'money' ? `${unit} ${s}` : q.kind === 'count' && unit === 'count' ? s : `${s} ${unit}`);
  if (q.low !== null && q.high !== null) {
    return withUnit(q.low === q.high ? show(q.low) : `${show(q.low)}–${show(q.high)}`);
  }
  if (q.low !== null) return withUnit(`> ${show(q.low)}`);
  if (q.high !== null) return withUnit(`< ${show(q.high)}`);
  return q.text;
}

/** "001", "001 and 003", "001, 003 and 004". */
export function listSources(names: string[]): string {
  const unique = [...new Set(names)];
  if (unique.length <= 1) return unique.join('');
  return `${unique.slice(0, -1).join(', ')} and ${unique[unique.length - 1]}`;
}
