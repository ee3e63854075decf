// The CLI's progress bar (server/src/node/progressBar.ts): drawn in place on a terminal, erased before
// the report, and silent when stderr is a file or a pipe.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as path from 'path';
import type * as BarApi from '../../server/src/node/progressBar';
import { ROOT } from '../helpers/analysis';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { progressBar }: typeof BarApi = require(path.join(ROOT, 'server/out/node/progressBar'));

function stream(isTTY: boolean): NodeJS.WriteStream & { written: string } {
  const fake = { isTTY, written: '', write: (chunk: string) => ((fake.written += chunk), true) };
  return fake as unknown as NodeJS.WriteStream & { written: string };
}

test('progress bar: redrawn on one line of a terminal, then erased', () => {
  const tty = stream(true);
  const bar = progressBar(tty);
  bar.update('Reading', 0, 4);
  bar.update('Reading', 4, 4);
  assert.match(tty.written, /^\rReading ░+ 0\/4 \(0%\)\x1b\[K\rReading █+ 4\/4 \(100%\)\x1b\[K$/);
  assert.doesNotMatch(tty.written, /\n/, 'one line, redrawn');
  bar.clear();
  assert.ok(tty.written.endsWith('\r\x1b[K'));
});

test('progress bar: nothing at all when the stream is not a terminal', () => {
  const pipe = stream(false);
  const bar = progressBar(pipe);
  bar.update('Reading', 1, 2);
  bar.clear();
  assert.equal(pipe.written, '');
});
