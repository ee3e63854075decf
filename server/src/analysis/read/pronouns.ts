// The personal pronouns of the narration ("He was serving a life sentence") and the names each may stand for,
// likeliest first: the names before it in its sentence, first to last (the subject is the likeliest), then those
// of each earlier sentence, nearest sentence first, at most three back. The corpus, which knows who is a person
// and whether a man or a woman, takes the first that agrees. Pronouns inside quotations are the quoted speaker's
// and are left alone, as are headlines, which start a text rather than continue one; a possessive ("Comeaux's
// lawyer") names someone else's subject.
import type { Pronoun, Quotation } from '../types';
import type { ReadSoFar } from './context';

interface PronounContext extends ReadSoFar {
  quotations: Quotation[];
}

/** Singular third-person pronouns: subject, object and possessive. */
export const PERSONAL_PRONOUNS: ReadonlyMap<string, 'm' | 'f'> = new Map([
  ['he', 'm'],
  ['him', 'm'],
  ['his', 'm'],
  ['she', 'f'],
  ['her', 'f'],
  ['hers', 'f'],
]);
const REACH = 3;

/** The names of each sentence of the narration (outside quotations, no possessives), in order. */
export class NamesBySentence {
  private readonly named: number[][];

  constructor(private readonly ctx: Pick<PronounContext, 'text' | 'sentences' | 'mentions' | 'quotations'>) {
    this.named = ctx.sentences.map(() => []);
    ctx.mentions.forEach((m, i) => {
      if (m.kind === 'handle' || m.sentence < 0 || m.sentence >= this.named.length) return;
      if (ctx.quotations.some((q) => m.start >= q.start && m.end <= q.end)) return;
      if (/^['’]s?\b/.test(ctx.text.slice(m.end, m.end + 2))) return;
      this.named[m.sentence].push(i);
    });
  }

  /** The names a pronoun at `offset` in `sentence` may stand for, likeliest first. */
  antecedents(sentence: number, offset: number): number[] {
    const out = (this.named[sentence] ?? []).filter((i) => this.ctx.mentions[i].end <= offset);
    for (let before = sentence - 1; before >= Math.max(0, sentence - REACH); before--) out.push(...this.named[before]);
    return out;
  }
}

export function readPronouns(ctx: PronounContext): Pronoun[] {
  const names = new NamesBySentence(ctx);
  const out: Pronoun[] = [];
  ctx.sentences.forEach((sentence, s) => {
    const kind = ctx.paragraphs[sentence.paragraph]?.kind;
    if (sentence.furniture || kind === 'headline' || kind === 'heading') return;
    for (const t of ctx.sentenceTokens[s] ?? []) {
      if (t.kind !== 'word' || !PERSONAL_PRONOUNS.has(t.lower)) continue;
      if (ctx.quotations.some((q) => t.start >= q.start && t.end <= q.end)) continue;
      const antecedents = names.antecedents(s, t.start);
      if (antecedents.length > 0) out.push({ start: t.start, end: t.end, text: t.text, sentence: s, antecedents });
    }
  });
  return out;
}
