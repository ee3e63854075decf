// Entity linking kept for the next build (corpus/entities/linkMemo.ts): after each edit of a series, the entities equal
// a new linking's, at the new offsets; an edit that changes no name takes the kept entities, one that changes a name,
// or a word a headline's name is read by, links afresh.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { readArticle } from '../../read/readArticle';
import { defaultConfig } from '../../config';
import type { Reading } from '../../types';
import { linkEntities } from './index';
import { newLinkMemo } from './linkMemo';

const config = defaultConfig();
const read = (uri: string, text: string) => readArticle(text, { uri, version: 1, source: uri.replace(/^mem:\//, ''), tolerances: config.tolerances });

const TEXTS: Record<string, string> = {
  'mem:/herald': 'Hurricane Sandy Batters Queens\n\nHurricane Sandy struck New York on Monday. Mayor Michael Bloomberg said 12 people died in Queens. Bloomberg ordered schools closed.',
  'mem:/courier': 'Sandy hits New York\n\nThe storm hit New York on Monday and flooded the coast of Queens. Michael Bloomberg, the mayor, said 14 people died.',
};

/** The entities as the corpus holds them, and each mention's entity. */
function linked(readings: Reading[], memo?: ReturnType<typeof newLinkMemo>): { entities: unknown; mentions: string[] } {
  const { entities, mentionEntity } = linkEntities(readings, config, memo);
  return { entities, mentions: [...mentionEntity.entries()].map(([k, v]) => `${k} ${v}`).sort() };
}

test('linkMemo: after each edit the entities equal a new linking’s; edits that change no name take the kept ones', () => {
  const texts = { ...TEXTS };
  const memo = newLinkMemo();
  const readingsOf = () => Object.entries(texts).map(([uri, text]) => read(uri, text));
  linked(readingsOf(), memo);
  const edits: Array<[string, string, string, 'kept' | 'linked']> = [
    // A value: no name changed.
    ['mem:/courier', '14 people', '13 people', 'kept'],
    // Words before most names of the article: those mentions move, none changes.
    ['mem:/herald', 'New York on Monday', 'New York late on Monday night', 'kept'],
    // A name respelled, then put back.
    ['mem:/courier', 'Michael Bloomberg, the mayor', 'Michael Blumberg, the mayor', 'linked'],
    ['mem:/courier', 'Michael Blumberg, the mayor', 'Michael Bloomberg, the mayor', 'linked'],
    // A word of the title-case headline's name now written in lower case by the other article.
    ['mem:/courier', 'The storm hit New York', 'The storm batters New York', 'linked'],
    ['mem:/courier', 'flooded the coast', 'flooded the whole coast', 'kept'],
  ];
  for (const [uri, from, to, expected] of edits) {
    assert.ok(texts[uri].includes(from), `${uri} has no “${from}”`);
    texts[uri] = texts[uri].replace(from, to);
    const readings = readingsOf();
    const [reused, fresh] = [memo.reused, memo.linked];
    const kept = linked(readings, memo);
    assert.deepEqual(kept, linked(readings), `after “${to}”`);
    assert.equal(memo.reused - reused, expected === 'kept' ? 1 : 0, `after “${to}”: kept entities taken`);
    assert.equal(memo.linked - fresh, expected === 'linked' ? 1 : 0, `after “${to}”: linked afresh`);
  }
});
