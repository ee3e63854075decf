// How values and lists of sources read in messages and hovers.
import type { Quantity } from '../types';
import { formatValue } from '../read/values';
import { SMALL } from '../read/values/numbers';

export { formatValue };

/**
 * The value as written, quoted, and its normal form when that says more: “an hour-long” (60 min), but “Friday”,
 * “18 people”, “three houses” and “60-vote” alone, not “Friday” (Friday) or “three houses” (3 houses). `value` is the
 * normal form to show (formatValue's, or one with more in it).
 */
export function writtenValue(q: Quantity, value = formatValue(q)): string {
  const written = new Set(sameWords(q.text));
  return sameWords(value).every((word) => written.has(word)) ? `“${q.text}”` : `“${q.text}” (${value})`;
}

/**
 * Words compared for saying no more: "60-vote" as "60 vote", "seven-year" as "7 years", "three" as "3"; a normal form
 * whose words the written value all has ("14 AK-47 rifles" (14 rifles)) says nothing more.
 */
function sameWords(text: string): string[] {
  return text
    .toLowerCase()
    .split(/[\s-]+/)
    .filter(Boolean)
    .map((word) => {
      const number = word === 'a' || word === 'an' || !Object.hasOwn(SMALL, word) ? undefined : SMALL[word];
      return number === undefined ? word.replace(/(?<=\p{L}{2})s$/u, '') : String(number);
    });
}

/** "001", "001 and 003", "001, 003 and 004". */
export function listSources(names: string[]): string {
  const unique = [...new Set(names)];
  if (unique.length <= 1) return unique.join('');
  return `${unique.slice(0, -1).join(', ')} and ${unique[unique.length - 1]}`;
}
