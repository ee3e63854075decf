// `check --format json` is written in pieces (cli/jsonReport.ts); a reader of the report must get exactly what
// `JSON.stringify(report, null, 2)` gives, whatever the number of findings and whatever their strings hold.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as path from 'path';
import type * as JsonReport from '../../server/src/cli/jsonReport';
import { ROOT } from '../helpers/analysis';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { writeJsonReport } = require(path.join(ROOT, 'server/out/cli/jsonReport')) as typeof JsonReport;

function written(head: Record<string, unknown>, list: unknown[]): string {
  const pieces: string[] = [];
  writeJsonReport(head, 'findings', list, (piece) => pieces.push(piece));
  return pieces.join('');
}

const HEAD = { folder: 'news/quake', files: 3, skipped: [{ file: 'bad.txt', reason: 'not UTF-8' }] };

function finding(i: number): Record<string, unknown> {
  return {
    file: `outlet-${i % 7}.txt`,
    line: i,
    code: 'quantity-conflict',
    message: `“${i} dead” here,\n"quoted" \\ and ✓ there`,
    related: i % 3 === 0 ? [] : [{ file: 'other.txt', line: 2, message: 'says 40' }],
    story: i % 2 === 0 ? undefined : 's1',
  };
}

test('a report without findings is the one JSON.stringify writes', () => {
  assert.equal(written(HEAD, []), `${JSON.stringify({ ...HEAD, findings: [] }, null, 2)}\n`);
});

test('a report of one finding, and of more findings than one piece holds, is the one JSON.stringify writes', () => {
  for (const count of [1, 2, 499, 500, 501, 1234]) {
    const list = Array.from({ length: count }, (_, i) => finding(i));
    const text = written(HEAD, list);
    assert.equal(text, `${JSON.stringify({ ...HEAD, findings: list }, null, 2)}\n`, `${count} findings`);
    assert.equal((JSON.parse(text) as { findings: unknown[] }).findings.length, count);
  }
});
