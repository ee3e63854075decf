// Places of the same incident compared across sources: texts written for each rule.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { read, serviceOf } from '../helpers/analysis';

const conflicts = (texts: Record<string, string>) => serviceOf(texts).findings().filter((f) => f.code === 'place-conflict');
/** One disagreement between two sources: one finding, on one of them, with the other as related information. */
const oneBetween = (found: ReturnType<typeof conflicts>, a: string, b: string) => {
  assert.equal(found.length, 1, found.map((f) => f.message).join('\n'));
  assert.deepEqual([found[0].uri, ...found[0].related.map((r) => r.uri)].sort(), [a, b]);
};

test('directions: the same incident placed in two directions from one place conflicts; "northeast Houston" is inside it', () => {
  const found = conflicts({
    a: 'Quake\n\nResidents woke up.\n\nThe quake struck 55 km west of Bireun at dawn.',
    b: 'Quake\n\nResidents woke up.\n\nThe earthquake hit 55 km south of Bireun.',
  });
  oneBetween(found, 'a', 'b');
  assert.match(found[0].message, /direction from Bireun/);
  assert.deepEqual(
    conflicts({
      a: 'Escape\n\nHe ran.\n\nHe was caught in northeast Houston.',
      b: 'Escape\n\nHe ran.\n\nHe was caught 25 miles northwest of Houston.',
    }),
    [],
  );
  assert.deepEqual(read('Troops left South Sudan and North Korea.').quantities.filter((q) => q.kind === 'direction'), []);
});

test('directions: "was found" is an arrest, so the place of a capture compares with "was caught"', () => {
  const found = conflicts({
    a: 'He was caught in northeast Houston on Monday.',
    b: 'He was at large until Dec. 7, when he was found at a north Houston business.',
  });
  oneBetween(found, 'a', 'b');
  assert.match(found[0].message, /part of Houston/);
});

test('directions: a bearing from another place in the same article says nothing of this one', () => {
  const found = conflicts({
    a: 'Quake\n\nResidents woke up.\n\nThe quake struck the northern Indonesian province of Aceh, 55 km west of the town of Bireun.',
    b: 'Quake\n\nResidents woke up.\n\nThe earthquake hit 55 km south of Bireun, 72 km southeast of Reuleuet.',
  });
  oneBetween(found, 'a', 'b');
  assert.match(found[0].message, /direction from Bireun/);
});

test('homes: the same person said to live in two towns conflicts; other people and large places are not compared', () => {
  const found = serviceOf({
    a: 'Police found Mara Quinn, 61, of Elm Ridge, lying in the road. The driver, Dale Ward, 30, of Fenwick, fled.',
    b: 'Quinn, who lived a mile away in Birch Hollow, died at the hospital. Dale Ward, 30, of Fenwick, was arrested.',
    c: 'Mara Quinn, who had lived in Birch Hollow for decades, was walking home.',
    d: 'Mara Quinn, 61, of Queens, was hit at 7 p.m.',
  })
    .findings()
    .filter((f) => f.code === 'place-conflict');
  assert.equal(found.length, 1, found.map((f) => f.message).join('\n'));
  assert.equal(found[0].uri, 'a');
  assert.match(found[0].message, /home of Mara Quinn: a says “Elm Ridge”/);
  assert.deepEqual(found[0].related.map((r) => r.uri).sort(), ['b', 'c']);
});

test('homes: a region holds the town another source names, so it agrees with it', () => {
  const found = serviceOf({
    a: 'Alan Roth, 48, of Macomb County, was wounded.',
    b: 'Alan Roth, 48, of Bruce Township, was wounded.',
    c: "Alan Roth, 48, of Macomb County's Bruce Township, was wounded.",
  })
    .findings()
    .filter((f) => f.code === 'place-conflict');
  assert.deepEqual(found.map((f) => f.message), []);
});

test('directions: the thing placed is the noun before its distance, not an incident its clause only mentions', () => {
  const found = conflicts({
    a: 'Flu\n\nHens died.\n\nThe outbreak was confirmed on Thursday at an egg farm 12 km north of Marrowby, where staff had noticed a rise in deaths.',
    b: 'Flu\n\nHens died.\n\nAlmost 185,000 hens were destroyed after bird flu was found in a flock 12 km south of Marrowby.',
  });
  oneBetween(found, 'a', 'b');
  assert.match(found[0].message, /direction from Marrowby/);
});

test('homes: "the 29-year-old from Marrowby" lives where the person the sentence before opened with lives ("Tom Ward, 29, from Delvaro")', () => {
  const win = (text: string) => `Ward wins the Marrish Open\n\n${text}`;
  const found = conflicts({
    a: win('Tom Ward won the Marrish Open on Sunday, beating Ann Lee in a playoff. Ward, 29, from Delvaro, closed with a 66.'),
    b: win('Tom Ward won the Marrish Open on Sunday, beating Ann Lee in a playoff. The 29-year-old from Marrowby holed a long putt.'),
    c: win('Tom Ward had waited 112 tournaments for this. The 29-year-old from Marrowby rolled in a birdie putt to win.'),
  });
  assert.deepEqual(found.map((f) => [f.uri, f.related.map((r) => r.uri).sort()]), [['a', ['b', 'c']]], found.map((f) => f.message).join('\n'));
  // A person named in the sentence before the age is someone else than the age may stand for.
  assert.deepEqual(conflicts({ a: win('Tom Ward, 29, from Delvaro, won.'), b: win('Tom Ward beat Ann Lee. After the round, Ann Lee thanked the 29-year-old from Marrowby.') }), []);
});
