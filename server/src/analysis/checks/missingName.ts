// missing-name: a title where a name belongs ("U.S. President engaged"), or an empty list item
// ("including , is"). Where other sources name the holder of that title, the message says who,
// and a quick fix inserts the name.
import type { Config } from '../config';
import type { Corpus } from '../corpus/corpus';
import { listSources } from '../text/format';
import { roleHead } from '../text/roles';
import type { Finding, Gap, Mention, Reading, RelatedSpan } from '../types';
import { fingerprint, severityFor, sourceOf } from './finding';
import { mentionEntity } from '../corpus/entities/mentionEntities';

export function missingName(corpus: Corpus, config: Config): Finding[] {
  const severity = severityFor('missing-name', config);
  if (severity === 'off') return [];
  const findings: Finding[] = [];
  for (const reading of corpus.readings.values()) {
    for (const gap of reading.gaps) {
      const holder = gap.kind === 'title-without-name' ? titleHolder(corpus, gap) : undefined;
      const cue = gap.cue;
      let message: string;
      if (gap.kind === 'empty-list-item') message = `A name is missing after “${cue}”: the list has an empty item.`;
      else if (holder) message = `A name is missing after “${cue}”: ${listSources(holder.related.map((r) => sourceOf(corpus, r.uri)))} name ${holder.name} here.`;
      else message = `A name is missing after “${cue}”.`;
      findings.push({
        code: 'missing-name',
        severity,
        message,
        uri: reading.uri,
        start: gap.start,
        end: gap.end,
        related: holder?.related ?? [],
        fingerprint: fingerprint('missing-name', reading, gap, []),
        fixes: holder ? [{ uri: reading.uri, start: gap.end, end: gap.end, newText: ` ${holder.name}`, title: `Insert the name the other sources give: ${holder.name}` }] : undefined,
      });
    }
  }
  return findings;
}

/** The person other sources give this title ("U.S. President" → Donald Trump), with where they do. */
function titleHolder(corpus: Corpus, gap: Gap): { name: string; related: RelatedSpan[] } | undefined {
  const head = roleHead(gap.cue);
  const votes = new Map<string, RelatedSpan[]>();
  for (const { reading, m, index } of titledNames(corpus).get(`${gap.roleOf}|${head}`) ?? []) {
    const id = mentionEntity(corpus.mentionEntity, reading.uri, index);
    if (!id) continue;
    const list = votes.get(id) ?? [];
    if (!list.some((r) => r.uri === reading.uri)) list.push({ uri: reading.uri, start: m.start, end: m.end, message: `${sourceOf(corpus, reading.uri)}: ${m.role} ${m.text}` });
    votes.set(id, list);
  }
  const best = [...votes.entries()].sort((a, b) => b[1].length - a[1].length)[0];
  if (!best) return undefined;
  const entity = corpus.entityById.get(best[0]);
  return entity ? { name: entity.name, related: best[1] } : undefined;
}

interface TitledName {
  reading: Reading;
  m: Mention;
  index: number;
}

const titledCache = new WeakMap<Corpus, Map<string, TitledName[]>>();

/** The names given with a title, by country and head title ("ukraine|president"), in reading order: one pass per corpus. */
function titledNames(corpus: Corpus): Map<string, TitledName[]> {
  let byTitle = titledCache.get(corpus);
  if (byTitle) return byTitle;
  byTitle = new Map();
  for (const reading of corpus.readings.values()) {
    if (reading.uri === undefined) continue;
    reading.mentions.forEach((m, index) => {
      if (m.kind !== 'name' || !m.role) return;
      const key = `${m.roleOf}|${roleHead(m.role)}`;
      const list = byTitle!.get(key);
      if (list) list.push({ reading, m, index });
      else byTitle!.set(key, [{ reading, m, index }]);
    });
  }
  titledCache.set(corpus, byTitle);
  return byTitle;
}
