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
      // A nationality ("Indonesian", "Australians") is an adjective or a group, not an entity of its own: the
      // descriptions pass reads it ("the Indonesian president"), and as a name it would stand for the place beside it.
      if (span.type === 'MISC' && idx.length === 1 && isDemonym(t.tokens[idx[0]].lower, lex)) continue;
      // "He'll", "She'd": a pronoun with its verb, capitalised at a sentence's start, names nothing.
      if (idx.length === 1 && isContractedPronoun(t.tokens[idx[0]].lower, lex)) continue;
      const first = t.tokens[idx[0]];
      const last = t.tokens[idx[idx.length - 1]];
      out.push({
        mention: { start: first.start, end: last.end, text: text.slice(first.start, last.end), type: NER_TYPE[span.type], kind: 'name', sentence },
      });
    }
  });
  return out;
}

function isContractedPronoun(lower: string, lex: Lexicon): boolean {
  const contracted = /^([a-z]+)['’](?:ll|d|re|ve|m|s)$/.exec(lower);
  return contracted !== null && lex.subjectPronouns.has(contracted[1]);
}

function isDemonym(lower: string, lex: Lexicon): boolean {
  return lex.demonyms.has(lower) || (lower.endsWith('s') && lex.demonyms.has(lower.slice(0, -1)));
}

function isTitle(t: Token, lex: Lexicon): boolean {
  const l = t.lower.replace(/\.$/, '');
  return lex.titles.has(l) || lex.neverSentenceFinal.has(l);
}
