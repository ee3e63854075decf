// The head of a role: the title that says what the person is, so that roles written differently
// compare ("Ukrainian President" / "US president" → "president"; "US Defence secretary" → "defense secretary").
import { lexicon } from '../data/lexicon';
import { fold } from './normalize';

export function roleHead(role: string | undefined): string {
  if (!role) return '';
  const words = fold(role).replace(/\bdefence\b/g, 'defense').split(/\s+/);
  const lex = lexicon();
  for (let n = Math.min(3, words.length); n >= 1; n--) {
    const tail = words.slice(-n).join(' ');
    if (lex.titles.has(tail)) return tail === 'premier' ? 'prime minister' : tail;
  }
  return words[words.length - 1];
}
