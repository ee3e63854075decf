import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { defaultConfig } from '../../config';
import { tokenize } from '../tokens';
import { readValues } from './index';

const homes = (text: string) => readValues({ text, from: 0, to: text.length, index: 0, tokens: tokenize(text), tolerances: defaultConfig().tolerances }).filter((q) => q.kind === 'residence');

test('residence: "X, 59, of College Point", "who lived in", "resident"; a region or a known city is not read', () => {
  assert.deepEqual(homes('Raj Chohan, 59, of College Point, died.').map((q) => q.text), ['College Point']);
  assert.deepEqual(homes('Chohan, who lived half a mile away in South Ozone Park, died.').map((q) => q.text), ['South Ozone Park']);
  assert.deepEqual(homes('Raj Chohan, 59, of Macomb County, died.'), []);
  assert.deepEqual(homes('The 29-year-old from Marrowby won. The 41-year-old mechanic of Delvaro was hurt.').map((q) => q.text), ['Marrowby', 'Delvaro']);
});
