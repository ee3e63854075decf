// name-spelling: a person's name written one way by a single source (or once), while at least two
// other sources agree on another spelling that differs by a letter or two. Transliteration
// variants ("Zelenskiy" / "Zelensky") and nicknames ("Mike" / "Michael") are not misspellings.
import type { Config } from '../config';
import type { Corpus } from '../corpus/corpus';
import { lexicon } from '../data/lexicon';
import { listSources } from '../text/format';
import { foldNameToken, levenshtein, oneVowelApart, oneVowelApartKeys } from '../text/normalize';
import type { Finding, Mention, Reading, SourceSpan } from '../types';
import { fingerprint, severityFor, sourceOf } from './finding';

function isWord(folded: string): boolean {
  const lex = lexicon();
  return lex.titles.has(folded) || lex.orgWords.has(folded) || lex.placeWords.has(folded) || lex.commonCapitalized.has(folded) || lex.titles.has(folded.replace(/s$/, '')) || lex.orgWords.has(folded.replace(/s$/, ''));
}

interface Spelling {
  text: string;
  uris: Set<string>;
  spans: SourceSpan[];
}

export function nameSpelling(corpus: Corpus, config: Config): Finding[] {
  const severity = severityFor('name-spelling', config);
  if (severity === 'off') return [];
  mentionsBySpan = new Map();
  try {
    return [...spellingsOfPeople(corpus, severity), ...acrossEntities(corpus, config)];
  } finally {
    mentionsBySpan = undefined;
  }
}

function spellingsOfPeople(corpus: Corpus, severity: Finding['severity']): Finding[] {
  const lex = lexicon();
  const findings: Finding[] = [];
  for (const entity of corpus.entities) {
    if (entity.type !== 'person') continue;
    // Spellings of the first name and of the surname, each with the sources that use it.
    const positions: Array<Map<string, Spelling>> = [new Map(), new Map()];
    for (const span of entity.mentions) {
      const reading = corpus.readings.get(span.uri);
      if (!reading) continue;
      const mention = mentionAt(reading, span);
      if (!mention || mention.kind !== 'name') continue;
      const words = [...mention.text.matchAll(/[^\s]+/g)];
      const picks: Array<[number, RegExpMatchArray]> = words.length >= 2 ? [[0, words[0]], [1, words[words.length - 1]]] : [[1, words[0]]];
      for (const [position, word] of picks) {
        const text = word[0];
        const start = span.start + (word.index ?? 0);
        const map = positions[position];
        const spelling = map.get(text) ?? { text, uris: new Set(), spans: [] };
        spelling.uris.add(span.uri);
        spelling.spans.push({ uri: span.uri, start, end: start + text.length });
        map.set(text, spelling);
      }
    }
    for (const map of positions) {
      const spellings = [...map.values()].sort((a, b) => b.uris.size - a.uris.size || b.spans.length - a.spans.length);
      const majority = spellings[0];
      if (!majority || majority.uris.size < 2) continue;
      for (const variant of spellings.slice(1)) {
        if (variant.uris.size !== 1) continue;
        const a = foldNameToken(variant.text);
        const b = foldNameToken(majority.text);
        if (a === b) continue;
        // "the Clintons" is a family, not a misspelling; words of the lexicon ("Advisers") are not names.
        if (a === `${b}s` || b === `${a}s` || isWord(a) || isWord(b)) continue;
        const group = lex.nicknameGroup.get(a);
        if (group !== undefined && group === lex.nicknameGroup.get(b)) continue;
        if (levenshtein(a, b, 2) > 2) continue;
        const majoritySources = [...majority.uris].map((u) => sourceOf(corpus, u));
        for (const span of variant.spans) {
          const reading = corpus.readings.get(span.uri)!;
          const related = [...majority.uris].map((uri) => majority.spans.find((s) => s.uri === uri)!);
          findings.push({
            code: 'name-spelling',
            severity,
            message: `“${variant.text}” may be misspelled: ${listSources(majoritySources)} write “${majority.text}” (${entity.name}).`,
            uri: span.uri,
            start: span.start,
            end: span.end,
            related: related.map((s) => ({ ...s, message: `${sourceOf(corpus, s.uri)} writes “${majority.text}”` })),
            fingerprint: fingerprint('name-spelling', reading, span, [majority.text]),
            fixes: [{ uri: span.uri, start: span.start, end: span.end, newText: majority.text, title: `Use the spelling of the other sources: ${majority.text}` }],
          });
        }
      }
    }
  }
  return findings;
}

/**
 * Two people the corpus keeps apart that share a name and differ in another by one vowel ("Sawarmi Khaled Saad" /
 * "Al - Sawarmi Khalid") are likely one person transliterated two ways. Information on the spelling fewer sources
 * use (both when as many use each); no fix, since either spelling may be right.
 */
