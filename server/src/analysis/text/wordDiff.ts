// A word diff between two wordings of the same quotation, for hovers and messages.
import type { DiffPart } from '../types';
import { quotationWords } from './normalize';

/** Splits into words keeping their written form; compares them folded (case, apostrophes, punctuation aside). */
function tokens(text: string): Array<{ shown: string; key: string }> {
  return text
    .split(/\s+/)
    .filter((w) => w.length > 0)
    .map((shown) => ({ shown, key: quotationWords(shown).join(' ') }))
    .filter((t) => t.key.length > 0);
}

/** Longest-common-subsequence diff over words: what `b` removes from and adds to `a`. */
export function wordDiff(a: string, b: string): DiffPart[] {
  const x = tokens(a);
  const y = tokens(b);
  const n = x.length;
  const m = y.length;
  const lcs: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      lcs[i][j] = x[i].key === y[j].key ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
    }
  }
  const parts: DiffPart[] = [];
  const push = (op: DiffPart['op'], text: string) => {
    const last = parts[parts.length - 1];
    if (last && last.op === op) last.text += ` ${text}`;
    else parts.push({ op, text });
  };
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (x[i].key === y[j].key) {
      push('same', y[j].shown);
      i++;
      j++;
    } else if (lcs[i + 1][j] >= lcs[i][j + 1]) {
      push('removed', x[i++].shown);
    } else {
      push('added', y[j++].shown);
    }
  }
  while (i < n) push('removed', x[i++].shown);
  while (j < m) push('added', y[j++].shown);
  return parts;
}

/** Length of the longest common subsequence of two word lists. */
export function commonWords(a: string[], b: string[]): number {
  const m = b.length;
  let prev = new Array<number>(m + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    const cur = new Array<number>(m + 1).fill(0);
    for (let j = 1; j <= m; j++) cur[j] = a[i - 1] === b[j - 1] ? prev[j - 1] + 1 : Math.max(prev[j], cur[j - 1]);
    prev = cur;
  }
  return prev[m];
}

/** Whether `inner` occurs as a contiguous run of words in `outer`. */
export function containsRun(outer: string[], inner: string[]): boolean {
  if (inner.length === 0 || inner.length > outer.length) return inner.length === 0;
  outer: for (let i = 0; i + inner.length <= outer.length; i++) {
    for (let k = 0; k < inner.length; k++) if (outer[i + k] !== inner[k]) continue outer;
    return true;
  }
  return false;
}

/**
 * A diff as plain text for messages (diagnostics show no Markdown): [-removed-] {+added+}, with
 * long unchanged runs shortened to their ends.
 */
export function diffPlain(parts: DiffPart[], context = 3): string {
  return parts
    .map((p, i) => {
      if (p.op === 'removed') return `[-${p.text}-]`;
      if (p.op === 'added') return `{+${p.text}+}`;
      const words = p.text.split(' ');
      if (words.length <= 2 * context + 1) return p.text;
      const head = i === 0 ? [] : words.slice(0, context);
      const tail = i === parts.length - 1 ? [] : words.slice(-context);
      return [...head, '…', ...tail].join(' ');
    })
    .join(' ');
}
