// Who each pronoun of the narration stands for, across the folder: the first of the names the reader listed for
// it (likeliest first) whose entity is a person of the pronoun's gender, or of no known gender. A person's gender
// is what the folder says of them: a courtesy title ("Mr Buckley", "Mrs Chohan"), a word for a man or a woman
// beside the name ("spokeswoman Michelle Lyons", "Raj Chohan, a woman"), and the pronouns that can stand for no one
// else (a "she" whose only candidate is Raj Chohan); the majority decides, and a tie says nothing. A one-word
// "person" the folder also writes in lower case ("Street" of "117th Street") is no one a pronoun stands for.
import identityData from '../data/identity.json';
import { PERSONAL_PRONOUNS } from '../read/pronouns';
import { fold } from '../text/normalize';
import { lowercaseWords } from './entities/fusedHeadlines';
import { articleMentionEntities } from './entities/mentionEntities';
import type { Entity, Reading } from '../types';

type Gender = 'm' | 'f';
const HONORIFIC_GENDER = new Map(Object.entries(identityData.honorificGender as Record<string, Gender>));
const ROLE_GENDER = new Map(Object.entries(identityData.roleGender as Record<string, Gender>));

/** `${uri}#${pronounIndex}` → entity id, for the pronouns that stand for a person entity. */
export function resolvePronouns(readings: Reading[], mentionEntity: Map<string, string>, entityById: Map<string, Entity>): Map<string, string> {
  const votes = new Map<string, { m: number; f: number }>();
  const vote = (entity: string, gender: Gender) => {
    const v = votes.get(entity) ?? { m: 0, f: 0 };
    v[gender]++;
    votes.set(entity, v);
  };
  const candidates = new Map<string, { gender: Gender; people: string[] }>();
  const persons = new Map<string, boolean>();
  const isPerson = (id: string): boolean => {
    let known = persons.get(id);
    if (known === undefined) {
      const entity = entityById.get(id);
      known = entity?.type === 'person' && (/\s/.test(entity.name) || !readings.some((r) => lowercaseWords(r).has(fold(entity.name))));
      persons.set(id, known);
    }
    return known;
  };
  for (const reading of readings) {
    const entityOf = articleMentionEntities(mentionEntity, reading.uri);
    mentionGenders(reading).forEach((gender, i) => {
      const entity = entityOf(i);
      if (entity && isPerson(entity)) vote(entity, gender);
    });
    (reading.pronouns ?? []).forEach((p, k) => {
      const people: string[] = [];
      for (const i of p.antecedents) {
        const entity = entityOf(i);
        if (entity && !people.includes(entity) && isPerson(entity)) people.push(entity);
      }
      const gender = PERSONAL_PRONOUNS.get(p.text.toLowerCase());
      if (!gender || people.length === 0) return;
      candidates.set(`${reading.uri}#${k}`, { gender, people });
      if (people.length === 1) vote(people[0], gender);
    });
  }
  const genderOf = (entity: string): Gender | undefined => {
    const v = votes.get(entity);
    return !v || v.m === v.f ? undefined : v.m > v.f ? 'm' : 'f';
  };
  const resolved = new Map<string, string>();
  for (const [key, { gender, people }] of candidates) {
    const entity = people.find((e) => (genderOf(e) ?? gender) === gender);
    if (entity) resolved.set(key, entity);
  }
  return resolved;
}

const gendersCache = new WeakMap<Reading, Map<number, Gender>>();

/**
 * The gender the words at each mention give, by mention index (mentions whose words give none are absent): "Mr
 * Buckley", "spokeswoman Michelle Lyons", "Raj Chohan, a woman", the words right before or after the name. Cached per
 * reading: they are the article's words alone.
 */
function mentionGenders(reading: Reading): Map<number, Gender> {
  let genders = gendersCache.get(reading);
  if (genders) return genders;
  genders = new Map();
  reading.mentions.forEach((m, i) => {
    const before = /(?<![\p{L}.])([\p{L}.]+)[\s,]*(?:(?:a|an|the)\s+)?$/u.exec(reading.text.slice(Math.max(0, m.start - 24), m.start))?.[1] ?? '';
    const after = /^,\s*(?:a|an|the)\s+(?:[\p{L}-]+\s+)?([\p{L}]+)/u.exec(reading.text.slice(m.end, m.end + 40))?.[1] ?? '';
    const words = [m.text.split(/\s+/)[0], before, after, ...(m.role ?? '').split(/\s+/)].map((w) => fold(w));
    const gender = words.map((w) => HONORIFIC_GENDER.get(w) ?? ROLE_GENDER.get(w)).find((g) => g !== undefined);
    if (gender) genders!.set(i, gender);
  });
  gendersCache.set(reading, genders);
  return genders;
}
