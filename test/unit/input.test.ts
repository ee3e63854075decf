// decodeArticle (server/src/analysis/input.ts): bytes → article text, or a clear reason to skip the file.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'fs';
import * as path from 'path';
import type * as InputModule from '../../server/src/analysis/input';

function repoRoot(): string {
  for (let dir = __dirname; ; dir = path.dirname(dir)) {
    const pkg = path.join(dir, 'package.json');
    if (fs.existsSync(pkg) && JSON.parse(fs.readFileSync(pkg, 'utf8')).name === 'crosscheck') return dir;
    if (path.dirname(dir) === dir) throw new Error(`no crosscheck package.json above ${__dirname}`);
  }
}
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { decodeArticle, stripBom } = require(path.join(repoRoot(), 'server/out/analysis/input')) as typeof InputModule;

const LIMIT = 1_000_000;

function text(result: ReturnType<typeof decodeArticle>): string {
  assert.ok(result.ok, `expected text, got: ${result.ok ? '' : result.reason}`);
  return result.text;
}

function reason(result: ReturnType<typeof decodeArticle>): string {
  assert.ok(!result.ok, 'expected the file to be refused');
  return result.reason;
}

test('UTF-8 without BOM is read as is', () => {
  assert.equal(text(decodeArticle(Buffer.from('Zelensky said “yes” — 90 minutes.\r\n', 'utf8'), LIMIT)), 'Zelensky said “yes” — 90 minutes.\r\n');
});

test('UTF-8 with BOM: the BOM is stripped', () => {
  const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('Café\r\nline two', 'utf8')]);
  const decoded = text(decodeArticle(bytes, LIMIT));
  assert.equal(decoded, 'Café\r\nline two');
  assert.notEqual(decoded.charCodeAt(0), 0xfeff);
});

test('UTF-16LE with BOM is decoded', () => {
  const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Kyiv – “peace” 😀', 'utf16le')]);
  assert.equal(text(decodeArticle(bytes, LIMIT)), 'Kyiv – “peace” 😀');
});

test('UTF-16BE with BOM is decoded', () => {
  const le = Buffer.from('Moscow, Kremlin', 'utf16le');
  const be = Buffer.from(le);
  be.swap16();
  assert.equal(text(decodeArticle(Buffer.concat([Buffer.from([0xfe, 0xff]), be]), LIMIT)), 'Moscow, Kremlin');
});

test('NUL bytes: refused as binary', () => {
  const bytes = Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x14, 0x00, 0x41, 0x42]);
  assert.match(reason(decodeArticle(bytes, LIMIT)), /binary/i);
});

test('invalid UTF-8 in the middle (no BOM): refused with a reason naming UTF-8', () => {
  const bytes = Buffer.concat([Buffer.from('The call lasted '), Buffer.from([0xff, 0xfe, 0xfd]), Buffer.from(' minutes.')]);
  assert.match(reason(decodeArticle(bytes, LIMIT)), /UTF-8/);
});

test('Latin-1 text (é as 0xe9): refused with a reason naming UTF-8', () => {
  assert.match(reason(decodeArticle(Buffer.from('Caf\u00e9 au lait', 'latin1'), LIMIT)), /UTF-8/);
});

test('over the size limit: refused with a reason naming the limit', () => {
  const bytes = Buffer.alloc(2048, 0x61);
  const why = reason(decodeArticle(bytes, 1000));
  assert.match(why, /1000/);
  assert.match(why, /limit|maxFileBytes/);
  assert.equal(text(decodeArticle(Buffer.alloc(1000, 0x61), 1000)).length, 1000, 'exactly at the limit is fine');
});

test('an empty file is an empty article, not an error', () => {
  assert.equal(text(decodeArticle(new Uint8Array(0), LIMIT)), '');
});

test('stripBom removes only a leading BOM', () => {
  assert.equal(stripBom('\ufeffabc'), 'abc');
  assert.equal(stripBom('abc\ufeff'), 'abc\ufeff');
  assert.equal(stripBom(''), '');
});
