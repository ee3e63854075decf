// Claims placed in the corpus: only claims about the same event and attribute share a group.
// Participants decide the event: {Trump, Putin} and {Trump, Zelensky} are two calls; a claim that
// names one participant ({Putin}) joins the one group that has it, and stays alone when several do.
import type { ClaimGroup, ClaimRef, Entity, Reading } from '../types';
import { dateBefore, resolveWeekday } from '../read/dates';

export function groupClaims(readings: Reading[], mentionEntity: Map<string, string>, entities: Map<string, Entity>): ClaimGroup[] {
  const byKind = new Map<string, Array<{ ref: ClaimRef; participants: string[] }>>();
  const publication = readings.map((r) => r.meta.date?.slice(0, 10)).filter((d): d is string => d !== undefined && /^\d{4}-\d\d-\d\d$/.test(d)).sort();
  for (const reading of readings) {
    reading.claims.forEach((claim, index) => {
      const participants = [
        ...new Set(
          claim.participants
            .map((m) => mentionEntity.get(`${reading.uri}#${m}`))
            .filter((id): id is string => id !== undefined && entities.get(id)?.type === 'person'),
        ),
      ].sort();
      const ref: ClaimRef = { uri: reading.uri, index, claim, quantity: reading.quantities[claim.quantity], source: reading.meta.source };
      if (claim.attribute === 'day' && reading.meta.date && ref.quantity.low !== null) ref.date = resolveWeekday(ref.quantity.low, reading.meta.date);
      // "6 months ago" names days from the article's date; an article without one was published when the others
      // about the same story were, so between the earliest and the latest of their dates.
      if (claim.attribute === 'ago') {
        const [first, last] = reading.meta.date ? [reading.meta.date, reading.meta.date] : [publication[0], publication[publication.length - 1]];
        const early = first ? dateBefore(ref.quantity, first) : undefined;
        const late = last ? dateBefore(ref.quantity, last) : undefined;
        if (!early || !late) return;
        ref.quantity = { ...early, high: late.high };
      }
      if (claim.attribute === 'time' || claim.attribute === 'day' || claim.attribute === 'date' || claim.attribute === 'direction' || claim.attribute === 'ago') {
        ref.places = [
          ...new Set(
            claim.participants
              .map((m) => mentionEntity.get(`${reading.uri}#${m}`))
              .filter((id): id is string => id !== undefined && (entities.get(id)?.type === 'place' || entities.get(id)?.type === 'other')),
          ),
        ].sort();
      }
      // An age rank is relative to one person ("the younger sister of Liz Cheney") and a home is where one person
      // lives: compared only with claims about the same person, and not at all when that person is not known as one.
      // A claim about a thing ("24,000 refugees") is compared with every claim about the same thing.
      // Times and days of all incidents share one group per attribute; `comparable` decides which pairs are compared.
      const personal = claim.attribute === 'kinship' || claim.attribute === 'residence';
      if (personal && participants.length !== 1) return;
      const kind =
        personal
          ? `${claim.event}|${claim.attribute}|subject:${claim.subject} of ${participants[0]}`
          : claim.subject !== undefined
          ? `${claim.event}|${claim.attribute}|subject:${claim.subject}`
          : claim.attribute === 'time' || claim.attribute === 'day' || claim.attribute === 'date' || claim.attribute === 'direction' || claim.attribute === 'ago'
            ? `when|${claim.attribute}`
            : `${claim.event}|${claim.attribute}`;
      const list = byKind.get(kind) ?? [];
      list.push({ ref, participants });
      byKind.set(kind, list);
    });
  }
  const groups: ClaimGroup[] = [];
  for (const [kind, claims] of byKind) {
    const [event, attribute, subject] = kind.split('|') as [string, ClaimGroup['attribute'], string | undefined];
    if (subject !== undefined || attribute === 'time' || attribute === 'day' || attribute === 'date' || attribute === 'direction' || attribute === 'ago') {
      groups.push({ id: kind, event, attribute, participants: [], claims: claims.map((c) => c.ref) });
      continue;
    }
    const bases = new Map<string, { participants: string[]; refs: ClaimRef[] }>();
    for (const c of claims) {
      if (c.participants.length < 2) continue;
      const k = c.participants.join('+');
      const base = bases.get(k) ?? { participants: c.participants, refs: [] };
      base.refs.push(c.ref);
      bases.set(k, base);
    }
    // A larger set joins the only smaller group it contains ({Trump, Putin, Peskov} → {Trump, Putin}).
    const list = [...bases.values()].sort((a, b) => a.participants.length - b.participants.length);
    const kept: typeof list = [];
    for (const base of list) {
      const within = kept.filter((k) => k.participants.every((p) => base.participants.includes(p)));
      if (within.length === 1) within[0].refs.push(...base.refs);
      else kept.push(base);
    }
    const alone: ClaimRef[] = [];
    for (const c of claims) {
      if (c.participants.length >= 2) continue;
      const holders = c.participants.length === 1 ? kept.filter((k) => k.participants.includes(c.participants[0])) : [];
      if (holders.length === 1) holders[0].refs.push(c.ref);
      else alone.push(c.ref);
    }
    for (const base of kept) {
      groups.push({ id: `${kind}|${base.participants.join('+')}`, event, attribute, participants: base.participants, claims: base.refs });
    }
    alone.forEach((ref, n) => {
      groups.push({ id: `${kind}|alone-${ref.uri}#${ref.index}-${n}`, event, attribute, participants: [], claims: [ref] });
    });
  }
  // A group's claims in the folder's order, whichever participants brought them in, so that what lists them (a
  // finding's related places, a lens) follows the sources.
  for (const g of groups) g.claims.sort((a, b) => (a.uri < b.uri ? -1 : a.uri > b.uri ? 1 : a.index - b.index));
  return groups;
}

const WEEK_MS = 7 * 24 * 3600 * 1000;

/**
 * Whether two claims of one group can be about the same incident. Times and days: the same kind of incident, or
 * both the main event of their articles; and not when each names places the other does not (a place whose name
 * shares a word with the other's counts as the same). Times before the article ("6 months ago") likewise.
 */
export function comparable(a: ClaimRef, b: ClaimRef): boolean {
  if (a.claim.attribute !== 'time' && a.claim.attribute !== 'day' && a.claim.attribute !== 'date' && a.claim.attribute !== 'direction' && a.claim.attribute !== 'ago') return true;
  if (a.claim.event !== b.claim.event && !(a.claim.mainEvent && b.claim.mainEvent)) return false;
  // Weekdays that name days a week or more apart (by their articles' dates) are two incidents, not one day told two ways.
  if (a.date && b.date && Math.abs(Date.parse(a.date) - Date.parse(b.date)) >= WEEK_MS) return false;
  if (!a.places?.length || !b.places?.length) return true;
  return a.places.some((p) => b.places!.includes(p) || b.places!.some((q) => nested(p, q)));
}

/** Places whose names share a word ("Sudan", "South Sudan") may be one inside or beside the other: not told apart. */
function nested(a: string, b: string): boolean {
  const words = (id: string) => id.replace(/^[^:]*:/, '').split('-').filter((w) => w.length > 2 && !/^\d+$/.test(w));
  const of = new Set(words(a));
  return words(b).some((w) => of.has(w));
}
