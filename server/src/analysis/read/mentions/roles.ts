// Pass 3 of reading names: the role written before a person's name ("Russian President Vladimir Putin", "Kremlin
// spokesperson, Dmitry Peskov"), kept on the mention with the country or organisation it belongs to.
import type { Lexicon } from '../../data/lexicon';
import type { Mention } from '../../types';
import type { Token } from '../tokens';
import { roleText } from './runs';

export function readRoles(mentions: Mention[], sentenceTokens: Token[][], lex: Lexicon): void {
  for (const m of mentions) {
    if (m.kind !== 'name' || m.type !== 'person') continue;
    const tokens = sentenceTokens[m.sentence];
    const start = tokens.findIndex((t) => t.start === m.start);
    if (start < 0) continue;
    const role = roleText(tokens, start, [], lex);
    if (!role) continue;
    m.role = role.text;
    if (role.of) m.roleOf = role.of;
  }
}
