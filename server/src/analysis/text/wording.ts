// The words of a quotation, normalised once, so that two outlets' quotations of the same statement can be aligned
// word by word and their differences judged as a reader would: a rewording ("Nobody" / "No one", "finding" /
// "talking", a dropped "for") or only another excerpt of the same words (a cut, an ellipsis, an editor's [insertion],
// another sentence of the same statement). Forms a reader accepts as the same words compare equal: typography and
// case, contractions ("he's" / "he is"), numbers ("eleventh-hour" / "11th hour", "two-in-three" / "2 in 3"), compounds
// ("world view" / "worldview"), acronyms ("U.S." / "United States"), British and American spellings, a one-letter typo
// in a long word, and a censored word ("f***ing").
import data from '../data/wording.json';
import { lexicon } from '../data/lexicon';
import type { Quotation } from '../types';
import { fold, foldNameToken, levenshtein } from './normalize';

export interface WordToken {
  /** The normalised form compared across sources. */
  key: string;
  /** Offsets of the written word in the quotation's text (`Quotation.text`). */
  start: number;
  end: number;
  /** Index of the sentence of the quotation the word is in. */
  unit: number;
  /** An ellipsis stands before the word: the quoting outlet cut something here. */
  gap: boolean;
  /** Inside [brackets] or (parentheses): an editor's insertion rather than the speaker's words. */
  aside: boolean;
  /** A function word ("the", "of", "is"): no anchor on its own. */
  minor: boolean;
}

export interface Wording {
  /** The quotation's text, as `Quotation.text`. */
  text: string;
  tokens: WordToken[];
  /** First token index of each sentence, and one past the last token at the end. */
  unitStarts: number[];
}

const FUNCTION_WORDS = new Set(data.functionWords);
const NUMBER_WORDS = new Map(Object.entries(data.numberWords));
const ORDINAL_WORDS = new Map(Object.entries(data.ordinalWords));
const STEMS = new Map(Object.entries(data.contractionStems));
const ENDINGS = new Map(Object.entries(data.contractionEndings));
const S_HOSTS = new Set(data.sContractionHosts);
const ACRONYM_SKIP = new Set(data.acronymSkipWords);
/** What a contraction marker ("'s", "'d") may stand for. */
const MARKERS = new Map([...ENDINGS].filter(([, full]) => full.length > 1).map(([ending, full]) => [`'${ending}`, new Set(full)]));

// A word: letters or digits, with inner apostrophes, hyphens, periods (U.S., 2.5), commas between digits, the colon of
// a time (18:41), asterisks, and a contraction detached by a stray space ("I’ m"); an ampersand standing alone is the
// word "and" ("conservation & healthy herds" in a tweet quoted as "conservation and healthy herds").
const WORD = /[\p{L}\p{N}*](?:[\p{L}\p{N}*'’]|[.\-‐‑](?=[\p{L}\p{N}*])|(?<=\d)[,:](?=\d)|(?<=['’]) (?=(?:m|s|re|ve|ll|d|t)\b))*|(?<=\s)&(?=\s)/gu;
const ACRONYM = /^(?:\p{L}\.)+\p{L}$/u;
const CLOCK = /^(\d{1,2}):(\d{2})(am|pm)?$/;
const MERIDIEM = /^\s*([ap])\.?m\b\.?/i;
const ZONE = /^\s*(?:GMT|UTC|Z\b|[A-Z]{2,3}T\b|local time)/;

/** One key of a written word, with its offsets in the word: "don't" → do [0, 2], not [2, 5]. */
export interface KeyPart {
  key: string;
  from: number;
  to: number;
}

const wordings = new WeakMap<Quotation, Wording>();

/** A quotation's words, normalised once (readings are immutable; an edit makes new quotations). */
export function wordingOfQuotation(q: Quotation): Wording {
  let w = wordings.get(q);
  if (!w) {
    w = wordingOf(q.text);
    wordings.set(q, w);
  }
  return w;
}

