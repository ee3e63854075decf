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
  const text = s.text;
  let prevInWord = s.from > 0 && isWordChar(text, s.from - 1);
  // ASCII in the loop itself (the reader threads' compiler does not inline the two tests): a word character is a
  // letter or a digit, a word start one of those or "$"; other characters by the tests.
  for (let i = s.from; i < s.to; i++) {
    const c = text.charCodeAt(i);
    let inWord: boolean;
    let start: boolean;
    if (c < 128) {
      inWord = (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
      start = inWord || c === 36;
    } else {
      inWord = isWordChar(text, i);
      start = !prevInWord && isWordStart(text, i);
    }
    out[i - s.from] = (inWord ? IN_WORD : 0) | (!prevInWord && start ? STARTS : 0);
    prevInWord = inWord;
  }
  classesOf.set(s, out);
  return out;
}

/**
 * A kind's patterns joined into one alternation per set of flags: at a word start where a gate does not match, none of
 * its patterns can, and the scan tries them no more there. One search per gate instead of one per pattern; the
 * patterns themselves still decide, in their order. Null when a pattern refers back to a group (its number would
 * change in the alternation).
 */
interface Gates {
  gates: RegExp[];
  /** The gate of each pattern. */
  gateOf: Int32Array;
}

const gatesOf = new WeakMap<Pattern[], Gates | null>();

function gates(patterns: Pattern[]): Gates | null {
  const known = gatesOf.get(patterns);
  if (known !== undefined) return known;
  let made: Gates | null = null;
  if (patterns.length > 1 && patterns.length <= 31 && !patterns.some((p) => /\\[1-9]|\\k</.test(p.re.source))) {
    const flags: string[] = [];
    const sources: string[][] = [];
    const gateOf = new Int32Array(patterns.length);
    patterns.forEach((p, k) => {
      const f = p.re.flags.replace(/[gy]/g, '');
      let g = flags.indexOf(f);
      if (g < 0) (g = flags.length), flags.push(f), sources.push([]);
      sources[g].push(`(?:${p.re.source})`);
      gateOf[k] = g;
    });
    try {
      made = { gates: sources.map((alternatives, g) => new RegExp(alternatives.join('|'), `${flags[g]}y`)), gateOf };
    } catch {
      made = null;
    }
  }
  gatesOf.set(patterns, made);
  return made;
}

export function scan(s: Sentence, kind: QuantityKind, patterns: Pattern[]): Quantity[] {
  const found: Quantity[] = [];
  const slice = s.text.slice(0, s.to);
  const cls = classes(s);
  const gated = gates(patterns);
  const from = s.from;
  let i = from;
  while (i < s.to) {
    if (!(cls[i - from] & STARTS)) {
      i++;
      continue;
    }
    let open = -1;
    if (gated) {
      open = 0;
      for (let g = 0; g < gated.gates.length; g++) {
        gated.gates[g].lastIndex = i;
        if (gated.gates[g].test(slice)) open |= 1 << g;
      }
    }
    let matched = false;
    for (let k = 0; open !== 0 && k < patterns.length; k++) {
      if (gated && !(open & (1 << gated.gateOf[k]))) continue;
      const pattern = patterns[k];
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