function acrossEntities(corpus: Corpus, config: Config): Finding[] {
  const severity = severityFor('name-spelling', config, 'information');
  if (severity === 'off') return [];
  const people = corpus.entities.filter((e) => e.type === 'person').map((entity) => ({ entity, words: nameWords(corpus, entity) }));
  // Pairs of people are found through their words one vowel apart (the spelling with that vowel blanked out),
  // not by trying every pair.
  const byBlankedVowel = new Map<string, number[]>();
  people.forEach((person, i) => {
    for (const w of person.words.keys()) {
      for (const key of oneVowelApartKeys(w)) {
        const list = byBlankedVowel.get(key);
        if (!list) byBlankedVowel.set(key, [i]);
        else if (list[list.length - 1] !== i) list.push(i);
      }
    }
  });
  const findings: Finding[] = [];
  for (const [i, a] of people.entries()) {
    const near = new Set<number>();
    for (const w of a.words.keys()) if (w.length >= 5) for (const key of oneVowelApartKeys(w)) for (const j of byBlankedVowel.get(key) ?? []) if (j > i) near.add(j);
    for (const b of [...near].sort((x, y) => x - y).map((j) => people[j])) {
      const shared = [...a.words.keys()].some((w) => w.length >= 4 && b.words.has(w));
      if (!shared) continue;
      for (const [wa, sa] of a.words) {
        for (const [wb, sb] of b.words) {
          if (wa.length < 5 || !oneVowelApart(wa, wb)) continue;
          if (sa.uris.size <= sb.uris.size) findings.push(...report(corpus, severity, sa, sb));
          if (sb.uris.size <= sa.uris.size) findings.push(...report(corpus, severity, sb, sa));
        }
      }
    }
  }
  // One spelling may meet the other in several pairs of people: report each place once.
  const seen = new Set<string>();
  return findings.filter((f) => {
    const key = `${f.uri}#${f.start}#${f.message}`;
    return !seen.has(key) && seen.add(key) !== undefined;
  });
}

/** While the check runs: each reading's mentions by span, indexed once, then let go. */
let mentionsBySpan: Map<Reading, Map<string, Mention>> | undefined;

/** The mention of a reading at exactly this span (the first one, as a scan would find). */
function mentionAt(reading: Reading, span: SourceSpan): Mention | undefined {
  let bySpan = mentionsBySpan?.get(reading);
  if (!bySpan) {
    bySpan = new Map();
    for (const m of reading.mentions) if (!bySpan.has(`${m.start}:${m.end}`)) bySpan.set(`${m.start}:${m.end}`, m);
    mentionsBySpan?.set(reading, bySpan);
  }
  return bySpan.get(`${span.start}:${span.end}`);
}

function nameWords(corpus: Corpus, entity: { mentions: SourceSpan[] }): Map<string, Spelling> {
  const words = new Map<string, Spelling>();
  for (const span of entity.mentions) {
    const reading = corpus.readings.get(span.uri);
    const mention = reading ? mentionAt(reading, span) : undefined;
    if (!mention || mention.kind !== 'name') continue;
    for (const word of mention.text.matchAll(/[^\s]+/g)) {
      const folded = foldNameToken(word[0]);
      if (isWord(folded)) continue;
      const start = span.start + (word.index ?? 0);
      const spelling = words.get(folded) ?? { text: word[0], uris: new Set<string>(), spans: [] };
      spelling.uris.add(span.uri);
      spelling.spans.push({ uri: span.uri, start, end: start + word[0].length });
      words.set(folded, spelling);
    }
  }
  return words;
}

function report(corpus: Corpus, severity: Finding['severity'], variant: Spelling, other: Spelling): Finding[] {
  const otherSources = [...other.uris].map((u) => sourceOf(corpus, u));
  return variant.spans.map((span) => ({
    code: 'name-spelling' as const,
    severity,
    message: `“${variant.text}” and “${other.text}” may be one name spelled two ways: ${listSources([...variant.uris].map((u) => sourceOf(corpus, u)))} ${variant.uris.size > 1 ? 'write' : 'writes'} “${variant.text}”, ${listSources(otherSources)} ${other.uris.size > 1 ? 'write' : 'writes'} “${other.text}”.`,
    uri: span.uri,
    start: span.start,
    end: span.end,
    related: [...other.uris].map((uri) => {
      const s = other.spans.find((x) => x.uri === uri)!;
      return { ...s, message: `${sourceOf(corpus, uri)} writes “${other.text}”` };
    }),
    fingerprint: fingerprint('name-spelling', corpus.readings.get(span.uri)!, span, [other.text]),
  }));
}