/** The wording of a quotation's text. */
export function wordingOf(text: string): Wording {
  const tokens: WordToken[] = [];
  const unitStarts = [0];
  let unit = 0;
  let depth = 0;
  let last = 0;
  let lastStart = 0;
  for (const m of text.matchAll(WORD)) {
    const start = m.index!;
    if (start < last) continue;
    const between = text.slice(last, start);
    const gap = /\.\.\.|…|\. \. \./.test(between);
    // A sentence ends at ., ! or ? before the next word (an ellipsis is a cut, not an end), unless the period is
    // an abbreviation's ("U.S. and", "Mr. Smith") or the next word goes on in lower case.
    if (tokens.length > 0 && /[.!?]/.test(between.replace(/\.\.\.|…|\. \. \./g, '')) && !/^\s*[,;:]/.test(between) && !continues(text.slice(lastStart, last), between, m[0])) {
      unit++;
      unitStarts.push(tokens.length);
    }
    for (const c of between) {
      if (c === '[' || c === '(') depth++;
      else if ((c === ']' || c === ')') && depth > 0) depth--;
    }
    let parts = keysOf(m[0]);
    // "U.S." keeps its last period; "6:41 p.m." is one time, 18:41.
    let end = start + m[0].length + (ACRONYM.test(m[0]) && text[start + m[0].length] === '.' ? 1 : 0);
    const meridiem = parts.length === 1 && /^\d{1,2}:\d{2}$/.test(parts[0].key) ? MERIDIEM.exec(text.slice(end)) : null;
    if (meridiem) {
      parts = [{ ...parts[0], key: clock(`${parts[0].key}${meridiem[1].toLowerCase()}m`) }];
      end += meridiem[0].length;
    }
    // "0241 GMT" is 02:41 GMT.
    if (parts.length === 1 && /^\d{4}$/.test(parts[0].key) && ZONE.test(text.slice(end)) && Number(parts[0].key.slice(0, 2)) < 24 && Number(parts[0].key.slice(2)) < 60) {
      parts = [{ ...parts[0], key: `${parts[0].key.slice(0, 2)}:${parts[0].key.slice(2)}` }];
    }
    parts.forEach((part, k) =>
      tokens.push({
        key: part.key,
        start: start + part.from,
        end: k === parts.length - 1 ? end : start + part.to,
        unit,
        gap: gap && k === 0,
        aside: depth > 0,
        minor: FUNCTION_WORDS.has(part.key) || part.key.startsWith("'"),
      }),
    );
    lastStart = start;
    last = end;
  }
  unitStarts.push(tokens.length);
  return { text, tokens, unitStarts: [...new Set(unitStarts)] };
}

function continues(previous: string, between: string, next: string): boolean {
  if (/[!?]/.test(between)) return false;
  if (/^\p{Ll}/u.test(next)) return true;
  return ACRONYM.test(previous) || lexicon().neverSentenceFinal.has(fold(previous));
}

const keyCache = new Map<string, KeyPart[]>();

/** Forgets the words' keys (`forgetWordCaches`). */
export function forgetWordKeys(): void {
  keyCache.clear();
}

/** One written word → the keys it compares as: "he's" → he 's, "tax-filing" → tax filing, "U.S." → us. */
export function keysOf(word: string): KeyPart[] {
  let parts = keyCache.get(word);
  if (!parts) {
    // Words repeat across quotations; the cache is bounded so that an archive does not grow it forever.
    if (keyCache.size > 50_000) keyCache.clear();
    parts = computeKeys(word);
    keyCache.set(word, parts);
  }
  return parts;
}

function computeKeys(word: string): KeyPart[] {
  if (word === '&') return [{ key: 'and', from: 0, to: 1 }];
  const folded = fold(word).replace(/’/g, "'");
  if (/^(?:[a-z]\.){2,}$/.test(folded) || /^(?:[a-z]\.)+[a-z]$/.test(folded)) return [{ key: folded.replace(/\./g, ''), from: 0, to: word.length }];
  const out: KeyPart[] = [];
  for (const m of word.matchAll(/[^-‐‑]+/g)) out.push(...partKeys(m[0].replace(/\.$/, ''), m.index!));
  return out;
}

