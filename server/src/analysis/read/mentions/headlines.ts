// Pass 2a of reading names: title-case headlines ("Sudan Armed Forces Deny Raid"). The tagger learnt from wire copy,
// whose headlines are in capitals or sentence case, so here every word looks like a name. A word the body writes
// only in lower case (or an inflection of it: "Denies" over "denied") is headline case, not name: it ends the name.
// What is left of a name stays only when the body capitalises its words mid-sentence or the word lists know it.
import type { Lexicon } from '../../data/lexicon';
import type { Paragraph, Sentence } from '../../types';
import { knownType } from '../knownNames';
import type { Token } from '../tokens';
import type { NameSpan } from './names';
import { isSentenceInitial, titleCaseLine } from './runs';

const stem = (w: string) => w.replace(/ie[sd]$/, 'y').replace(/(?:ing|ed|es|s)$/, '');

export function trimHeadlineNames(names: NameSpan[], sentenceTokens: Token[][], sentences: Sentence[], paragraphs: Paragraph[], lex: Lexicon): NameSpan[] {
  const titled = (k: number) => {
    // Only the document's headline: other short lines (a byline, a results table) are mostly names, and cutting them
    // cost 2.6 points of F1 on a held-out train fold.
    return paragraphs[sentences[k].paragraph].kind === 'headline' && titleCaseLine(sentenceTokens[k]);
  };
  if (!names.some((n) => titled(n.mention.sentence))) return names;
  const lowercase = new Set<string>();
  const bodyCapitalised = new Set<string>();
  sentenceTokens.forEach((tokens, k) => {
    const kind = paragraphs[sentences[k].paragraph].kind;
    tokens.forEach((t, j) => {
      if (t.kind !== 'word') return;
      if (!t.cap) lowercase.add(t.lower);
      else if (kind !== 'headline' && kind !== 'heading' && kind !== 'furniture' && !t.upper && !isSentenceInitial(tokens, j)) bodyCapitalised.add(t.lower);
    });
  });
  const lowercaseStems = new Set([...lowercase].map(stem));
  const headlineCase = (t: Token) => t.kind === 'word' && !lex.nameConnectors.has(t.lower) && (lowercase.has(t.lower) || lowercaseStems.has(stem(t.lower))) && !bodyCapitalised.has(t.lower);
  const out: NameSpan[] = [];
  for (const n of names) {
    if (!titled(n.mention.sentence)) {
      out.push(n);
      continue;
    }
    const tokens = sentenceTokens[n.mention.sentence].filter((t) => t.start >= n.mention.start && t.end <= n.mention.end);
    const pieces: Token[][] = [[]];
    for (const t of tokens) {
      if (headlineCase(t)) pieces.push([]);
      else pieces[pieces.length - 1].push(t);
    }
    for (const piece of pieces) {
      while (piece.length > 0 && (piece[piece.length - 1].kind === 'punct' || lex.nameConnectors.has(piece[piece.length - 1].lower))) piece.pop();
      while (piece.length > 0 && (piece[0].kind === 'punct' || lex.nameConnectors.has(piece[0].lower))) piece.shift();
      if (piece.length === 0) continue;
      const start = piece[0].start;
      const end = piece[piece.length - 1].end;
      const text = n.mention.text.slice(start - n.mention.start, end - n.mention.start);
      const whole = piece.length === tokens.length;
      if (!whole && !knownType(text, lex) && !piece.every((t) => t.kind !== 'word' || bodyCapitalised.has(t.lower) || t.upper)) continue;
      if (whole && !knownType(text, lex) && !piece.some((t) => bodyCapitalised.has(t.lower) || t.upper)) continue;
      out.push({ mention: { ...n.mention, start, end, text }, margin: n.margin });
    }
  }
  return out;
}
