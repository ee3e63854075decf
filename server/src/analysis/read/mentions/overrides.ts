// Pass 2b of reading names: rules that overrule the entity tagger. Each stays only while it helps on a held-out
// train fold (a model trained without that fold) as well as on dev: `node scripts/eval/rules.mjs` measures each one
// by turning it off. Rules that did not help on both were removed: a first-name rule ("Eva Cruz" is a person)
// changed nothing on either, and keeping the hand lists' types ("Kremlin" an organisation, where CoNLL writes a
// place) cost 1.8 points on the train fold and 2.0 on dev; one type per name in a document cost 0.7 and 0.4. The
// shouted-word rule, like the headline pass, acts on what CoNLL lacks (capitals for emphasis) and is kept for it; an
// organisation's name run on to a following kind of organisation ("US Geological" + "Survey said") changes nothing on
// CoNLL and is kept for cross-source identity, which it raises on the ECB+ clusters. A person's name joined across a
// lower-case particle ("Osama bin Laden") changes nothing on CoNLL either, and is kept for the spellings across sources:
// cut in two, "Osama" was taken for "Obama" misspelt. See docs/taggers.md.
import identityData from '../../data/identity.json';
import type { Lexicon } from '../../data/lexicon';
import type { Mention } from '../../types';
import type { Token } from '../tokens';
import type { NameSpan } from './names';
import { REMIT_JOINERS } from './runs';

export interface OverrideRule {
  name: string;
  /** Changes the names in place (their type) or returns those to keep. */
  apply(names: NameSpan[], lex: Lexicon, context: OverrideContext): NameSpan[] | void;
}

export interface OverrideContext {
  text: string;
  /** Tokens of each sentence. */
  sentenceTokens: Token[][];
  /** Whether a lower-case word is a frequent word that no list holds as a name (read/ner.ts, isCommonWord). */
  commonWord: (lower: string) => boolean;
  /** Whether a lower-case word is a first name (read/ner.ts, isFirstName). */
  firstName: (lower: string) => boolean;
}

/**
 * A name that ends the full name of a person the document names is that person: "Walsh" after "Tom Walsh",
 * "Strauss - Kahn" after "Dominique Strauss - Kahn", "Comeaux" after "Arcade Joseph Comeaux Jr." (every tail of the
 * name, a generational suffix set aside).
 */
const bareSurname: OverrideRule = {
  name: 'bare-surname',
  apply(names, lex) {
    const key = (text: string) => text.toLowerCase().split(/\s+/);
    const tails = new Set<string>();
    for (const n of names) {
      if (n.mention.type !== 'person') continue;
      const words = key(n.mention.text);
      while (words.length > 2 && lex.nameSuffixes.has(words[words.length - 1].replace(/[^a-z]/g, ''))) words.pop();
      for (let k = 1; k < words.length; k++) tails.add(words.slice(k).join(' '));
    }
    for (const n of names) if (n.mention.type !== 'person' && tails.has(key(n.mention.text).join(' '))) n.mention.type = 'person';
  },
};

/**
 * A common word shouted in a sentence written in lower case is emphasis, not a name ("There was DEATH and
 * DESTRUCTION"): one word in capitals of seven letters or more that the word clusters know as a frequent word and the
 * gazetteer does not know as a name, between words that are not in capitals. Acronyms are shorter; in CoNLL-2003 the
 * longer capitals in mixed-case sentences are the first words of datelines and parts of longer names.
 */
const shoutedWord: OverrideRule = {
  name: 'shouted-word',
  apply(names, _lex, context) {
    return names.filter((n) => {
      const m = n.mention;
      if (m.text.length < 7 || /[\p{Ll}\s]/u.test(m.text)) return true;
      const tokens = context.sentenceTokens[m.sentence];
      const k = tokens.findIndex((t) => t.start === m.start);
      if (k <= 0 || tokens[k].end !== m.end || !tokens[k].upper || tokens[k].text.length < 7 || !context.commonWord(tokens[k].lower)) return true;
      const shouting = (t: Token | undefined) => t !== undefined && t.kind === 'word' && t.upper;
      const sentenceInLowerCase = tokens.some((t) => t.kind === 'word' && !t.cap);
      return !(sentenceInLowerCase && !shouting(tokens[k - 1]) && !shouting(tokens[k + 1]));
    });
  },
};

