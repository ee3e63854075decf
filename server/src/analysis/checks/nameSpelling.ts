// name-spelling: a person's name written one way by a single source (or once), while at least two
// other sources agree on another spelling that differs by a letter or two. Transliteration
// variants ("Zelenskiy" / "Zelensky") and nicknames ("Mike" / "Michael") are not misspellings.
import type { Config } from '../config';
import type { Corpus } from '../corpus/corpus';
import { lexicon } from '../data/lexicon';
import { foldNameToken, levenshtein, oneVowelApart } from '../text/normalize';
import type { Finding, SourceSpan } from '../types';
import { reportOnce, whoSays } from './disagreement';
import { severityFor, sourceOf } from './finding';

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
  const lex = lexicon();
  const findings: Finding[] = [];
  // Pairs of spellings already reported: the same pair met again (in another entity, or across two) is one disagreement.
  const reported = new Set<string>();
  for (const entity of corpus.entities) {
    if (entity.type !== 'person') continue;
    // Spellings of the first name and of the surname, each with the sources that use it.
    const positions: Array<Map<string, Spelling>> = [new Map(), new Map()];
    for (const span of entity.mentions) {
      const reading = corpus.readings.get(span.uri);
      if (!reading) continue;
      const mention = reading.mentions.find((m) => m.start === span.start && m.end === span.end);
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
        reported.add(pairKey(a, b));
        const finding = reportOnce(corpus, {
          code: 'name-spelling',
          severity,
          sides: [
            { text: variant.text, spans: variant.spans },
            { text: majority.text, spans: majority.spans },
          ],
          message: (own, others) => `“${own.text}” may be misspelled: ${whoSays(corpus, own, others)} (${entity.name}).`,
          related: (side, span) => `${sourceOf(corpus, span.uri)} writes “${side.text}”`,
          fixes: (own, others, at) => [{ ...at, newText: others[0].text, title: `Use the spelling of the other sources: ${others[0].text}` }],
        });
        if (finding) findings.push(finding);
      }
    }
  }
  findings.push(...acrossEntities(corpus, config, reported));
  return findings;
}

/**
 * Two people the corpus keeps apart that share a name and differ in another by one vowel ("Sawarmi Khaled Saad" /
 * "Al - Sawarmi Khalid") are likely one person transliterated two ways. Information on the spelling fewer sources
 * use (both when as many use each); no fix, since either spelling may be right.
 */
function acrossEntities(corpus: Corpus, config: Config, reported: Set<string>): Finding[] {
  const severity = severityFor('name-spelling', config, 'information');
  if (severity === 'off') return [];
  const people = corpus.entities.filter((e) => e.type === 'person').map((entity) => ({ entity, words: nameWords(corpus, entity) }));
  const findings: Finding[] = [];
  for (const [i, a] of people.entries()) {
    for (const b of people.slice(i + 1)) {
      const shared = [...a.words.keys()].some((w) => w.length >= 4 && b.words.has(w));
      if (!shared) continue;
      for (const [wa, sa] of a.words) {
        for (const [wb, sb] of b.words) {
          if (wa.length < 5 || !oneVowelApart(wa, wb) || reported.has(pairKey(wa, wb))) continue;
          reported.add(pairKey(wa, wb));
          const finding = reportOnce(corpus, {
            code: 'name-spelling',
            severity,
            sides: [
              { text: sa.text, spans: sa.spans },
              { text: sb.text, spans: sb.spans },
            ],
            message: (own, others) => `“${own.text}” and “${others[0].text}” may be one name spelled two ways: ${whoSays(corpus, own, others)}.`,
            related: (side, span) => `${sourceOf(corpus, span.uri)} writes “${side.text}”`,
          });
          if (finding) findings.push(finding);
        }
      }
    }
  }
  return findings;
}

/** Two folded spellings, in either order. */
function pairKey(a: string, b: string): string {
  return a < b ? `${a}|${b}` : `${b}|${a}`;
}

function nameWords(corpus: Corpus, entity: { mentions: SourceSpan[] }): Map<string, Spelling> {
  const words = new Map<string, Spelling>();
  for (const span of entity.mentions) {
    const mention = corpus.readings.get(span.uri)?.mentions.find((m) => m.start === span.start && m.end === span.end);
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
