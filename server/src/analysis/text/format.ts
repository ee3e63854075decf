// How values and lists of sources read in messages and hovers.
import type { Quantity } from '../types';
import { formatValue } from '../read/values';

export { formatValue };

/**
 * The value as written, quoted, and its normal form when that says more: “an hour-long” (60 min), but “Friday”,
 * “18 people” and “60-vote” alone, not “Friday” (Friday). `value` is the normal form to show (formatValue's, or one with more in it).
 */
export function writtenValue(q: Quantity, value = formatValue(q)): string {
  // "60-vote" says what "60 vote" does.
  const same = (text: string) => text.toLowerCase().replace(/[\s-]+/g, ' ').trim();
  return same(value) === same(q.text) ? `“${q.text}”` : `“${q.text}” (${value})`;
}

/** "001", "001 and 003", "001, 003 and 004". */
export function listSources(names: string[]): string {
  const unique = [...new Set(names)];
  if (unique.length <= 1) return unique.join('');
  return `${unique.slice(0, -1).join(', ')} and ${unique[unique.length - 1]}`;
}
