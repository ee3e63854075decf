// The rows of the source matrix, read off today's corpus groups: one row per claim or quotation that two or more
// sources report, each under the topic it is about. This is the one function that knows how the corpus groups
// statements; when the corpus groups them another way, only this file changes.
import { comparable } from '../corpus/claims';
import { claimName, eventName } from '../corpus/claimNames';
import type { Corpus } from '../corpus/corpus';
import { formatValue } from '../text/format';
import type { ClaimGroup, ClaimRef, QuotationGroup } from '../types';
import { mentionEntity } from '../corpus/entities/mentionEntities';

/** One source's wording of the row's claim or quotation. */
export interface RowEntry {
  uri: string;
  start: number;
  end: number;
  /** As the source writes it. */
  text: string;
  /** The normalised value ("79–90 min"), or for a quotation who says it. */
  value: string;
}

export interface RowDraft {
  id: string;
  kind: 'claim' | 'quotation';
  /** What the row is about, shared by the rows shown together ("call between Donald Trump and Vladimir Putin"). */
  topic: string;
  /** The row itself ("duration of the call between …", "“Nobody wants peace more than Ukraine …”"). */
  label: string;
  entries: RowEntry[];
}

/** Topics of rows about when and where things happened, and of quotations whose speaker is not known. */
export const WHEN_AND_WHERE = 'When and where';
export const FIGURES = 'Figures';
export const UNKNOWN_SPEAKER = 'Quotations, speaker not known';

/** Every claim and quotation that at least two of `uris` report, as rows in the order the sources tell them. */
export function matrixRows(corpus: Corpus, uris: ReadonlySet<string>): RowDraft[] {
  const rows = [
    ...corpus.claimGroups.flatMap((group) => claimRows(corpus, group, uris)),
    ...corpus.quotationGroups.flatMap((group) => quotationRow(corpus, group, uris)),
  ];
  return rows.filter((row) => new Set(row.entries.map((e) => e.uri)).size >= 2);
}

function claimRows(corpus: Corpus, group: ClaimGroup, uris: ReadonlySet<string>): RowDraft[] {
  const claims = group.claims.filter((ref) => uris.has(ref.uri));
  return incidents(claims).map((members, n) => ({
    id: `claim|${group.id}|${n}`,
    kind: 'claim',
    topic: claimTopic(corpus, group, members[0]),
    label: claimName(corpus, group, members[0], members.slice(1)),
    entries: members.map((ref) => ({ uri: ref.uri, start: ref.quantity.start, end: ref.quantity.end, text: ref.quantity.text, value: formatValue(ref.quantity) })),
  }));
}

/**
 * A group of times, days, dates or directions holds every incident of the folder: split it into the sets of claims
 * the checks compare (`comparable`, closed over chains), so that a row holds one incident.
 */
function incidents(claims: ClaimRef[]): ClaimRef[][] {
  const sets: ClaimRef[][] = [];
  for (const claim of claims) {
    const joined = sets.filter((set) => set.some((other) => comparable(claim, other)));
    const merged = [claim, ...joined.flat()];
    for (const set of joined) sets.splice(sets.indexOf(set), 1);
    sets.push(merged);
  }
  return sets.map((set) => set.sort((a, b) => claims.indexOf(a) - claims.indexOf(b)));
}

function claimTopic(corpus: Corpus, group: ClaimGroup, claim: ClaimRef): string {
  switch (group.attribute) {
    case 'time':
    case 'day':
    case 'date':
    case 'ago':
    case 'direction':
      return WHEN_AND_WHERE;
    case 'residence': {
      const id = mentionEntity(corpus.mentionEntity, claim.uri, claim.claim.participants[0]);
      return (id && corpus.entityById.get(id)?.name) ?? FIGURES;
    }
    default:
      return group.participants.length > 0 ? eventName(corpus, group) : FIGURES;
  }
}

function quotationRow(corpus: Corpus, group: QuotationGroup, uris: ReadonlySet<string>): RowDraft[] {
  const quotations = group.quotations.filter((ref) => uris.has(ref.uri));
  if (quotations.length === 0) return [];
  const speakerName = (id: string | undefined) => (id ? corpus.entityById.get(id)?.name : undefined);
  // The speaker most sources name is who the row is about; each cell names its own.
  const votes = new Map<string, number>();
  for (const ref of quotations) if (ref.speaker) votes.set(ref.speaker, (votes.get(ref.speaker) ?? 0) + 1);
  const speaker = speakerName([...votes].sort((a, b) => b[1] - a[1])[0]?.[0]);
  const longest = quotations.reduce((a, b) => (b.quotation.words.length > a.quotation.words.length ? b : a));
  return [
    {
      id: group.id,
      kind: 'quotation',
      topic: speaker ? `Quotations of ${speaker}` : UNKNOWN_SPEAKER,
      label: `“${excerpt(longest.quotation.text, 9)}”`,
      entries: quotations.map((ref) => {
        const reading = corpus.readings.get(ref.uri);
        const written = ref.quotation.speaker ? reading?.mentions[ref.quotation.speaker.mention]?.text : ref.quotation.speakerPhrase?.text;
        return {
          uri: ref.uri,
          start: ref.quotation.start,
          end: ref.quotation.end,
          text: ref.quotation.text,
          value: `said by ${speakerName(ref.speaker) ?? written ?? 'an unnamed speaker'}`,
        };
      }),
    },
  ];
}

/** The first `words` words of a text, with an ellipsis when there are more. */
export function excerpt(text: string, words: number): string {
  const all = text.trim().split(/\s+/);
  return all.length <= words ? all.join(' ') : `${all.slice(0, words).join(' ')} …`;
}
