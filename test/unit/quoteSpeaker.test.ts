// quote-speaker on texts written for it.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { serviceOf } from '../helpers/analysis';

const found = (texts: Record<string, string>) => serviceOf(texts).findings().filter((f) => f.code === 'quote-speaker');

test('quote-speaker: the same words given to two people are reported on the side fewer sources take', () => {
  const texts = {
    a: 'Mayor Ann Lee spoke at noon. "We will rebuild the bridge before the winter comes," Ann Lee said.',
    b: 'Ann Lee was there in the morning. The crowd waited for hours. Governor Tom Walsh visited. "We will rebuild the bridge before the winter comes," Tom Walsh said.',
    c: 'Tom Walsh listened from afar. Crowds gathered slowly. It rained all day. "We will rebuild the bridge before the winter comes," said Ann Lee.',
  };
  const f = found(texts);
  assert.equal(f.length, 1, f.map((x) => x.message).join('\n'));
  assert.equal(f[0].uri, 'b');
  assert.match(f[0].message, /b gives it to Tom Walsh, but a and c give it to Ann Lee/);
  assert.deepEqual(f[0].related.map((r) => r.uri).sort(), ['a', 'c']);
  assert.equal(f[0].severity, 'information');
});

test('quote-speaker: one against one is one finding linking both; a source that gives the words to both takes no side', () => {
  const texts = {
    a: 'Mayor Ann Lee spoke at noon. "We will rebuild the bridge before the winter comes," Ann Lee said. It rained. Later Tom Walsh came.',
    b: 'Ann Lee was there in the morning. The crowd waited. Governor Tom Walsh visited. "We will rebuild the bridge before the winter comes," Tom Walsh said.',
  };
  const f = found(texts);
  assert.equal(f.length, 1, f.map((x) => x.message).join('\n'));
  assert.deepEqual([f[0].uri, f[0].related.map((r) => r.uri)], ['b', ['a']]);
  const torn = found({
    ...texts,
    c: 'Mayor Ann Lee spoke. "We will rebuild the bridge before the winter comes," Ann Lee said. It rained. The crowd left. Later Tom Walsh repeated it: "We will rebuild the bridge before the winter comes," Tom Walsh said.',
  });
  assert.ok(torn.every((x) => !x.message.includes('c gives')), torn.map((x) => x.message).join('\n'));
});

test('quote-speaker: a source that names the other speaker beside the quotation takes no side (a joint statement, one quoting the other)', () => {
  const f = found({
    a: 'Mayor Ann Lee spoke at noon. "We will rebuild the bridge before the winter comes," Ann Lee said. It rained. Later Tom Walsh came.',
    b: 'Ann Lee, an aide to Governor Tom Walsh, spoke. "We will rebuild the bridge before the winter comes," Tom Walsh said.',
  });
  assert.deepEqual(f, []);
});

test('quote-speaker: one speaker in all sources, or an unattributed quotation, is not reported', () => {
  assert.deepEqual(
    found({
      a: '"We will rebuild the bridge before the winter comes," Ann Lee said. Tom Walsh agreed.',
      b: 'Ann Lee spoke. "We will rebuild the bridge before the winter comes," Lee said. Tom Walsh listened.',
      c: 'The plan was read out: "We will rebuild the bridge before the winter comes." Ann Lee and Tom Walsh came.',
    }),
    [],
  );
});
