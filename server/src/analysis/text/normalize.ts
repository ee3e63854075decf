// Normalising words and names so that spelling variants and typography compare equal.
import transliteration from '../data/transliteration.json';
import { repairMojibake } from './mojibake';

/** Lowercase, no diacritics, straight apostrophes. */
export function fold(text: string): string {
  // Plain ASCII without a backtick has no mojibake, diacritics or curly apostrophes: lower case is all there is to do,
  // and a word with no capital is already folded (told by code: this runs on every token).
  let capital = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 128 || c === 96) return foldWritten(text);
    if (c >= 65 && c <= 90) capital = true;
  }
  return capital ? text.toLowerCase() : text;
}

/** `fold` of a text with a backtick or a character outside ASCII. */
function foldWritten(text: string): string {
  return repairMojibake(text)
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[’‘`´]/g, "'")
    .toLowerCase();
}

const SUFFIX_RULES: Array<[RegExp, string]> = (transliteration.suffixes as string[][]).map(([from, to]) => [new RegExp(`${from}$`), to]);

/**
 * A name token folded so that common transliteration variants meet
 * ("Zelenskiy", "Zelenskyy", "Zelensky" → "zelensky"). Misspellings do not meet.
 */
export function foldNameToken(token: string): string {
  let out = fold(token).replace(/'s$/, '').replace(/[^a-z0-9-]/g, '');
  for (const [pattern, replacement] of SUFFIX_RULES) {
    if (pattern.test(out)) {
      out = out.replace(pattern, replacement);
      break;
    }
  }
  return out;
}

/** Words of a quotation for matching: folded, punctuation and ellipses dropped, name variants folded. */
export function quotationWords(text: string): string[] {
  return fold(text)
    .replace(/\u2026|\.\.\./g, ' ')
    .replace(/\b(?:[a-z]\.){2,}/g, (m) => m.replace(/\./g, ''))
    .replace(/'/g, '')
    .split(/[^a-z0-9@-]+/)
    .map((w) => w.replace(/^-+|(?<!-)-+$/g, ''))
    .filter((w) => w.length > 0)
    .map((w) => foldNameToken(w));
}

export function levenshtein(a: string, b: string, max = Infinity): number {
  if (a === b) return 0;
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
      if (cur[j] < rowMin) rowMin = cur[j];
    }
    if (rowMin > max) return max + 1;
    prev = cur;
  }
  return prev[b.length];
}

/** FNV-1a, 32 bits, as 8 hex digits: short stable fingerprints. */
export function hash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}

export function slug(text: string): string {
  return fold(text).replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'x';
}

/** Same length, one letter different, both vowels, not the first or last letter: "taludi" / "talodi", "khaled" / "khalid". */
export function oneVowelApart(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  const diffs = [...a].map((_c, i) => i).filter((i) => a[i] !== b[i]);
  return diffs.length === 1 && diffs[0] > 0 && diffs[0] < a.length - 1 && /[aeiou]/.test(a[diffs[0]]) && /[aeiou]/.test(b[diffs[0]]);
}

/**
 * Keys that words one vowel apart share: the word with one inner vowel blanked, for each inner vowel
 * ("talodi" → "tal*di", "t*lodi"), so that such pairs are looked up instead of sought among all pairs.
 */
export function oneVowelApartKeys(folded: string): string[] {
  const keys: string[] = [];
  for (let i = 1; i < folded.length - 1; i++) if (/[aeiou]/.test(folded[i])) keys.push(`${folded.slice(0, i)}*${folded.slice(i + 1)}`);
  return keys;
}

/** "Strauss - Kahn" → "Strauss-Kahn": scraped copy often spaces the hyphen of a double name. */
export function closeSpacedHyphens(text: string): string {
  return text.replace(/(\p{L})\s+[-\u2010\u2011]\s+(?=\p{Lu})/gu, '$1-');
}
