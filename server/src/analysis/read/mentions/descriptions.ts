// Pass 4 of reading names: referents named without a name. Descriptions by a nationality and a head title ("the
// Ukrainian president"), and @handles.
import type { Lexicon } from '../../data/lexicon';
import type { Mention } from '../../types';
import type { Token } from '../tokens';

export function readDescriptions(text: string, tokens: Token[], sentence: number, lex: Lexicon): Mention[] {
  const out: Mention[] = [];
  for (let i = 0; i + 2 < tokens.length; i++) {
    if (tokens[i].lower !== 'the') continue;
    const demonym = lex.demonyms.get(tokens[i + 1].lower);
    const title = tokens[i + 2].lower;
    if (!demonym || !lex.headTitles.has(title)) continue;
    // "the Ukrainian President Volodymyr Zelensky" names him: the name is the mention.
    const next = tokens[i + 3];
    if (next && next.cap && next.kind === 'word') continue;
    const end = tokens[i + 2].end;
    out.push({ start: tokens[i].start, end, text: text.slice(tokens[i].start, end), type: 'person', kind: 'description', role: `${tokens[i + 1].text} ${tokens[i + 2].text}`, roleOf: demonym, sentence });
  }
  return out;
}

export function readHandles(tokens: Token[], sentence: number): Mention[] {
  return tokens.filter((t) => t.kind === 'handle').map((t) => ({ start: t.start, end: t.end, text: t.text, type: 'other' as const, kind: 'handle' as const, sentence }));
}
