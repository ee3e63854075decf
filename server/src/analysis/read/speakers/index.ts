// Who said each quotation: the rules propose (rules.ts), the candidates around the quotation are described
// (candidates.ts), and the learned model chooses among them (model.ts).
import type { Quotation } from '../../types';
import type { Found } from './context';
import { pullQuoteOf, speakerCandidates, type SpeakerCandidate } from './candidates';
import { sentenceAt, type SpeakerContext } from './context';
import { chooseSpeaker } from './model';
import { ruleSpeakers } from './rules';

export type { SpeakerContext } from './context';
export type { SpeakerCandidate } from './candidates';

/** Every quotation's candidates with their features: what the model scores, and what training reads. */
export function quotationCandidates(ctx: SpeakerContext, quotations: Quotation[]): SpeakerCandidate[][] {
  return speakerCandidates(ctx, quotations, ruleSpeakers(ctx, quotations));
}

export function assignSpeakers(ctx: SpeakerContext, quotations: Quotation[]): void {
  const picks = ruleSpeakers(ctx, quotations);
  const lists = speakerCandidates(ctx, quotations, picks);
  const chosen: Array<Found | null> = [];
  quotations.forEach((quotation, i) => {
    quotation.sentence = sentenceAt(ctx, quotation.start);
    const speaker = override(i) ?? chooseSpeaker(lists[i]);
    chosen.push(speaker);
    if (speaker === null) return;
    if (speaker.mention !== null) quotation.speaker = { start: speaker.start, end: speaker.end, mention: speaker.mention };
    else quotation.speakerPhrase = { start: speaker.start, end: speaker.end, text: ctx.text.slice(speaker.start, speaker.end) };
  });

  /**
   * Where the layout says who speaks, the model is not asked: a transcript turn ("PENCE: …") is its speaker's,
   * and a pull quote repeats a quotation already attributed (PolNeAR, which the model learns from, has almost
   * neither: one turn and two pull quotes in 840 articles).
   */
  function override(i: number): Found | null {
    if (picks[i].path === 'turn') return picks[i].found;
    const repeats = pullQuoteOf(ctx, quotations, i);
    return repeats >= 0 ? chosen[repeats] : null;
  }
}
