// The earlier value of a change: "fell to $66.40 a vial from $274.70", "359,798 patients had waited more than a
// year, down from 379,000". It is said of the value it changed to, so that two sources' earlier values of one change
// meet, whatever noun or verb tells the change.
import type { Quantity } from '../../types';
import type { Said, Site } from './site';
import { governingVerb } from './syntax';

/** The kinds whose earlier values are read: counts and sums. */
const KINDS = new Set<Quantity['kind']>(['count', 'money']);

/** "from" right before the value, after the value it changed to ("to $66.40 a vial from", "down from"). */
const FROM_BEFORE = /\bfrom\s+$/i;

/** Between the new value and the earlier one: its unit ("a vial", "per share"), then "from". */
const TO_THEN_FROM = /^(?:\s+(?:a|an|per)\s+[a-z]+)?\s+from\s+$/i;

/** Between the new value and the earlier one: the rest of its clause, then "down from" or "up from". */
const THEN_DOWN_FROM = /^[^;.]{0,80}?,\s+(?:down|up)\s+from\s+$/i;

/** "to" or "at" and a hedge right before the new value: the value a change reached. */
const TO_BEFORE = /\b(?:to|at)\s+(?:(?:about|around|some|roughly|nearly|almost)\s+)?$/i;

export function previousValue(site: Site): Said | undefined {
  const { q, ctx } = site;
  if (!KINDS.has(q.kind) || !FROM_BEFORE.test(ctx.text.slice(Math.max(site.clause.start, q.start - 6), q.start))) return undefined;
  const anchor = valueReached(ctx.quantities, site.index);
  if (!anchor || anchor.low === null || anchor.high === null) return undefined;
  const between = ctx.text.slice(anchor.end, q.start);
  const reached = TO_THEN_FROM.test(between) && TO_BEFORE.test(ctx.text.slice(Math.max(site.sentence.start, anchor.start - 16), anchor.start));
  if (!reached && !THEN_DOWN_FROM.test(between)) return undefined;
  const to = Math.round(((anchor.low + anchor.high) / 2) * 100) / 100;
  return { subject: `value before ${to}`, modifiers: ['earlier value'], predicate: governingVerb(site) };
}

/** The value a change reached, for the earlier value at `index`: the nearest value of its kind before it in its sentence. */
export function valueReached(quantities: readonly Quantity[], index: number): Quantity | undefined {
  const q = quantities[index];
  for (let i = index - 1; i >= 0 && quantities[i].sentence === q.sentence; i--) if (quantities[i].kind === q.kind) return quantities[i];
  return undefined;
}
