// How values and lists of sources read in messages and hovers.

export { formatValue, writtenValue } from '../read/values';

/** "001", "001 and 003", "001, 003 and 004". */
export function listSources(names: string[]): string {
  const unique = [...new Set(names)];
  if (unique.length <= 1) return unique.join('');
  return `${unique.slice(0, -1).join(', ')} and ${unique[unique.length - 1]}`;
}
