// How names compare: the folded words of a person's name, the key places and things meet on, ship names,
// acronyms and initials, and when two surnames or first names can be one person's. Pure functions of the
// text, remembered by text: linking runs on every edit over every mention of the folder.
import identityData from '../../data/identity.json';
import { lexicon } from '../../data/lexicon';
import { closeSpacedHyphens, fold, foldNameToken, levenshtein } from '../../text/normalize';

const HONORIFICS = new Set(identityData.honorifics);
const LEADING_ABBREVIATIONS = new Map(Object.entries(identityData.leadingAbbreviations));
const ACRONYM_SKIP = new Set(identityData.acronymSkipWords);
const SPELLING_SUFFIXES = identityData.spellingSuffixes.map(([from, to]) => [new RegExp(`${from}$`), to] as const);
const GENERIC_HEADS = identityData.genericHeads.map((h) => h.split(' ')).sort((a, b) => b.length - a.length);
const SHIP_PREFIXES = identityData.shipPrefixes.map((p) => p.split(' ')).sort((a, b) => b.length - a.length);
/** Words that are no name alone ("north", "new"): left of a generic head, or before a place's name. */
export const NOT_A_NAME_ALONE = new Set(identityData.notANameAlone);
const HEAD_BEFORE_OF = new RegExp(`^(?:[a-z]+ )?(?:${identityData.headsBeforeOf.join('|')}) of (.+)$`);

/** Whether two folded surname tokens are the same name (variant or likely misspelling). */
export function sameSurname(a: string, b: string): boolean {
  if (a === b) return true;
  if (a[0] !== b[0] || Math.min(a.length, b.length) < 5) return false;
  return levenshtein(a, b, 2) <= (Math.min(a.length, b.length) >= 8 ? 2 : 1);
}

/** Surnames of full names that are one person's when the first names are the same ("Duncan Rait" / "Duncan Raite"). */
export function sameSurnameGivenFirst(a: string, b: string): boolean {
  return sameSurname(a, b) || (a[0] === b[0] && Math.min(a.length, b.length) >= 4 && levenshtein(a, b, 1) <= 1);
}

/** Whether two folded first names can be the same person's ("Mike" = "Michael", "Volodomyr" ≈ "Volodymyr"). */
export function compatibleFirstNames(a: string, b: string): boolean {
  if (a === b) return true;
  const lex = lexicon();
  const ga = lex.nicknameGroup.get(a);
  if (ga !== undefined && ga === lex.nicknameGroup.get(b)) return true;
  if (a.replace(/\./g, '') === b.replace(/\./g, '')) return true;
  if ((a.length <= 2 || b.length <= 2) && a[0] === b[0]) return true;
  return Math.min(a.length, b.length) >= 5 && a[0] === b[0] && levenshtein(a, b, 2) <= (Math.min(a.length, b.length) >= 8 ? 2 : 1);
}

/** `fn` remembering its answers by text. */
function memoByText<T>(fn: (text: string) => T): (text: string) => T {
  const seen = new Map<string, T>();
  return (text) => {
    let value = seen.get(text);
    if (value === undefined && !seen.has(text)) {
      if (seen.size > 50_000) seen.clear();
      value = fn(text);
      seen.set(text, value);
    }
    return value as T;
  };
}

/** A mention's text folded, remembered. */
export const foldedText = memoByText(fold);

/** The folded name words; shared between callers, so never changed in place. */
export const nameTokens: (text: string) => readonly string[] = memoByText(computeNameTokens);

function computeNameTokens(text: string): string[] {
  const words = closeSpacedHyphens(text).split(/\s+/).filter((w) => foldNameToken(w));
  const suffixes = lexicon().nameSuffixes;
  while (words.length > 1 && suffixes.has(fold(words[words.length - 1]).replace(/[^a-z]/g, ''))) words.pop();
  // "Mr Buckley" is Buckley: a courtesy title is no first name.
  while (words.length > 1 && HONORIFICS.has(fold(words[0]))) words.shift();
  return words.map(foldNameToken);
}

/** The key names of places, organisations and other things meet on: aliases, "Mt" = "Mount", "-ised" = "-ized". */
const headedKey = memoByText((text) => computePlaceKey(text, true));
const plainKey = memoByText((text) => computePlaceKey(text, false));

/** A name's key; with `stripHeads`, "Aceh Province" and "the Province of Aceh" give Aceh's. */
export function placeKey(text: string, stripHeads = true): string {
  return stripHeads ? headedKey(text) : plainKey(text);
}

function computePlaceKey(text: string, stripHeads: boolean): string {
  const lex = lexicon();
  const folded = fold(closeSpacedHyphens(text)).replace(/^the\s+/, '');
  const alias = lex.placeAliases.get(folded) ?? lex.placeAliases.get(`the ${folded}`);
  if (alias) return alias;
  const ofName = stripHeads ? folded.replace(/'s$/, '').match(HEAD_BEFORE_OF)?.[1] : undefined;
  let words = (ofName ?? folded.replace(/'s$/, '')).split(/\s+/);
  if (words.length > 1 && LEADING_ABBREVIATIONS.has(words[0])) words[0] = LEADING_ABBREVIATIONS.get(words[0])!;
  const head = stripHeads && GENERIC_HEADS.find((h) => h.length < words.length && h.every((w, i) => words[words.length - h.length + i] === w));
  if (head && !(words.length - head.length === 1 && NOT_A_NAME_ALONE.has(words[0]))) words = words.slice(0, words.length - head.length);
  return words
    .map((w) => {
      w = w.replace(/\./g, '');
      w = lex.spellingVariants.get(w) ?? w;
      if (words.length > 1 && w.length >= 6) for (const [pattern, to] of SPELLING_SUFFIXES) if (pattern.test(w)) return w.replace(pattern, to);
      return w;
    })
    .join(' ');
}

/** "INS Sukanya" → "Sukanya": the ship's own name, or undefined when the name has no ship prefix. */
export const shipName = memoByText(computeShipName);

function computeShipName(text: string): string | undefined {
  const words = text.split(/\s+/);
  const prefix = SHIP_PREFIXES.find((p) => p.length < words.length && p.every((w, i) => fold(words[i]) === w));
  // "MT" is a ship prefix only in capitals; "Mt Cook" is a mountain.
  if (!prefix || (prefix.length === 1 && prefix[0].length <= 3 && words[0] !== words[0].toUpperCase())) return undefined;
  return words.slice(prefix.length).join(' ');
}

/** "USGS", "U.N.", "SAF": an acronym, as its folded letters; undefined for any other name. */
export const acronymLetters = memoByText(computeAcronymLetters);

function computeAcronymLetters(text: string): string | undefined {
  const compact = text.replace(/['’]s$/, '').replace(/\./g, '');
  return /^[A-Z]{2,6}$/.test(compact) && !/^[A-Z][a-z]/.test(text) ? compact.toLowerCase() : undefined;
}

/** The initials of a name of two or more words, skipping "of", "the" …; "U.S." gives both its letters. */
export const initials = memoByText(computeInitials);

function computeInitials(text: string): string | undefined {
  const words = text.split(/[\s-]+/).filter((w) => w && !ACRONYM_SKIP.has(fold(w)));
  if (words.length < 2) return undefined;
  let out = '';
  for (const w of words) {
    if (!/^\p{Lu}/u.test(w)) return undefined;
    const dotted = w.match(/^(?:\p{Lu}\.)+$/u);
    out += dotted ? w.replace(/\./g, '') : w[0];
  }
  return fold(out);
}
