// What stands at an offset: a name, a quantity or a quotation. Names inside a quotation win over
// the quotation, so a hover on "Putin" in a quote shows Putin.
import { comparable } from './claims';
import { claimName } from './claimNames';
import type { Corpus } from './corpus';
import { spellingsAt } from './spellings';
import type { Target } from '../types';
import { mentionEntity } from './entities/mentionEntities';

export function targetAt(corpus: Corpus, uri: string, offset: number): Target | undefined {
  const reading = corpus.readings.get(uri);
  if (!reading) return undefined;
  const inside = (s: { start: number; end: number }) => offset >= s.start && offset <= s.end;
  const mentionIndex = reading.mentions.findIndex(inside);
  if (mentionIndex >= 0) {
    const mention = reading.mentions[mentionIndex];
    const id = mentionEntity(corpus.mentionEntity, uri, mentionIndex);
    const entity = id ? corpus.entityById.get(id) : undefined;
    if (entity) {
      const spellings = spellingsAt(corpus, uri, mention.start, mention.end);
      return { kind: 'entity', entity, mention, span: { uri, start: mention.start, end: mention.end }, ...(spellings.length > 1 ? { spellings } : {}) };
    }
  }
  const quantity = reading.quantities.find(inside);
  if (quantity) {
    const claimIndex = reading.claims.findIndex((c) => reading.quantities[c.quantity] === quantity);
    const whole = claimIndex >= 0 ? corpus.claimGroupOf.get(`${uri}#${claimIndex}`) : undefined;
    const claim = whole?.claims.find((c) => c.uri === uri && c.index === claimIndex);
    // Times, days, dates and directions share a group per attribute: show only the claims about the same incident.
    const group = whole && claim ? { ...whole, claims: whole.claims.filter((c) => c === claim || comparable(claim, c)) } : whole;
    const about = group && claim ? claimName(corpus, group, claim, group.claims) : undefined;
    return { kind: 'quantity', quantity, group, claim, about, span: { uri, start: quantity.start, end: quantity.end } };
  }
  const quotationIndex = reading.quotations.findIndex(inside);
  if (quotationIndex >= 0) {
    const quotation = reading.quotations[quotationIndex];
    const group = corpus.quotationGroupOf.get(`${uri}#${quotationIndex}`);
    const speakerId = quotation.speaker ? mentionEntity(corpus.mentionEntity, uri, quotation.speaker.mention) : undefined;
    const speaker = speakerId ? corpus.entityById.get(speakerId) : undefined;
    return { kind: 'quotation', quotation, group, speaker, span: { uri, start: quotation.start, end: quotation.end } };
  }
  return undefined;
}