const SHIP_PREFIXES = identityData.shipPrefixes.map((p) => p.split(' ')).sort((a, b) => b.length - a.length);
const SHIP_PREFIX_STARTS = new Set(SHIP_PREFIXES.map((p) => p[0]));

/**
 * A ship's prefix and the capitalised words after it are the ship ("INS Sukanya", "Indian Naval Ship Sukanya",
 * "the warship Sukanya"), whatever pieces the tagger made of them (CoNLL has almost no ships); the ship's own name
 * alone elsewhere in the document is the ship too. A short prefix counts only in capitals ("MT", not "Mt Cook").
 */
const shipName: OverrideRule = {
  name: 'ship-name',
  apply(names, _lex, context) {
    const ships: NameSpan[] = [];
    context.sentenceTokens.forEach((tokens, sentence) => {
      for (let k = 0; k < tokens.length; k++) {
        if (!SHIP_PREFIX_STARTS.has(tokens[k].lower)) continue;
        const prefix = SHIP_PREFIXES.find((p) => p.every((w, i) => tokens[k + i]?.lower === w));
        if (!prefix) continue;
        const first = tokens[k];
        if (prefix.length === 1 && prefix[0].length <= 3 && !first.upper) continue;
        let end = k + prefix.length;
        while (end < tokens.length && tokens[end].kind === 'word' && tokens[end].cap && !tokens[end].upper) end++;
        if (end === k + prefix.length) continue;
        // A prefix written in lower case ("warship") is a description, not part of the name.
        const start = first.cap ? first.start : tokens[k + prefix.length].start;
        const last = tokens[end - 1];
        const text = context.text.slice(start, last.end);
        ships.push({ mention: { start, end: last.end, text, type: 'other', kind: 'name', sentence } });
        k = end - 1;
      }
    });
    if (ships.length === 0) return;
    const ownNames = new Set(ships.map((n) => n.mention.text.split(/\s+/).slice(-1)[0].toLowerCase()));
    const overlaps = (n: NameSpan) => ships.some((s) => s.mention.sentence === n.mention.sentence && s.mention.start < n.mention.end && n.mention.start < s.mention.end);
    const kept = names.filter((n) => !overlaps(n));
    for (const n of kept) if (ownNames.has(n.mention.text.toLowerCase())) n.mention.type = 'other';
    return [...kept, ...ships].sort((a, b) => a.mention.start - b.mention.start);
  },
};

/**
 * One name read through "of" whose first part is a first name and a surname is a person and the organisation or
 * place they belong to ("Lynn Reaser of Barnett Banks Inc."): an organisation's name does not open with a person's.
 * The words are single-spaced here, as the tagger's spans of one line are.
 */
