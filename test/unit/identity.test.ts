// Cross-document identity on texts written for these tests.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { serviceOf } from '../helpers/analysis';

test('entities: "Jr" and "III" are not surnames; a name typed by its shape joins the person with that full name', () => {
  const s = serviceOf({
    a: 'Anthony LaCalamita III was charged on Monday. LaCalamita pleaded not guilty.',
    b: 'Police arrested Anthony LaCalamita after the shooting.',
    c: 'Guards said Arcade Joseph Comeaux Jr escaped from a prison van.',
    d: 'Arcade Comeaux was last seen near Houston.',
  });
  const named = (surname: string) => s.entities().filter((e) => [e.name, ...e.aliases].some((a) => a.includes(surname)));
  assert.deepEqual(named('LaCalamita').map((e) => [e.type, e.sources]), [['person', 2]]);
  assert.deepEqual(named('Comeaux').map((e) => [e.type, e.sources]), [['person', 2]]);
});
