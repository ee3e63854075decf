// The statement of an age: whose age it is, in every common form ("the 31-year-old X", "X, 32,", "X, aged 32",
// "died at 91").
import { lexicon, type Lexicon } from '../../data/lexicon';
import type { Mention, Quantity } from '../../types';
import type { Said, Site } from './site';
import { DATELINE_DASH, isAttributionSource, namesOf, nounAfter, openingParticipleEnd } from './syntax';

/** What stands between a name and its age once a suffix the name left out is dropped: "Cesar Sayoc Jr., 56," → ", ". */
function withoutSuffix(between: string, lex: Lexicon): string {
  const suffix = /^,?\s*([A-Za-z]+)\.?(?=\s*[,(])/.exec(between);
  return suffix && lex.nameSuffixes.has(suffix[1].toLowerCase()) ? between.slice(suffix[0].length) : between;
}

/**
 * An age is said of the person named next to it: "X, 32,", "X (32)", "X, aged 32", "X, a 59-year-old grandmother,", "the
 * 31-year-old X", "a 38-year-old man, X,".
 */
export function ageStatement(site: Site): Said | undefined {
  const { q, ctx } = site;
  // A name the tagger reads as a person elsewhere in the article is the person here too ("sign 16-year-old Brazilian
  // striker Delvaro", where the tagger took the name for a place's, as it did not in the headline).
  const personNames = new Set(ctx.mentions.filter((m) => m.type === 'person' && m.kind === 'name').map((m) => m.text));
  const isPerson = (m: Mention) => m.type === 'person' || (m.kind === 'name' && personNames.has(m.text));
  const persons = ctx.mentions.map((m, i) => ({ m, i })).filter(({ m }) => m.sentence === q.sentence && isPerson(m));
  // "Malia and Sasha Lee, aged 16 and 13 respectively": each age is the person of its place in the list.
  const listed = respectiveAge(site, persons);
  if (listed !== undefined) return listed < 0 ? undefined : { entity: listed, subject: nounAfter(site), modifiers: [], predicate: 'age' };
  // "Raj Chohan, a 59-year-old grandmother,": a compound age in an apposition right after the name is the name's too
  // ("a 33 year-old resident", hyphens left out, too).
  // Not past the comma that ends an opening participle's phrase ("Ridden by Tom Ward and trained by Ann Lee, the
  // five-year-old gelding"): what follows it is the clause's subject, not the name's apposition.
  const opening = openingParticipleEnd(ctx.text.slice(site.sentence.start, site.sentence.end));
  const pastOpening = (m: Mention) => opening !== undefined && m.end <= site.sentence.start + opening && q.start >= site.sentence.start + opening;
  const apposed = (between: string, m: Mention) => /[-\s]year[-\s]old$/i.test(q.text) && /^\s*,\s*(?:an?|the)\s+$/i.test(between) && !pastOpening(m);
  const adjacentBefore = persons.filter(({ m }) => {
    if (m.end > q.start) return false;
    const between = withoutSuffix(ctx.text.slice(m.end, q.start), site.lex);
    return /^(?:['’]s)?\s*(?:,\s*(?:aged\s+|age\s+)?|\(\s*)$/.test(between) || apposed(between, m) || birthday(between) || (/^\s+(?:was|is)\s+$/.test(between) && /^\d+$/.test(q.text));
  }).pop();
  // "the 31-year-old Vishwanand Subryan", "a 38-year-old man, Anthony LaCalamita,": capitalised words or one noun and a
  // comma between; "a 3-year-old daughter Ava", "the 28-year-old suspect Ann Lee": a noun of a person's role or kin
  // right before the name, in apposition (`nounAfter` takes the noun for the subject).
  const adjacentAfter = persons.find(({ m }) => m.start >= q.end && (/^\s*(?:(?:[A-Z][\w.-]*\s+)*|[a-z]+\s*,\s*|[A-Z][a-z]+\s+[a-z]+\s*,\s*)$/.test(ctx.text.slice(q.end, m.start)) || roleBeforeName(site, ctx.text.slice(q.end, m.start))));
  const noun = nounAfter(site);
  const entity = adjacentBefore?.i ?? adjacentAfter?.i ?? personAtDeath(site) ?? namedNext(site, noun) ?? namedByRole(site, noun) ?? describedSubject(site, noun);
  if (entity === undefined) return ownersRole(site);
  // An age with no person named next to it ("a 36-year-old man") says whose only through the story: not compared.
  return { entity, subject: noun, modifiers: [], predicate: 'age' };
}

/**
 * An age in a list of ages closed by "respectively" ("aged 16 and 13 respectively", "16, 14 and 9, respectively") or
 * opened by "aged" ("aged 78 and 75"): the
 * person at the same place in the list of the persons named right before the ages; -1 (no one) when those persons are
 * fewer than the ages; undefined when the age is in no such list.
 */
function respectiveAge(site: Site, persons: { m: Mention; i: number }[]): number | undefined {
  const { q, ctx } = site;
  // Only the words around the age are searched: a list of ages is short.
  const from = Math.max(site.sentence.start, q.start - RESPECTIVE_REACH);
  const window = ctx.text.slice(from, Math.min(site.sentence.end, q.end + RESPECTIVE_REACH));
  const at = q.start - from;
  for (const m of [...window.matchAll(RESPECTIVE_AGES), ...window.matchAll(AGES_LISTED)]) {
    if (at < m.index || at >= m.index + m[0].length) continue;
    const ages = [...m[0].matchAll(/\d+/g)].map((n) => m.index + n.index);
    const place = ages.indexOf(at);
    if (place < 0) return undefined;
    const before = persons.filter(({ m: p }) => p.end <= from + m.index);
    if (before.length < ages.length) return -1;
    return before[before.length - ages.length + place].i;
  }
  return undefined;
}

/** How far before and after an age a list of ages closed by "respectively" is looked for. */
const RESPECTIVE_REACH = 40;

/** A list of two or more ages closed by "respectively": "16 and 13 respectively", "16, 14 and 9, respectively". */
const RESPECTIVE_AGES = /\b\d{1,3}(?:,\s?\d{1,3}){0,4},?\s{1,3}and\s{1,3}\d{1,3},?\s{1,3}respectively\b/g;

/**
 * A list of two or more ages after "aged" or "ages": "Tom and Ann Ward, aged 78 and 75", respective without the word.
 * The first age is not the last name's ("Ann Ward, aged 78"): the list gives each person in turn.
 */
const AGES_LISTED = /\b(?:aged|ages)\s{1,3}\d{1,3}(?:,\s?\d{1,3}){0,4},?\s{1,3}and\s{1,3}\d{1,3}\b/g;

/**
 * "The Golden Bay's 59-year-old Russian captain", "the club's 34-year-old coach": the age of the one who holds a role
 * of a thing named right before it, with "'s". Said of the thing and the role (a modifier), so that it meets only the
 * same role of the same thing: the captain's age is not the chief engineer's.
 */
function ownersRole(site: Site): Said | undefined {
  const { q, ctx, lex, tokens } = site;
  if (!/-year-old$/i.test(q.text)) return undefined;
  const owner = ctx.mentions.findIndex((m) => m.sentence === q.sentence && m.kind === 'name' && m.end < q.start && /^['’]s\s+$/.test(ctx.text.slice(m.end, q.start)));
  if (owner < 0) return undefined;
  // The role's noun, past an adjective or a people's name ("Russian"), within three words. Of a person (the tagger
  // reads many ships' names as people's), only a title: "Ann Lee's 12-year-old son" may have a brother.
  const role = tokens.slice(site.last + 1, site.last + 4).find((t) => t.kind === 'word' && lex.personNouns.has(t.lower));
  if (!role || (ctx.mentions[owner].type === 'person' && !lex.titles.has(role.lower))) return undefined;
  return { entity: owner, subject: role.lower, modifiers: [role.lower], predicate: 'age' };
}

let BIRTHDAY: RegExp | undefined;
/** "Teixeira, who turns 29", "Teixeira will be 29 in April": the name is the subject of a coming birthday. */
function birthday(between: string): boolean {
  if (!BIRTHDAY) {
    const { birthday, birthdayAhead } = lexicon().values.age;
    BIRTHDAY = new RegExp(`^(?:,\\s*who\\s+|\\s+)(?:${[...birthday, ...birthdayAhead].join('|')})\\s+$`);
  }
  return BIRTHDAY.test(between);
}

/**
 * "A 35-year-old man has been charged with the murders … John Jenkin is due in court …": a person introduced by an
 * indefinite noun and an age, in a sentence that names no one, and named as the next sentence's first words. The name
 * is the person's only when the article gives that person no other age ("Vishwanand Subryan, 23," named next is
 * someone else).
 */
function namedNext(site: Site, noun: string | undefined): number | undefined {
  const { q, ctx, lex } = site;
  if (!/-year-old$/i.test(q.text) || !/\ban?\s+$/i.test(ctx.text.slice(Math.max(site.sentence.start, q.start - 4), q.start))) return undefined;
  // A word of kin, of a man or a woman, or of what a person does ("a 52-year-old teacher"): a title or a described noun.
  if (!noun || !lex.personNouns.has(noun)) return undefined;
  if (ctx.mentions.some((m) => m.sentence === q.sentence && m.type === 'person')) return undefined;
  const next = ctx.mentions.findIndex((m) => m.sentence === q.sentence + 1);
  const named = ctx.mentions[next];
  if (!named || named.type !== 'person' || named.kind !== 'name' || ctx.text.slice(site.sentence.end, named.start).trim() !== '') return undefined;
  return otherAge(site, named.text) ? undefined : next;
}

/**
 * "Deputy Jerry Ortiz … Cooley said Orozco was charged with murdering the 35-year-old deputy": a definite description by
 * an age and a role names the one person the article gives that role as a title ("Deputy", "Senator"), whatever
 * sentence names them. Two people of one role ("President Trump", "President Putin") leave it unsaid, and so does an
 * other age the article gives that person.
 */
function namedByRole(site: Site, noun: string | undefined): number | undefined {
  const { q, ctx } = site;
  if (!noun || !/-year-old$/i.test(q.text) || !/\bthe\s+$/i.test(ctx.text.slice(Math.max(site.sentence.start, q.start - 4), q.start))) return undefined;
  const titled = ctx.mentions.map((m, i) => ({ m, i })).filter(({ m }) => m.type === 'person' && m.kind === 'name' && !!m.role && roleNoun(m.role) === noun);
  if (titled.length === 0 || new Set(titled.map(({ m }) => finalWord(m.text))).size > 1) return undefined;
  return otherAge(site, titled[0].m.text) ? undefined : titled[0].i;
}

/**
 * "Maria Morales defeated Tom Hale … The 46-year-old Democrat won 52 percent", "“…,” the 55-year-old told supporters": a
 * definite description by an age alone, or with a title, a word for a man or a woman or a capitalised word for a party
 * or a people, names the subject of the sentence before: the person whose name opens it. Not when this sentence names a
 * person before the age, nor for a word of kin or of a part in a crime ("the 35-year-old victim" may be anyone), nor
 * when the article gives that person another age.
 */
function describedSubject(site: Site, noun: string | undefined): number | undefined {
  const { q, ctx, lex, tokens } = site;
  if (!/-year-old$/i.test(q.text) || tokens[site.first - 1]?.lower !== 'the') return undefined;
  // The description is the sentence's subject: it opens the sentence, or follows the quotation it says.
  const before = ctx.text.slice(site.sentence.start, tokens[site.first - 1].start);
  if (before.trim() !== '' && !QUOTATION_SAID.test(before) && !openingAdverbial(site)) return undefined;
  const next = tokens[site.last + 1];
  const describes = noun === undefined || next?.cap || lex.titles.has(noun) || GENERAL_PERSON_NOUNS.has(noun) || (lex.values.age.describedNouns as string[]).includes(noun);
  if (!describes) return undefined;
  const first = personOpeningPrevious(site);
  return first === undefined || otherAge(site, ctx.mentions[first].text) ? undefined : first;
}

/**
 * The person whose name opens the sentence before the site's (its first person's name, with only a title before it),
 * when that sentence is the text's own (no headline, no furniture): whom a description by an age alone names ("… The
 * 46-year-old Democrat", "The 29-year-old from Delvaro").
 */
export function personOpeningPrevious(site: Site): number | undefined {
  const { q, ctx, lex } = site;
  const previous = ctx.sentences[q.sentence - 1];
  if (!previous || previous.furniture || ctx.paragraphs[previous.paragraph].kind === 'headline') return undefined;
  // The first person named; a capitalised word the tagger took for a place or a group before it ("Pop singer Rosa
  // Linde") is part of the title, as opensSentence asks.
  const first = ctx.mentions.findIndex((m) => m.sentence === q.sentence - 1 && m.kind === 'name' && m.type === 'person');
  const named = ctx.mentions[first];
  // A lede's dateline ("DENVER (Wire) — Tulsa City's Ann Lee broke …") stands before the sentence's words.
  if (!named || !opensSentence(ctx.text.slice(previous.start, named.start).replace(DATELINE_DASH, ''), lex)) return undefined;
  return first;
}

/**
 * "Yesterday in Marrowby, the 38-year-old Norwegian won …": a short phrase of time or place set off by a comma before
 * the description, with no verb and no name of a person in it, leaves the description the sentence's subject.
 */
function openingAdverbial(site: Site): boolean {
  const { tokens, ctx, q } = site;
  const tags = site.tags();
  const the = site.first - 1;
  const opening: number[] = [];
  for (let k = the - 1; k >= 0 && tokens[k].start >= site.sentence.start; k--) opening.push(k);
  if (opening.length < 2 || opening.length > OPENING_WORDS || tokens[the - 1].text !== ',') return false;
  if (opening.some((k) => /^VB|^MD$/.test(tags[k]))) return false;
  return !ctx.mentions.some((m) => m.sentence === q.sentence && m.end <= tokens[the].start && m.type === 'person');
}

/** How many tokens an opening phrase before a description may have, its comma included. */
const OPENING_WORDS = 7;

/** A quotation's end before the one who says it ("“…,” the 55-year-old told"). */
const QUOTATION_SAID = /[,?!]["”]\s*$/;

/** Words for a person that say nothing of a relation to someone else. */
const GENERAL_PERSON_NOUNS = new Set(['man', 'woman']);

/**
 * Only a title before a name that opens its sentence: capitalised words ("Senator"), or words of titles and of what a
 * person does ("Pop singer Rosa Linde", "former senator"); a verb before the name ("Police arrested") makes it an
 * object.
 */
function opensSentence(before: string, lex: Lexicon): boolean {
  const words = before.trim() === '' ? [] : before.trim().split(/\s+/);
  const described = lex.values.age.describedNouns as string[];
  // A compound modifier of the title ("middle-distance star", "long-time coach") is part of it.
  return words.every((w) => /^[A-Z]/.test(w) || lex.titles.has(w) || lex.titleModifiers.has(w) || described.includes(w) || /^[a-z]+(?:-[a-z]+)+$/.test(w));
}

/** The noun a role ends with, in lower case: "deputy" for "Sheriff's Deputy". */
const roleNoun = (role: string) => role.split(/\s+/).pop()!.toLowerCase();

/**
 * Whether the article gives the person of this name (or of its surname alone) an age other than the site's, next to a
 * mention of them: right after it (", 23", " (23)", ", aged 23") or right before it ("the 23-year-old X").
 */
function otherAge(site: Site, name: string): boolean {
  const { q, ctx } = site;
  const surname = finalWord(name);
  // "Erik Lee, 44," is not "Ann Lee": another first name is another person; a bare "Lee" may be either.
  const same = (m: Mention) => finalWord(m.text) === surname && (m.text === name || !/\s/.test(m.text) || !/\s/.test(name));
  const nextTo = (m: Mention, age: Quantity) =>
    age.start >= m.end ? /^\s*[,(]\s*(?:aged\s+)?$/.test(ctx.text.slice(m.end, age.start)) : age.end <= m.start && /^\s*$/.test(ctx.text.slice(age.end, m.start));
  const theirs = ctx.mentions.filter((m) => m.type === 'person' && same(m));
  return ctx.quantities.some((age) => age.kind === 'age' && age !== q && age.low !== q.low && theirs.some((m) => nextTo(m, age)));
}

/** A name's last word: its surname, as the mentions write it. */
const finalWord = (name: string) => name.split(/\s+/).pop()!;

/**
 * Whether the words between a compound age and a name are one noun of a person's role, work or kin, the name its
 * apposition: "a 3-year-old daughter Ava", "his 9-year-old son James", "16-year-old Brazilian striker Delvaro". The
 * noun must be one the lexicon knows for people (personNouns), not any noun ("a 40-year-old tradition Ava kept").
 */
function roleBeforeName(site: Site, between: string): boolean {
  if (!/-year-old$/i.test(site.q.text)) return false;
  // "16-year-old Brazilian striker Delvaro": a people's or a place's word may stand before the noun.
  const noun = /^\s+(?:[A-Z][a-z]+\s+)?([a-z]+)\s+$/.exec(between)?.[1];
  return !!noun && site.lex.personNouns.has(noun);
}

/**
 * Whose age "died at 91", "died on Thursday at the age of 85" or "He was 75." gives: the person who died (the first
 * person named in the sentence before it, or the one its "he" or "she" stands for), or the person just named. An age
 * at another event ("married at age 20", "the first physician under age 40") names no one here.
 */
function personAtDeath(site: Site): number | undefined {
  const { q, ctx, lex } = site;
  const before = ctx.text.slice(site.sentence.start, q.start);
  const alone = /^\s*(?:He|She) (?:was|is) $/.test(before);
  if (!alone && !diedBefore(before, lex)) return undefined;
  // Who dies is a person whatever type the name was given without context ("Bettie Page has died …").
  // A name in quotation marks is what someone is called, a nickname or a title ("The self-described “Million Dollar
  // Mermaid” … died Thursday at 91"), not who is named.
  const named = alone ? -1 : ctx.mentions.findIndex((m) => m.sentence === q.sentence && m.end <= q.start && m.kind === 'name' && m.type !== 'place' && !isAttributionSource(ctx, m, lex) && !quotedName(ctx.text, m));
  if (named >= 0) return named;
  const pronoun = site.tokens.find((t) => t.start < q.start && t.kind === 'word' && (t.lower === 'he' || t.lower === 'she'));
  if (!pronoun) return undefined;
  const names = namesOf(ctx);
  // "He was 75." follows the sentence that names who died; anything further back may be someone else ("There is an
  // even younger girl …" in a quotation, then "She is 13." after a paragraph about the man).
  const first = names.antecedents(q.sentence, pronoun.start).find((i) => ctx.mentions[i].type === 'person');
  return first !== undefined && (!alone || ctx.mentions[first].sentence === q.sentence - 1) ? first : undefined;
}

/** Whether a name stands alone between quotation marks ("“Million Dollar Mermaid,”"). */
function quotedName(text: string, m: { start: number; end: number }): boolean {
  return /["“]$/.test(text.slice(Math.max(0, m.start - 1), m.start)) && /^[,.]?["”]/.test(text.slice(m.end, m.end + 2));
}

const SENTENCE_STOP = /[.!?](?=["”’]?\s+[A-Z])|;/g;

/** The cue right before an age at death: "… died at ", "… died on Sunday at the age of ", "… Dies Aged ". */
const AGE_CUE_END = /\b(?:aged|at(?: the)? age(?: of)?|at)\s*$/i;

let DIED: RegExp | undefined;

/** Whether `before` ends with an age cue after a verb of dying in the same clause. */
function diedBefore(before: string, lex: Lexicon): boolean {
  const cue = AGE_CUE_END.exec(before);
  if (!cue) return false;
  const clause = before.slice(0, cue.index);
  // A sentence's end inside `before` (a full stop before a capital, or a semicolon), not an abbreviation's stop
  // ("passed away in Beverly Hills, Calif., on Thursday at the age of 85").
  const stop = Math.max(...[...clause.matchAll(SENTENCE_STOP)].map((m) => m.index), -1);
  DIED ??= new RegExp(`\\b(?:${lex.values.age.atDeath.join('|')})\\b`, 'i');
  return DIED.test(clause.slice(stop + 1));
}