const personOfOrganisation: OverrideRule = {
  name: 'person-of-organisation',
  apply(names, _lex, context) {
    const out: NameSpan[] = [];
    for (const n of names) {
      const m = n.mention;
      // An occupation may open the run ("Economist Lynn Reaser of …"); it is no part of either name.
      const parts = /^((?:\p{Lu}\p{Ll}+ )?)(\p{Lu}\p{Ll}+) (\p{Lu}[\p{L}'’-]+) of (\p{Lu}.*)$/u.exec(m.text);
      if (m.type === 'person' || !parts || !context.firstName(parts[2].toLowerCase())) {
        out.push(n);
        continue;
      }
      const personStart = m.start + parts[1].length;
      const personText = `${parts[2]} ${parts[3]}`;
      out.push({ mention: { ...m, start: personStart, end: personStart + personText.length, text: personText, type: 'person' } });
      out.push({ mention: { ...m, start: m.end - parts[4].length, text: parts[4] } });
    }
    return out;
  },
};

const INITIAL = /^\p{Lu}\.$/u;

/**
 * A person's name that opens with a middle initial takes the capitalised word before it as the first name ("Raj K.
 * Chohan" at the start of a sentence, where the tagger left "Raj" out): an initial stands between a first name and a
 * surname. Not a title ("Dr. K. Chohan"), a word the document also writes in lower case ("Then K. Chohan") or a word
 * another name holds.
 */
/** The words the document writes in lower case somewhere: such a word before an initial is no first name. */
function writtenInLowerCase(context: OverrideContext): Set<string> {
  const words = new Set<string>();
  for (const tokens of context.sentenceTokens) for (const t of tokens) if (t.kind === 'word' && !t.cap) words.add(t.lower);
  return words;
}

const initialLedName: OverrideRule = {
  name: 'initial-led-name',
  apply(names, lex, context) {
    const taken = new Set(names.map((n) => n.mention.start));
    let lowerCase: Set<string> | undefined;
    for (const n of names) {
      const m = n.mention;
      if (m.type !== 'person') continue;
      const tokens = context.sentenceTokens[m.sentence];
      const k = tokens.findIndex((t) => t.start === m.start);
      if (k <= 0 || !INITIAL.test(tokens[k].text) || tokens[k + 1]?.cap !== true) continue;
      const before = tokens[k - 1];
      const taggedBefore = names.some((o) => o.mention.sentence === m.sentence && o.mention.start <= before.start && before.end <= o.mention.end);
      if (before.kind !== 'word' || !before.cap || before.upper || before.end + 1 !== m.start || taken.has(before.start) || taggedBefore) continue;
      const bare = before.lower.replace(/\.$/, '');
      if (lex.titles.has(bare) || lex.neverSentenceFinal.has(bare) || lex.commonCapitalized.has(bare) || (lowerCase ??= writtenInLowerCase(context)).has(bare)) continue;
      m.start = before.start;
      m.text = context.text.slice(m.start, m.end);
    }
  },
};

/**
 * An organisation's name the tagger ends one word before a capitalised kind of organisation runs on to it: "US
 * Geological" + "Survey said" is the US Geological Survey, one agency every source names whole or in part. Only a
 * name already read as an organisation (a person's or a place's name before "Administration" or "Department" is no
 * part of one), and only the word right after it, mid-sentence.
 */
const organisationRunOn: OverrideRule = {
  name: 'organisation-run-on',
  apply(names, lex, context) {
    for (const n of names) {
      const m = n.mention;
      if (m.type !== 'organization') continue;
      const tokens = context.sentenceTokens[m.sentence];
      const k = tokens.findIndex((t) => t.start >= m.end);
      const next = tokens[k];
      if (!next || next.kind !== 'word' || !next.cap || next.upper || next.start !== m.end + 1 || !lex.orgWords.has(next.lower)) continue;
      if (names.some((o) => o !== n && o.mention.sentence === m.sentence && o.mention.start <= next.start && next.start < o.mention.end)) continue;
      m.end = next.end;
      m.text = context.text.slice(m.start, m.end);
    }
  },
};

/** The words that join a body to its remit in its name: "Council on Foreign Relations", "Institute for Public Policy". */
const REMIT = new Set(['on', 'for']);

/**
 * A body named for its remit is one organisation: a capitalised kind of organisation, "on" or "for", and capitalised
 * words ("Council on Foreign Relations", "House Committee on Oversight and Government Reform", "Institute for
 * Science and International Security"), which the tagger (trained on CoNLL, with few such names) leaves out or cuts
 * in pieces. Not a day or a month after it ("the Council on Wednesday"), nor a person or a place ("the Security
 * Council on Syria", "the Committee on Benghazi" is left as the tagger reads it).
 */
const remitName: OverrideRule = {
  name: 'remit-name',
  apply(names, lex, context) {
    const added: NameSpan[] = [];
    let dropped: Set<NameSpan> | undefined;
    context.sentenceTokens.forEach((tokens, sentence) => {
      for (let k = 0; k + 2 < tokens.length; k++) {
        const body = tokens[k];
        if (!body.cap || body.upper || !lex.orgWords.has(body.lower) || !REMIT.has(tokens[k + 1].lower)) continue;
        let end = k + 1;
        for (let j = k + 2; j < tokens.length; j++) {
          const t = tokens[j];
          if (t.kind === 'word' && t.cap && !lex.dateWords.has(t.lower)) end = j;
          else if (!(REMIT_JOINERS.has(t.lower) && end === j - 1)) break;
        }
        if (end === k + 1) continue;
        const from = tokens[k + 2].start;
        let to = tokens[end].end;
        const inSentence = names.filter((n) => n.mention.sentence === sentence);
        // A name the tagger read whole is left as it is ("Organisation for Security and Cooperation in Europe").
        if (inSentence.some((n) => n.mention.type === 'organization' && n.mention.start <= body.start && n.mention.end >= to)) continue;
        const tail = inSentence.filter((n) => n.mention.start < to && from < n.mention.end);
        if (tail.some((n) => n.mention.type === 'person' || n.mention.type === 'place')) continue;
        for (const n of tail) to = Math.max(to, n.mention.end);
        // The name opens with the organisation the tagger read ending at the body's word, else with the body's word.
        const head = inSentence.find((n) => n.mention.type === 'organization' && n.mention.end === body.end);
        const start = head ? head.mention.start : body.start;
        dropped ??= new Set();
        for (const n of [...tail, ...(head ? [head] : [])]) dropped.add(n);
        added.push({ mention: { start, end: to, text: context.text.slice(start, to), type: 'organization', kind: 'name', sentence } });
        k = end;
      }
    });
    if (added.length === 0) return;
    return [...names.filter((n) => !dropped?.has(n)), ...added].sort((a, b) => a.mention.start - b.mention.start);
  },
};

/** Connectors of names that join an organisation's words, not a person's ("Bank of America", "Johnson & Johnson"). */
const NOT_PARTICLES = new Set(['of', '&']);

/**
 * A person's name with lower-case particles inside ("Osama bin Laden", "Vincent van Gogh", "Ursula von der Leyen") is
 * one name: the tagger sometimes cuts it at the particle into two people ("Osama" and "Laden"), and the corpus then
 * takes the first for a misspelling of another name a letter apart ("Obama"). Two person names with only the
 * lexicon's name connectors between them, written in lower case, are joined.
 */
const particleName: OverrideRule = {
  name: 'particle-name',
  apply(names, lex, context) {
    const particle = (w: string) => lex.nameConnectors.has(w) && !NOT_PARTICLES.has(w);
    const joined = (a: Mention, b: Mention) => {
      if (a.type !== 'person' || b.type !== 'person' || a.sentence !== b.sentence || a.kind !== 'name' || b.kind !== 'name') return false;
      const between = context.text.slice(a.end, b.start);
      const words = between.trim().split(' ');
      return between === ` ${words.join(' ')} ` && words.length <= 2 && words.every(particle);
    };
    const kept: NameSpan[] = [];
    for (const n of names) {
      const last = kept[kept.length - 1];
      if (last && joined(last.mention, n.mention)) {
        last.mention.end = n.mention.end;
        last.mention.text = context.text.slice(last.mention.start, last.mention.end);
        delete last.mention.tentative;
        continue;
      }
      kept.push(n);
    }
    if (kept.length === names.length) return;
    return kept;
  },
};

/**
 * A name right after a noun of a person and "from" is where the person comes from, not a second person: "a retired
 * nurse from Golden Bay", "two teachers from Tulsa City". The tagger, trained on CoNLL, reads an unknown town there
 * as a person more often than not, and the sentence then names someone it does not (an age before the noun is no
 * longer the person's named next). Not a first name ("a letter from Ann Lee" has no noun of a person before "from";
 * "an aide from Ann Lee's office" is a person's possession).
 */
const homeOfPerson: OverrideRule = {
  name: 'home-of-person',
  apply(names, lex, context) {
    for (const n of names) {
      const m = n.mention;
      if (m.type !== 'person') continue;
      const tokens = context.sentenceTokens[m.sentence];
      const k = tokens.findIndex((t) => t.start === m.start);
      if (k < 2 || tokens[k - 1].lower !== 'from' || context.firstName(tokens[k].lower)) continue;
      const noun = tokens[k - 2].lower;
      if (!lex.personNouns.has(noun) && !(noun.endsWith('s') && lex.personNouns.has(noun.slice(0, -1)))) continue;
      if (/^['’]s?\b/.test(context.text.slice(m.end, m.end + 2))) continue;
      m.type = 'place';
    }
  },
};

export const OVERRIDE_RULES: readonly OverrideRule[] = [bareSurname, shoutedWord, shipName, personOfOrganisation, initialLedName, organisationRunOn, remitName, particleName, homeOfPerson];

/** Every rule the measure turns off by name: the overrides here and the headline pass (mentions/headlines.ts). */
export const RULE_NAMES: readonly string[] = [...OVERRIDE_RULES.map((r) => r.name), 'headline-case'];

/** Rules turned off by name (scripts/eval/rules.mjs measures each rule this way; the product turns none off). */
export const disabledRules = new Set<string>();

export function applyOverrides(names: NameSpan[], lex: Lexicon, context: OverrideContext): Mention[] {
  let kept = names;
  for (const rule of OVERRIDE_RULES) if (!disabledRules.has(rule.name)) kept = rule.apply(kept, lex, context) ?? kept;
  return kept.map((n) => n.mention);
}
