import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { defaultConfig } from '../../config';
import { tokenize } from '../tokens';
import { formatValue, readValues, valuesDisjoint } from './index';

const directions = (text: string) => readValues({ text, from: 0, to: text.length, index: 0, tokens: tokenize(text), tolerances: defaultConfig().tolerances }).filter((q) => q.kind === 'direction');

test('direction: from a named place, or a part of it; "South Sudan" is a name', () => {
  assert.deepEqual(directions('55 km west of Bireun').map(formatValue), ['west of Bireun']);
  assert.deepEqual(directions('caught in northeast Houston').map(formatValue), ['northeast Houston']);
  assert.deepEqual(directions('South Sudan gained independence.'), []);
  assert.equal(valuesDisjoint(directions('west of Bireun')[0], directions('south of Bireun')[0], 0.05), true);
  assert.equal(valuesDisjoint(directions('west of Bireun')[0], directions('northeast Houston')[0], 0.05), false, 'another place is another statement');
});

test('direction: a combined point written as two words is one direction', () => {
  assert.deepEqual(directions('It struck 60km south west of Bandar Abbas.').map(formatValue), ['southwest of Bandar Abbas']);
  assert.deepEqual(directions('about 58km south-west of Bandar Abbas').map(formatValue), ['southwest of Bandar Abbas']);
  assert.equal(valuesDisjoint(directions('60km south west of Bandar Abbas')[0], directions('58km south-west of Bandar Abbas')[0], 0.05), false);
});

test('direction: the kind of place may stand before its name; a continent\'s or an ocean\'s region is a name; a people\'s name is its country', () => {
  assert.deepEqual(directions('55 kilometers (34 miles) west of the town of Bireun').map(formatValue), ['west of Bireun']);
  assert.deepEqual(directions('40 km north of the provincial capital, Banda Aceh').map(formatValue), ['north of Banda Aceh']);
  assert.deepEqual(directions('380 nautical miles east of the Marrish port of Delvaro').map(formatValue), ['east of Delvaro']);
  assert.deepEqual(directions('a backup route via southeast Asia and the south Pacific'), []);
  assert.deepEqual(directions('the northwestern Indonesian province of Aceh').map(formatValue), ['northwest Indonesia']);
});

test('direction: a part of a country is a wide area, and neighbouring points of it overlap; of a town, or bearings from a place, they do not', () => {
  const [west, northwest, east] = ['It happened in western Spain.', 'It happened in north-western Spain.', 'It happened in eastern Spain.'].map((t) => directions(t)[0]);
  assert.deepEqual([west, northwest, east].map(formatValue), ['west Spain', 'northwest Spain', 'east Spain']);
  assert.equal(valuesDisjoint(west, northwest, 0.05), false, '"western Spain" holds "north-western Spain"');
  assert.equal(valuesDisjoint(west, east, 0.05), true);
  assert.equal(valuesDisjoint(directions('40 km west of Zamora')[0], directions('40 km northwest of Zamora')[0], 0.05), true);
  assert.equal(valuesDisjoint(directions('caught in north Denver')[0], directions('caught in northeast Denver')[0], 0.05), true);
});

test('direction: a place\'s name with accented letters is read whole ("south of Valbrünn", "north of Östersund")', () => {
  assert.deepEqual(directions('about 7.5 miles south of Valbrünn').map(formatValue), ['south of Valbrünn']);
  assert.deepEqual(directions('5 km north of Östersund').map(formatValue), ['north of Östersund']);
  assert.equal(valuesDisjoint(directions('south of Valbrünn')[0], directions('north of Valbrünn')[0], 0.05), true);
});