function partKeys(part: string, offset: number): KeyPart[] {
  const at = (key: string, from: number, to: number): KeyPart => ({ key, from: offset + from, to: offset + to });
  const nt = /^(.+)n['’]t$/i.exec(part);
  if (nt) return [at(STEMS.get(fold(nt[1])) ?? simple(nt[1]), 0, nt[1].length), at('not', nt[1].length, part.length)];
  if (fold(part) === 'cannot') return [at('can', 0, 3), at('not', 3, part.length)];
  const contraction = /^(.+?)['’] ?([a-z]+)$/i.exec(part);
  if (contraction) {
    const [, stem, written] = contraction;
    const ending = fold(written);
    const full = ENDINGS.get(ending);
    if (full && (ending !== 's' || S_HOSTS.has(fold(stem)))) return [...partKeys(stem, offset), at(full.length === 1 ? full[0] : `'${ending}`, stem.length, part.length)];
    // A possessive: "Ukraine's" is Ukraine.
    if (ending === 's') return [at(simple(stem), 0, part.length)].filter((p) => p.key);
  }
  const key = simple(part);
  return key ? [at(key, 0, part.length)] : [];
}

/** A word without its apostrophes and marks, numbers as digits, spelling and transliteration variants folded. */
function simple(written: string): string {
  let word = fold(written).replace(/'/g, '').replace(/\.(?:com|org|net|gov|edu)$/, '');
  const time = CLOCK.exec(word);
  if (time) return clock(word);
  // Periods stay only in decimals ("2.5"); other marks go.
  word = word.replace(/(?<!\d)\.|\.(?!\d)/g, '').replace(/[^a-z0-9*.]/g, '');
  if (word === '') return '';
  word = NUMBER_WORDS.get(word) ?? ORDINAL_WORDS.get(word) ?? word;
  word = lexicon().spellingVariants.get(word) ?? word;
  return /[*\d]/.test(word) ? word : foldNameToken(word) || word;
}

/** "6:41pm" → "18:41", "9:05" → "09:05". */
function clock(text: string): string {
  const m = CLOCK.exec(text);
  if (!m) return text;
  let hour = Number(m[1]) % (m[3] ? 12 : 24);
  if (m[3] === 'pm') hour += 12;
  return `${String(hour).padStart(2, '0')}:${m[2]}`;
}

/** Two keys a reader takes for the same word: a contraction and its full form, a typo, -ise/-ize, a censored word. */
export function sameKey(a: string, b: string): boolean {
  if (a === b) return true;
  if (MARKERS.get(a)?.has(b) || MARKERS.get(b)?.has(a)) return true;
  if (a.includes('*') || b.includes('*')) return censored(a, b) || censored(b, a);
  if (/\d/.test(a) || /\d/.test(b)) return false;
  if (british(a) === british(b)) return true;
  // A title and its abbreviation: "Sen." / "Senator", "Gov." / "Governor" (not "No." / "Nobody").
  const lex = lexicon();
  if ((lex.abbreviations.has(a) && lex.titles.has(b) && b.startsWith(a)) || (lex.abbreviations.has(b) && lex.titles.has(a) && a.startsWith(b))) return true;
  return Math.min(a.length, b.length) >= 5 && a[0] === b[0] && levenshtein(a, b, 1) <= 1;
}

/** British and American spellings meet: -ise/-ize, -re/-er ("fibre", "centres"), -our/-or ("labour", "colours"). */
function british(word: string): string {
  // After "s" is folded to "z", a plural ends in "z": "centres" → "centrez" → "centerz".
  return word.replace(/s/g, 'z').replace(/([^aeiou])re(z?)$/, '$1er$2').replace(/our(z?)$/, 'or$1');
}

function censored(masked: string, word: string): boolean {
  if (!masked.includes('*')) return false;
  const [head, ...rest] = masked.split(/\*+/);
  const tail = rest.join('');
  return word.length >= masked.replace(/\*+/g, '').length + 1 && word.startsWith(head) && word.endsWith(tail);
}

/**
 * Two runs of keys that say the same words: word for word alike (sameKey), one compound written in one word or
 * two ("worldview" / "world view"), or an acronym and the words it stands for ("us" / "united states").
 */
export function sameRun(a: string[], b: string[]): boolean {
  if (a.length === b.length && a.every((k, i) => sameKey(k, b[i]))) return true;
  if (a.length === 0 || b.length === 0) return false;
  if (a.join('') === b.join('')) return true;
  return acronymOf(a, b) || acronymOf(b, a);
}

function acronymOf(short: string[], long: string[]): boolean {
  if (short.length !== 1 || long.length < 2 || short[0].length < 2) return false;
  const initials = long.filter((w) => !ACRONYM_SKIP.has(w)).map((w) => w[0]).join('');
  return initials === short[0];
}
