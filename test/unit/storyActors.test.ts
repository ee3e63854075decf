// The split of a story by who did the main act (server/src/analysis/corpus/storyActors.ts), on lead names written for
// the test: two camps of leads that each name their own actor, weakly bonded, are two stories; a side figure named in
// two leads, two camps bound strongly by their words, or camps whose actor some leads of the other also name, are not.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as path from 'path';
import type * as ActorsModule from '../../server/src/analysis/corpus/storyActors';
import { ROOT } from '../helpers/analysis';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { splitByActor } = require(path.join(ROOT, 'server', 'out', 'analysis', 'corpus', 'storyActors')) as typeof ActorsModule;

const HAWKS = [['hawks', 'delgado'], ['hawks', 'portland', 'delgado'], ['hawks', 'delgado', 'sterling'], ['hawks', 'delgado']];
const MARINERS = [['mariners', 'delgado'], ['mariners', 'tacoma', 'delgado'], ['mariners', 'delgado', 'hendry'], ['delgado']];
const LEADS = [...HAWKS, ...MARINERS];
/** Pair probabilities: `within` inside each camp of four, `across` between them. */
const bonded = (within: number, across: number) => (i: number, j: number) => (i < 4 === j < 4 ? within : across);

test('two camps of leads naming their own actors, weakly bonded, are two stories; a lead naming neither goes where it is closest', () => {
  assert.deepEqual(splitByActor(LEADS, bonded(0.8, 0.4)), [
    [0, 1, 2, 3],
    [4, 5, 6, 7],
  ]);
});

test('the same camps bound strongly by their words stay one story', () => {
  assert.equal(splitByActor(LEADS, bonded(0.9, 0.75)), undefined);
});

test('an actor some leads of the other camp name too, or one named in two leads only, parts nothing', () => {
  const crossed = LEADS.map((names, i) => (i === 5 ? [...names, 'hawks'] : names));
  assert.equal(splitByActor(crossed, bonded(0.8, 0.4)), undefined);
  const sideFigure = [['delgado', 'sterling'], ['delgado', 'sterling'], ['delgado'], ['delgado'], ['delgado', 'hendry'], ['delgado', 'hendry'], ['delgado'], ['delgado']];
  assert.equal(splitByActor(sideFigure, bonded(0.8, 0.4)), undefined);
});
