// The source matrix answer (analysis/answers/matrix.ts), in memory: rows of claims and quotations under what they
// are about, a column per source, cells that agree, differ or are absent. Texts written for these tests, then the seeds.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { analysis, seedName, seedService, serviceOf } from '../helpers/analysis';

const CALL = {
  'a.txt': '---\noutlet: Daily Bugle\ndate: 2024-03-04\n---\nMayor Ann Lee and Governor Tom Walsh spoke for about an hour on Monday. "We will not stop until the bridge is rebuilt, and we will rebuild it fast," Lee said.',
  'b.txt': 'The call between Lee and Walsh lasted nearly 60 minutes. Ann Lee said: "We will not stop until the bridge is rebuilt, and we will rebuild it quickly."',
  'c.txt': 'Lee and Walsh talked for two hours, aides said.',
  'd.txt': 'Walsh and Lee spoke for more than an hour. The weather was fine.',
};

const rowsOf = (m: ReturnType<typeof analysis.sourceMatrix>) => m.topics.flatMap((t) => t.rows.map((r) => ({ topic: t.title, ...r })));

test('matrix: a column per source, named by its outlet or file, with its findings', () => {
  const s = serviceOf(CALL);
  const m = analysis.sourceMatrix(s);
  assert.deepEqual(m.sources.map((x) => x.name), ['Daily Bugle', 'b', 'c', 'd']);
  assert.deepEqual(m.sources.map((x) => x.file), ['a.txt', 'b.txt', 'c.txt', 'd.txt']);
  assert.equal(m.sources[0].date, '2024-03-04');
  assert.equal(m.findings, s.findings().length);
  assert.deepEqual(m.sources.map((x) => x.findings), ['a.txt', 'b.txt', 'c.txt', 'd.txt'].map((uri) => s.findings(uri).length));
});

test('matrix: the call’s duration is one row under the call, with the values as written and normalised', () => {
  const m = analysis.sourceMatrix(serviceOf(CALL));
  const duration = rowsOf(m).find((r) => r.kind === 'claim');
  assert.ok(duration, JSON.stringify(m.topics));
  assert.match(duration.topic, /^[A-Z]\w* between Ann Lee and Tom Walsh$/);
  assert.match(duration.label, /^duration of the \w+ between Ann Lee and Tom Walsh$/);
  assert.deepEqual(duration.cells.map((c) => c.entries.map((e) => e.text)), [['about an hour'], ['nearly 60 minutes'], ['two hours'], ['more than an hour']]);
  assert.deepEqual(duration.cells.map((c) => c.entries[0].value), ['50–70 min', '53–60 min', '120 min', '> 60 min']);
  // "two hours" differs from two sources and agrees with one ("more than an hour"): it is the side that differs.
  assert.deepEqual(duration.cells.map((c) => c.state), ['agree', 'agree', 'differ', 'agree']);
  assert.equal(duration.disagreement, true);
  assert.equal(duration.cells[2].entries[0].comparison, 'agrees with 1 other source; differs from 2 other sources');
  // Each entry is the span of the source's own words.
  for (const [i, uri] of ['a.txt', 'b.txt', 'c.txt', 'd.txt'].entries()) {
    const entry: { uri: string; start: number; end: number; text: string } = duration.cells[i].entries[0];
    assert.equal(entry.uri, uri);
    assert.equal(CALL[uri as keyof typeof CALL].slice(entry.start, entry.end), entry.text);
  }
});

test('matrix: a quotation worded two ways is a row under its speaker; a source that does not quote it is absent', () => {
  const m = analysis.sourceMatrix(serviceOf(CALL));
  const quote = rowsOf(m).find((r) => r.kind === 'quotation');
  assert.ok(quote, JSON.stringify(m.topics));
  assert.equal(quote.topic, 'Quotations of Ann Lee');
  assert.equal(quote.label, "“We will not stop until the bridge is rebuilt, …”");
  assert.deepEqual(quote.cells.map((c) => c.state), ['differ', 'differ', 'absent', 'absent']);
  assert.deepEqual(quote.cells[2].entries, []);
  assert.equal(quote.cells[0].entries[0].value, 'said by Ann Lee');
  // Claims come before quotations.
  assert.equal(rowsOf(m)[0].kind, 'claim');
});

test('matrix: what only one source states is no row, and a story of some documents has only their columns', () => {
  const s = serviceOf(CALL);
  const all = rowsOf(analysis.sourceMatrix(s));
  assert.equal(all.length, 2, JSON.stringify(all.map((r) => r.label)));
  const some = analysis.sourceMatrix(s, ['c.txt', 'd.txt', 'missing.txt']);
  assert.deepEqual(some.sources.map((x) => x.file), ['c.txt', 'd.txt']);
  const rows = rowsOf(some);
  assert.equal(rows.length, 1);
  assert.deepEqual(rows[0].cells.map((c) => c.entries[0].text), ['two hours', 'more than an hour']);
  assert.deepEqual(analysis.sourceMatrix(serviceOf({})), { sources: [], topics: [], findings: 0 });
});

test('matrix on the seeds: the Trump–Putin call, 002’s “hour-long” differs and the others agree', () => {
  const s = seedService();
  const m = analysis.sourceMatrix(s);
  assert.equal(m.sources.length, 5);
  const rows = rowsOf(m);
  const putin = rows.find((r) => r.label === 'duration of the conversation between Donald Trump and Vladimir Putin');
  assert.ok(putin, JSON.stringify(rows.map((r) => r.label)));
  assert.deepEqual(putin.cells.map((c) => c.entries[0]?.text), ['more than an hour', 'an hour and a half', 'an hour-long', 'close to an hour and a half', 'nearly 90 minutes']);
  assert.deepEqual(putin.cells.map((c) => c.state), ['agree', 'agree', 'differ', 'agree', 'agree']);
  const zelensky = rows.find((r) => r.label === 'duration of the conversation between Donald Trump and Volodymyr Zelensky');
  assert.ok(zelensky);
  assert.deepEqual(zelensky.cells.map((c) => c.state), ['agree', 'absent', 'agree', 'agree', 'agree']);
  assert.equal(zelensky.disagreement, false);
  // 001 and 004 word Zelensky's "Nobody wants peace" differently.
  const peace = rows.find((r) => r.label.startsWith('“Nobody wants peace'));
  assert.ok(peace);
  assert.deepEqual(peace.cells.map((c) => c.state), ['absent', 'differ', 'absent', 'absent', 'differ']);
  assert.equal(m.sources[2].file, seedName('002'));
});
