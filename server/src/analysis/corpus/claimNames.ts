// What a claim is about, in words: "number of “bombs”", "day of the attack", "home of Raj K. Chohan". One
// place, so a finding's message and the hover on the same claim name it alike.
import { lexicon } from '../data/lexicon';
import { listSources } from '../text/format';
import type { ClaimGroup, ClaimRef } from '../types';
import type { Corpus } from './corpus';

/** How `claim` (of `group`) is named, given the claims it is compared with (`others`, if any). */
export function claimName(corpus: Corpus, group: ClaimGroup, claim: ClaimRef, others: ClaimRef[] = []): string {
  switch (claim.claim.attribute) {
    case 'time':
    case 'day':
    case 'date':
    case 'ago':
      return whenName(claim, others);
    case 'direction':
      return directionName(claim);
    case 'residence':
      return `home of ${personName(corpus, claim)}`;
    case 'kinship':
      return `age of the ${claim.claim.subject} of ${personName(corpus, claim)}`;
    case 'charge':
      return 'homicide charge';
    case 'fate': {
      const [count, ...country] = claim.claim.subject!.split(' ');
      return `fate of the ${count} people (${country.join(' ').replace(/\b\w/g, (c) => c.toUpperCase())})`;
    }
    case 'vessel':
      // The name as the source writes it ("INS Sukanya"), the end of "frigate INS Sukanya".
      return `class of the ship ${claim.quantity.text.slice(claim.quantity.text.length - claim.quantity.unit.length)}`;
    case 'color':
      return `colour of the ${group.claims[0].quantity.text.replace(/^\S+\s+/, '')}`;
    default:
      return subjectName(group) ?? `${group.attribute} of the ${eventName(corpus, group)}`;
  }
}

/** "number of bombs", "value of the jewelry": how a claim about a thing is named in messages. */
function subjectName(group: ClaimGroup): string | undefined {
  const subject = group.claims[0]?.claim.subject;
  if (subject === undefined) return undefined;
  if (subject === 'magnitude') return 'magnitude of the earthquake';
  if (group.attribute === 'duration') return `time ${subject}`;
  if (group.attribute === 'distance') return subject === 'home' ? 'distance to the home' : `distance to ${subject}`;
  return group.attribute === 'money' ? `amount for the ${subject}` : `number of “${subject}”`;
}

/** "call between Donald Trump and Vladimir Putin": the event by a noun a source used, with its participants. */
export function eventName(corpus: Corpus, group: ClaimGroup): string {
  const names = group.participants.map((id) => corpus.entityById.get(id)?.name).filter(Boolean) as string[];
  // Name the event by a noun another source used ("call"), not a verb ("spoke").
  const verbs = lexicon().verbTriggers;
  const trigger = group.claims.find((c) => c.claim.trigger && !verbs.has(c.claim.trigger.toLowerCase()))?.claim.trigger ?? group.event;
  const noun = trigger.replace(/s$/, '');
  return names.length > 0 ? `${noun} between ${listSources(names)}` : noun;
}

/** "day of the attack", "time of the reported event": the incident named by the claim or the ones it is compared with. */
function whenName(claim: ClaimRef, others: ClaimRef[]): string {
  const event = [claim, ...others].map((c) => c.claim.event).find((e) => e !== 'main');
  const attribute = claim.claim.attribute === 'ago' ? 'date' : claim.claim.attribute;
  return `${attribute} of the ${event ?? 'reported event'}`;
}

/** "direction from Bireun": the place a direction is measured from, as the claim's unit keeps it. */
function directionName(claim: ClaimRef): string {
  const from = claim.quantity.unit.replace(/ \(within\)$/, '').replace(/\b\w/g, (c) => c.toUpperCase());
  return `direction from ${from}`;
}

/** The person a claim is about (its first participant), as the corpus names them. */
function personName(corpus: Corpus, claim: ClaimRef): string {
  const id = corpus.mentionEntity.get(`${claim.uri}#${claim.claim.participants[0]}`);
  return (id && corpus.entityById.get(id)?.name) ?? 'the same person';
}
