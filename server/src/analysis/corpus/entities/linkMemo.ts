// Entity linking kept for the next build of a story (an editor's keystroke reads one article of it again, and most
// keystrokes change no name). What the linking passes read of the articles is: each article's mentions — their words,
// type, kind, role and tentativeness, and their order in the text, never their offsets — whether each stands in a
// headline, and, for names in title-case headlines, whether some article writes a word in lower case. When all of that
// is as it was, the entities are the ones made last, with each mention's span taken from the new reading.
import type { Config } from '../../config';
import type { Entity, Reading } from '../../types';
import { writtenLowerIn } from './fusedHeadlines';
import type { Linked } from './toEntities';

export interface LinkMemo {
  last?: KeptLinking;
  /** How many builds took the kept entities, and how many linked afresh (what the tests and tools look at). */
  reused: number;
  linked: number;
}

interface KeptLinking {
  config: Config;
  /** What the passes read of every article, in order (`linkingInput`). */
  input: string;
  asked: Map<string, boolean>;
  linked: Linked;
}

export function newLinkMemo(): LinkMemo {
  return { reused: 0, linked: 0 };
}

/** The last linking's entities, if what the passes would read of these readings (`input`, `linkingInput`) is what they read then. */
export function keptLinking(memo: LinkMemo, readings: Reading[], input: string, config: Config): Linked | undefined {
  const last = memo.last;
  if (!last || last.config !== config || last.input !== input) return undefined;
  for (const [word, answer] of last.asked) if (writtenLowerIn(readings, word) !== answer) return undefined;
  const byUri = new Map(readings.map((r) => [r.uri, r]));
  const entities: Entity[] = last.linked.entities.map((entity, i) => ({
    ...entity,
    mentions: last.linked.mentionsOf[i].map(({ uri, index }) => {
      const m = byUri.get(uri)!.mentions[index];
      return { uri, start: m.start, end: m.end };
    }),
  }));
  memo.reused++;
  return { entities, mentionEntity: last.linked.mentionEntity, mentionsOf: last.linked.mentionsOf };
}

/** Keeps a linking made afresh for the next build. */
export function keepLinking(memo: LinkMemo, input: string, config: Config, asked: Map<string, boolean>, linked: Linked): void {
  memo.last = { config, input, asked, linked };
  memo.linked++;
}

const inputs = new WeakMap<Reading, string>();

/** What the linking passes read of the readings, as one string: articles in order, each's mentions in text order. */
export function linkingInput(readings: Reading[]): string {
  return readings.map((r) => `${r.uri}\u0002${articleInput(r)}`).join('\u0003');
}

function articleInput(reading: Reading): string {
  let input = inputs.get(reading);
  if (input !== undefined) return input;
  // The passes compare two mentions of an article by their starts: their order is kept, by index.
  const order = reading.mentions.map((m, index) => ({ m, index })).sort((a, b) => a.m.start - b.m.start || a.index - b.index);
  input = order
    .map(({ m, index }) => {
      const headline = reading.paragraphs.find((p) => p.start <= m.start && m.end <= p.end);
      const inHeadline = headline?.kind === 'headline' || headline?.kind === 'heading';
      return [index, m.text, m.type, m.kind, m.role ?? '', m.roleOf ?? '', m.tentative ? 't' : '', inHeadline ? 'h' : ''].join('\u0001');
    })
    .join('\u0000');
  inputs.set(reading, input);
  return input;
}
