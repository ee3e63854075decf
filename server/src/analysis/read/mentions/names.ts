// Pass 2 of reading names: the entity tagger's spans become name mentions. The model decides where a name starts
// and ends and what it is; this pass only maps its words back to the text, leaves out punctuation at either end,
// and leaves a title the model took in ("President Clinton") to the roles pass, as CoNLL writes names without them.
import type { Lexicon } from '../../data/lexicon';
import type { EntityType, Mention } from '../../types';
import { nerSpans, type NerType } from '../ner';
import type { Token } from '../tokens';
import type { TaggedSentence } from './tagging';

const NER_TYPE: Record<NerType, EntityType> = { PER: 'person', ORG: 'organization', LOC: 'place', MISC: 'other' };

export interface NameSpan {
  mention: Mention;
  /** The smallest margin of the span's words: how sure the tagger is of it (0 when the tagging computed no margins). */
  margin: number;
}

export function readNames(text: string, tagged: TaggedSentence[], lex: Lexicon): NameSpan[] {
  const out: NameSpan[] = [];
  tagged.forEach((t, sentence) => {
    for (const span of nerSpans(t.tags)) {
      let idx: number[] = [];
      for (let w = span.start; w < span.end; w++) {
        const a = t.words.first[w];
        if (a < 0) continue;
        for (let k = a; k <= t.words.last[w]; k++) idx.push(k);
      }
      const loose = (tok: Token) => tok.kind === 'punct';
      while (idx.length > 0 && loose(t.tokens[idx[0]])) idx = idx.slice(1);
      while (idx.length > 0 && loose(t.tokens[idx[idx.length - 1]])) idx = idx.slice(0, -1);
      if (span.type === 'PER') while (idx.length > 1 && isTitle(t.tokens[idx[0]], lex)) idx = idx.slice(1);
      if (idx.length === 0) continue;
      const first = t.tokens[idx[0]];
      const last = t.tokens[idx[idx.length - 1]];
      let margin = Infinity;
      for (let w = span.start; w < span.end; w++) margin = Math.min(margin, t.margins[w]);
      out.push({
        mention: { start: first.start, end: last.end, text: text.slice(first.start, last.end), type: NER_TYPE[span.type], kind: 'name', sentence },
        margin,
      });
    }
  });
  return out;
}

function isTitle(t: Token, lex: Lexicon): boolean {
  const l = t.lower.replace(/\.$/, '');
  return lex.titles.has(l) || lex.neverSentenceFinal.has(l);
}
