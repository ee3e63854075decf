// The scan most kinds share: at each word start of a sentence, the kind's patterns in order (longer forms first);
// the first that matches and parses wins and the scan moves past it.
import type { Quantity, QuantityKind } from '../../types';
import { quantityAt, type Sentence } from './kind';
import type { Parsed } from './numbers';

export interface Pattern {
  /** A sticky (`y`) pattern tried at word starts. */
  re: RegExp;
  value: (m: RegExpExecArray, s: Sentence) => Parsed | null;
}

const WORD_START = /[\p{L}\p{N}$£€¥₹]/u;
const WORD_CHAR = /[\p{L}\p{N}]/u;

/** Bits of a sentence's characters: where a word starts (a word character after none), and word characters. */
const STARTS = 1;
const IN_WORD = 2;

/**
 * The classes of the characters of a sentence, computed once per sentence: every kind scans the same sentence, and
 * a Unicode class test per character per kind was a tenth of the reading. ASCII is classified by code; other
 * characters by the same expressions, on the same UTF-16 units as before.
 */
const classesOf = new WeakMap<Sentence, Uint8Array>();

function isWordChar(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return WORD_CHAR.test(text[at]);
}

function isWordStart(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  if (c < 128) return c === 36 || (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return WORD_START.test(text[at]);
}

function classes(s: Sentence): Uint8Array {
  let out = classesOf.get(s);
  if (out) return out;
  out = new Uint8Array(Math.max(0, s.to - s.from));
  let prevInWord = s.from > 0 && isWordChar(s.text, s.from - 1);
  for (let i = s.from; i < s.to; i++) {
    const inWord = isWordChar(s.text, i);
    out[i - s.from] = (inWord ? IN_WORD : 0) | (!prevInWord && isWordStart(s.text, i) ? STARTS : 0);
    prevInWord = inWord;
  }
  classesOf.set(s, out);
  return out;
}

export function scan(s: Sentence, kind: QuantityKind, patterns: Pattern[]): Quantity[] {
  const found: Quantity[] = [];
  const slice = s.text.slice(0, s.to);
  const cls = classes(s);
  const from = s.from;
  let i = from;
  while (i < s.to) {
    if (!(cls[i - from] & STARTS)) {
      i++;
      continue;
    }
    let matched = false;
    for (const pattern of patterns) {
      pattern.re.lastIndex = i;
      const m = pattern.re.exec(slice);
      if (!m) continue;
      const parsed = pattern.value(m, s);
      if (!parsed || Number.isNaN(parsed.value)) continue;
      const end = i + m[0].length;
      found.push(quantityAt(s, kind, i, end, parsed));
      i = end;
      matched = true;
      break;
    }
    if (!matched) {
      i++;
      while (i < s.to && cls[i - from] & IN_WORD) i++;
    }
  }
  return found;
}
