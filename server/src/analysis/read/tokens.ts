// Word tokens with offsets: the unit every reading rule works on.
import { lexicon } from '../data/lexicon';
import { fold } from '../text/normalize';
import { MOJIBAKE_LEAD, repairMojibake } from '../text/mojibake';

export type TokenKind = 'word' | 'number' | 'punct' | 'handle' | 'url';

export interface Token {
  start: number;
  /** End of the token without a possessive 's. */
  end: number;
  text: string;
  /** Folded form: lowercase, no diacritics, straight apostrophes, without possessive. */
  lower: string;
  kind: TokenKind;
  /** "Trump's": the token is followed by a possessive ending (not part of `text`). */
  possessive: boolean;
  /** Starts with an uppercase letter. */
  cap: boolean;
  /** Entirely uppercase letters (two or more): an acronym or a shouted word. */
  upper: boolean;
}

/**
 * One token at a given place (sticky). Its last alternative, `\S`, matches any character that is not white space, so
 * a token starts at every such character after the previous token: the scan skips white space (`isSpace`, the
 * characters `\s` matches) and tests there, which finds the tokens a global search would, without a match array each.
 */
export const TOKEN = /https?:\/\/[^\s]+|www\.[^\s]+|@[A-Za-z0-9_]+|(?:[A-Za-z]\.){2,}|\d+(?:[.,]\d+)*(?:\.\d+)?|[\p{L}\p{M}][\p{L}\p{M}\p{N}]*(?:['’‑-][\p{L}\p{M}\p{N}]+)*\.?|\S/uy;

/** Ends in 's or s' (either apostrophe): what /['’]s$|s['’]$/ matches, told by code since every word is asked. */
function endsPossessive(value: string): boolean {
  const n = value.length;
  if (n < 2) return false;
  const a = value.charCodeAt(n - 2);
  const b = value.charCodeAt(n - 1);
  return ((a === 39 || a === 0x2019) && b === 115) || (a === 115 && (b === 39 || b === 0x2019));
}

function isAsciiLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

function isAsciiDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/**
 * Where TOKEN's match at `at` ends, found without the expression for the commonest tokens: a number, and a word of
 * ASCII that is not a link or initials. -1 where the expression must decide (any other start, or a character outside
 * ASCII met where the word's end depends on it). TOKEN tries its alternatives in order; at an ASCII digit only
 * `\d+(?:[.,]\d+)*(?:\.\d+)?` can match, at a letter not followed by "." and not starting "http://", "https://" or
 * "www." only the word's alternative can, and nothing follows either's greedy parts that could make them give back.
 */
export function plainTokenEnd(text: string, at: number, to: number): number {
  const c = text.charCodeAt(at);
  let i = at + 1;
  if (isAsciiDigit(c)) {
    while (i < to && isAsciiDigit(text.charCodeAt(i))) i++;
    // (?:[.,]\d+)*: a separator counts only with a digit after it; (?:\.\d+)? can then match nothing more.
    for (;;) {
      const sep = i < to ? text.charCodeAt(i) : -1;
      if ((sep !== 46 && sep !== 44) || i + 1 >= to || !isAsciiDigit(text.charCodeAt(i + 1))) return i;
      i += 2;
      while (i < to && isAsciiDigit(text.charCodeAt(i))) i++;
    }
  }
  if (!isAsciiLetter(c)) return -1;
  if (at + 1 < to && text.charCodeAt(at + 1) === 46) return -1; // "J.", "U.S.": initials, or the expression decides
  if (c === 104 && (text.startsWith('http://', at) || text.startsWith('https://', at))) return -1;
  if (c === 119 && text.startsWith('www.', at)) return -1;
  // [\p{L}\p{M}][\p{L}\p{M}\p{N}]*(?:['’‑-][\p{L}\p{M}\p{N}]+)*\.? over ASCII; outside ASCII the expression decides.
  for (;;) {
    while (i < to) {
      const d = text.charCodeAt(i);
      if (d >= 128) return -1;
      if (!isAsciiLetter(d) && !isAsciiDigit(d)) break;
      i++;
    }
    if (i >= to) return i;
    const joint = text.charCodeAt(i);
    if (joint === 39 || joint === 45) {
      if (i + 1 >= to) return i;
      const d = text.charCodeAt(i + 1);
      if (d >= 128) return -1;
      if (isAsciiLetter(d) || isAsciiDigit(d)) {
        i += 2;
        continue;
      }
      return i;
    }
    if (joint === 46) return i + 1;
    if (joint >= 128) return -1;
    return i;
  }
}

/** The characters `\s` matches (ECMAScript WhiteSpace and LineTerminator). */
function isSpace(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const tokens: Token[] = [];
  const slice = text.slice(0, to);
  let at = from;
  for (;;) {
    while (at < to && isSpace(slice.charCodeAt(at))) at++;
    if (at >= to) break;
    let end = plainTokenEnd(slice, at, to);
    if (end < 0) {
      TOKEN.lastIndex = at;
      if (!TOKEN.test(slice)) break;
      end = TOKEN.lastIndex;
    }
    const start = at;
    let value = slice.slice(start, end);
    const c0 = value.charCodeAt(0);
    let kind: TokenKind;
    if ((c0 === 104 /* h */ && (value.startsWith('http:') || value.startsWith('https:'))) || (c0 === 119 /* w */ && value.startsWith('www.'))) kind = 'url';
    else if (c0 === 64 /* @ */ && value.length > 1) kind = 'handle';
    else if (c0 >= 48 && c0 <= 57) kind = 'number';
    else if ((c0 >= 65 && c0 <= 90) || (c0 >= 97 && c0 <= 122) || (c0 >= 128 && /^[\p{L}\p{M}]/u.test(value))) kind = 'word';
    else kind = 'punct';
    // A trailing period belongs to the word only for abbreviations and initials ("Gen.", "J."); the
    // sentence splitter decides; here keep it only when the word is one letter or a known short form.
    if (kind === 'word' && value.endsWith('.') && !/^(?:[A-Za-z]\.)+$/.test(value)) {
      const bare = value.slice(0, -1);
      if (!(bare.length === 1 || lexicon().abbreviations.has(bare.toLowerCase()))) value = bare;
    }
    let possessive = false;
    let shown = value;
    if (kind === 'word' && value.length > 2 && endsPossessive(value)) {
      possessive = true;
      shown = value.endsWith('s') ? value.slice(0, -2) : value.slice(0, -1);
    }
    const s0 = shown.charCodeAt(0);
    tokens.push({
      start,
      end: start + shown.length,
      text: shown,
      lower: fold(shown),
      kind,
      possessive,
      cap: s0 < 128 ? s0 >= 65 && s0 <= 90 : /^\p{Lu}/u.test(shown),
      upper: allCapitals(shown),
    });
    at = start + value.length;
  }
  return MOJIBAKE_LEAD.test(text.slice(from, to)) ? joinMojibake(text, tokens) : tokens;
}

/** Two or more letters, all capitals ("NATO", "U.S."); an ASCII word is checked without building strings. */
function allCapitals(text: string): boolean {
  let capitals = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 128) {
      const letters = text.replace(/[^\p{L}]/gu, '');
      return letters.length >= 2 && letters === letters.toUpperCase() && letters !== letters.toLowerCase();
    }
    if (c >= 97 && c <= 122) return false;
    if (c >= 65 && c <= 90) capitals++;
  }
  return capitals >= 2;
}

/**
 * "FranÃ§ois": a letter's mojibake splits a word at its non-letter half ("Ã" "§" "ois"). Pieces that touch and read
 * as one word once repaired are one token.
 */
function joinMojibake(text: string, tokens: Token[]): Token[] {
  const out: Token[] = [];
  for (const t of tokens) {
    const last = out[out.length - 1];
    if (last && last.end === t.start && !last.possessive && (last.kind === 'word' || last.kind === 'punct') && t.kind !== 'url' && t.kind !== 'handle') {
      const joined = text.slice(last.start, t.end);
      const repaired = repairMojibake(joined);
      if (repaired !== joined && /^[\p{L}\p{M}][\p{L}\p{M}\p{N}'’-]*$/u.test(repaired)) {
        out[out.length - 1] = { ...t, start: last.start, text: text.slice(last.start, t.end), lower: fold(text.slice(last.start, t.end)), kind: 'word', cap: /^\p{Lu}/u.test(repaired) };
        continue;
      }
    }
    out.push(t);
  }
  return out;
}
