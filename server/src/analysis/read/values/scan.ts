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

export function scan(s: Sentence, kind: QuantityKind, patterns: Pattern[]): Quantity[] {
  const found: Quantity[] = [];
  const slice = s.text.slice(0, s.to);
  let i = s.from;
  while (i < s.to) {
    const c = slice[i];
    const prev = i > 0 ? slice[i - 1] : ' ';
    if (!WORD_START.test(c) || WORD_CHAR.test(prev)) {
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
      while (i < s.to && WORD_CHAR.test(slice[i])) i++;
    }
  }
  return found;
}
