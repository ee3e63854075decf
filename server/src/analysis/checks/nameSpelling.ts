// name-spelling: a person's name written one way by some sources and a letter apart by others (corpus/spellings.ts
// finds the pairs and the contexts that make them one name). A single source against a majority: a warning that the
// name may be misspelled, with a fix to the majority's spelling. One source against one, or two first names both in
// use ("Khaled" / "Khalid"): one name spelled two ways, information, or a warning when two kinds of context agree.
// Transliteration variants ("Zelenskiy" / "Zelensky") fold to one spelling and nicknames ("Mike" / "Michael") are
// not misspellings.
import type { Config } from '../config';
import type { Corpus } from '../corpus/corpus';
import { spellingPairs, type SpellingPair } from '../corpus/spellings';
import type { Finding } from '../types';
import { reportPerSource, whoSays } from './disagreement';
import { severityFor, sourceOf } from './finding';

export function nameSpelling(corpus: Corpus, config: Config): Finding[] {
  return spellingFindings(corpus, config, 'name-spelling', true);
}

/** name-spelling and place-spelling: the same report over the pairs of one kind. */
export function spellingFindings(corpus: Corpus, config: Config, code: 'name-spelling' | 'place-spelling', person: boolean): Finding[] {
  if (severityFor(code, config) === 'off') return [];
  const findings: Finding[] = [];
  for (const pair of spellingPairs(corpus)) {
    if (pair.person !== person) continue;
    const severity = severityFor(code, config, pair.sure ? 'warning' : 'information');
    if (severity === 'off') continue;
    const entity = person ? entityName(corpus, pair) : undefined;
    findings.push(...reportPerSource(corpus, {
      code,
      severity,
      sides: [
        { text: pair.variant.text, spans: pair.variant.occurrences },
        { text: pair.other.text, spans: pair.other.occurrences },
      ],
      prefer: 0,
      message: (own, others) =>
        pair.majority || pair.evidence.includes('lexicon')
          ? `“${own.text}” may be misspelled: ${whoSays(corpus, own, others)}${entity ? ` (${entity})` : ''}.`
          : `“${own.text}” and “${others[0].text}” may be one name spelled two ways: ${whoSays(corpus, own, others)}.`,
      related: (side, span) => `${sourceOf(corpus, span.uri)} writes “${side.text}”`,
      fixes: pair.majority ? (_own, others, at) => [{ uri: at.uri, start: at.start, end: at.end, newText: others[0].text, title: `Use the spelling of the other sources: ${others[0].text}` }] : undefined,
    }));
  }
  return findings;
}

/** The person both spellings name, as the corpus names them, when one entity holds the majority's spelling. */
function entityName(corpus: Corpus, pair: SpellingPair): string | undefined {
  const id = pair.other.occurrences.find((o) => o.entity && o.person)?.entity;
  const entity = id ? corpus.entityById.get(id) : undefined;
  return entity?.type === 'person' ? entity.name : undefined;
}
