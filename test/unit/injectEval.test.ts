// The injected-change eval's scoring (scripts/eval/inject.mjs `connects`): when a finding counts as linking a changed
// span to the other outlet, on texts written for this test.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { ROOT } from '../helpers/analysis';

type Span = { file: string; start: number; end: number };
type Finding = Span & { code: string; related: Span[] };
type Connects = (finding: Finding, span: Span & { originalEnd?: number }, matches: Span[], texts?: Map<string, string>, kind?: string) => boolean;
// The eval is an ES module; a compiled test is CommonJS, whose `import()` TypeScript would turn into `require`.
const load = new Function('p', 'return import(p)') as (p: string) => Promise<{ connects: Connects }>;

test('inject eval: a value finding naming the other outlet\'s other mention of the original value links the change', async () => {
  const { connects } = await load(path.join(ROOT, 'scripts', 'eval', 'inject.mjs'));
  const a = 'The council hired 12 inspectors last spring.';
  const b = 'A dozen inspectors were hired. Officials said 12 inspectors started in May.';
  const texts = new Map([['a.txt', a], ['b.txt', b]]);
  const changed = { file: 'a.txt', start: a.indexOf('12'), end: a.indexOf('12') + 2, originalEnd: a.indexOf('12') + 2 };
  const matches = [{ file: 'b.txt', start: b.indexOf('12'), end: b.indexOf('12') + 2 }];
  const dozen = { file: 'b.txt', start: 0, end: 'A dozen inspectors'.length };
  const finding = { code: 'quantity-conflict', file: 'a.txt', start: changed.start, end: changed.end + 11, related: [dozen] };
  assert.equal(connects(finding, changed, matches, texts, 'value'), true, '"A dozen" states 12');
  assert.equal(connects(finding, changed, matches), false, 'without the texts only the matched site counts');
  assert.equal(connects({ ...finding, code: 'quote-wording' }, changed, matches, texts, 'value'), false, 'a quotation is no statement of a value');
  const other = { file: 'b.txt', start: b.indexOf('May') , end: b.indexOf('May') + 3 };
  assert.equal(connects({ ...finding, related: [other] }, changed, matches, texts, 'value'), false, 'another span of that outlet states no 12');
});
