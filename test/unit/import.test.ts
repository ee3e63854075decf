// `crosscheck import`: saved news pages written for these tests (test/fixtures/pages: scripts, navigation, ads,
// cookie banners, related stories, reader comments; UTF-8 and windows-1252) become Markdown articles whose front
// matter has the title, outlet, date, url and byline, and whose text is the article alone. Pages that are not
// HTML, hold no article, or would overwrite a file get a message and exit status 1.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { analysis, ROOT } from '../helpers/analysis';
import type { PageResult } from '../../server/src/import/page';
import { scratchDir } from '../helpers/scratch';

const CLI = path.join(ROOT, 'server', 'out', 'cli.js');
const PAGES = path.join(ROOT, 'test', 'fixtures', 'pages');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { readPage } = require(path.join(ROOT, 'server', 'out', 'import', 'page')) as { readPage: (bytes: Uint8Array) => PageResult };

function crosscheck(args: string[], cwd: string) {
  const result = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', timeout: 60_000 });
  if (result.error) throw result.error;
  return result;
}

const page = (name: string) => {
  const result = readPage(fs.readFileSync(path.join(PAGES, name)));
  assert.ok(result.ok, `${name}: ${result.ok ? '' : result.reason}`);
  return result.article;
};

test('import: a page with full metadata keeps the article and leaves out navigation, ads, related stories and comments', () => {
  const article = page('courier-harbour-strike.html');
  assert.equal(article.title, 'Harbour workers end strike after 11-day stoppage');
  assert.equal(article.outlet, 'The Daily Courier');
  assert.equal(article.date, '2024-03-05');
  assert.equal(article.url, 'https://www.dailycourier.example/business/2024/03/05/harbour-workers-end-strike');
  assert.equal(article.byline, 'Maria Lopez');
  const text = article.paragraphs.join('\n');
  assert.match(article.paragraphs[0], /^Dock workers at Port Ellery voted on Tuesday to end an 11-day strike/);
  assert.match(text, /“This is a good result for every worker on the quays,” said the union’s regional secretary, Helen Marsh\./);
  assert.match(text, /Workers are due back on shift at 6am on Wednesday\./);
  for (const furniture of ['Advertisement', 'cookie', 'Subscribe', 'Sign up to Business Today', 'Supermarket profits', 'harbourwatcher', '300 drivers', 'three weeks', 'Privacy policy', 'tracking', 'Share on']) {
    assert.ok(!text.includes(furniture), `“${furniture}” is in the article:\n${text}`);
  }
});

test('import: without og:site_name the outlet is the domain; the date comes from a <time>, the byline from the markup', () => {
  const article = page('metro-herald-port.html');
  assert.equal(article.title, 'Port Ellery strike over as dockers accept pay deal');
  assert.equal(article.outlet, 'metroherald.example');
  assert.equal(article.date, '2024-03-05', 'the date as the page writes it (8:15 p.m. in its own time zone), not in UTC');
  assert.equal(article.byline, 'Sam Whitaker');
  assert.match(article.paragraphs[0], /^PORT ELLERY — The strike that shut the port for nine days is over\./);
  assert.ok(!article.paragraphs.some((p) => /March 5, 2024, 8:15/.test(p)), 'the time line under the headline is not a paragraph');
  assert.ok(!article.paragraphs.join(' ').match(/dockside_dan|Most read|Refinance|ADVERTISEMENT/i), article.paragraphs.join('\n'));
});

test('import: a windows-1252 page saved by a browser, with JSON-LD only: curly quotes, the saved-from address, the authors', () => {
  const article = page('wire-ellery-strike.html');
  assert.equal(article.title, 'Ellery dock strike ends with 9.5% pay rise');
  assert.equal(article.url, 'https://wire.eastcoastnews.example/2024/03/05/ellery-dock-strike-ends');
  assert.equal(article.outlet, 'wire.eastcoastnews.example');
  assert.equal(article.date, '2024-03-05');
  assert.equal(article.byline, 'Priya Nair and Owen Blake');
  const text = article.paragraphs.join('\n');
  assert.match(text, /“This is a good result for every worker on the quays,” said Helène Marsh/);
  assert.match(text, /the port’s longest since 1989/);
  assert.match(text, /£14 million/);
  assert.ok(!/©|All rights reserved|Oil steady/.test(text), text);
});

test('import on the command line: Markdown articles with front matter that the analysis reads back', () => {
  const into = scratchDir('import');
  const pages = ['courier-harbour-strike.html', 'metro-herald-port.html', 'wire-ellery-strike.html'].map((name) => path.join(PAGES, name));
  const run = crosscheck(['import', ...pages, '--into', into], ROOT);
  assert.equal(run.status, 0, run.stderr);
  const files = fs.readdirSync(into).sort();
  assert.deepEqual(files, [
    'metroherald-port-ellery-strike-over-as-dockers-accept-pay-deal.md',
    'the-daily-courier-harbour-workers-end-strike-after-11-day-stoppage.md',
    'wire-eastcoastnews-ellery-dock-strike-ends-with-9-5-pay-rise.md',
  ]);
  assert.match(run.stdout, /the-daily-courier-harbour-workers-end-strike-after-11-day-stoppage\.md: “Harbour workers end strike after 11-day stoppage”, The Daily Courier, 2024-03-05/);
  const courier = fs.readFileSync(path.join(into, files[1]), 'utf8');
  assert.ok(courier.startsWith('---\ntitle: "Harbour workers end strike after 11-day stoppage"\noutlet: "The Daily Courier"\ndate: 2024-03-05\nurl: "https://www.dailycourier.example/business/2024/03/05/harbour-workers-end-strike"\nbyline: "Maria Lopez"\n---\n\nHarbour workers end strike after 11-day stoppage\n\nDock workers'), courier.slice(0, 400));
  const reading = analysis.readArticle(courier, { uri: 'courier', version: 0, source: 'fallback', tolerances: analysis.defaultConfig().tolerances });
  assert.deepEqual(reading.meta, { source: 'The Daily Courier', date: '2024-03-05', title: 'Harbour workers end strike after 11-day stoppage' });
  assert.ok(reading.mentions.some((m) => m.text === 'Helen Marsh'), 'the body is read');
  // The imported folder is checked like any other: three sources, the misspelt first name found.
  const check = crosscheck(['check'], into);
  assert.match(check.stdout.trim().split('\n').pop()!, /^3 files, /);
  assert.match(check.stdout, /name-spelling “Helène” may be misspelled/);
});

test('import never overwrites an article without --force', () => {
  const into = scratchDir('import');
  const courier = path.join(PAGES, 'courier-harbour-strike.html');
  assert.equal(crosscheck(['import', courier, '--into', into], ROOT).status, 0);
  const [file] = fs.readdirSync(into);
  fs.writeFileSync(path.join(into, file), 'my edited copy\n');
  const again = crosscheck(['import', courier, '--into', into], ROOT);
  assert.equal(again.status, 1);
  assert.match(again.stderr, /already exists; not overwritten \(--force overwrites it\)/);
  assert.equal(fs.readFileSync(path.join(into, file), 'utf8'), 'my edited copy\n');
  const forced = crosscheck(['import', courier, '--into', into, '--force'], ROOT);
  assert.equal(forced.status, 0, forced.stderr);
  assert.match(fs.readFileSync(path.join(into, file), 'utf8'), /^---\ntitle: "Harbour workers/);
  // The same page twice in one run: two files, the second numbered.
  const twice = scratchDir('import');
  assert.equal(crosscheck(['import', courier, courier, '--into', twice], ROOT).status, 0);
  assert.deepEqual(fs.readdirSync(twice).sort(), [file.replace(/\.md$/, '-2.md'), file].sort());
});

test('import: pages that cannot be imported each get a clear message and exit status 1; the good ones are still written', () => {
  const into = scratchDir('import');
  const cases: Array<[string, RegExp]> = [
    ['notes.txt', /notes\.txt: this is not a web page: it has no HTML markup/],
    ['scan.pdf', /scan\.pdf: this is a PDF, not a saved web page/],
    ['empty.html', /empty\.html: the file is empty/],
    ['sign-in.html', /sign-in\.html: no article found in the page/],
    ['truncated.html', /truncated\.html: no article found in the page/],
    ['missing.html', /missing\.html: could not be read \(ENOENT\)/],
  ];
  for (const [name, message] of cases) {
    const run = crosscheck(['import', path.join(PAGES, name), '--into', into], ROOT);
    assert.equal(run.status, 1, `${name}: ${run.status} ${run.stderr}`);
    assert.match(run.stderr, message, name);
    assert.doesNotMatch(run.stderr, /^\s+at |internal error/m, name);
  }
  assert.deepEqual(fs.readdirSync(into), []);
  const binary = path.join(into, 'page.html');
  fs.writeFileSync(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]));
  const png = crosscheck(['import', binary, '--into', into], ROOT);
  assert.equal(png.status, 1);
  assert.match(png.stderr, /this is a binary file, not a saved web page/);
  const archive = path.join(into, 'page.mhtml');
  fs.writeFileSync(archive, 'From: <Saved by Blink>\r\nSnapshot-Content-Location: https://www.dailycourier.example/x\r\nSubject: Harbour workers end strike\r\nMIME-Version: 1.0\r\nContent-Type: multipart/related;\r\n\ttype="text/html";\r\n\tboundary="----MultipartBoundary--x"\r\n\r\n------MultipartBoundary--x\r\nContent-Type: text/html\r\n\r\n<html><body><p>=3D</p></body></html>\r\n');
  const mhtml = crosscheck(['import', archive, '--into', into], ROOT);
  assert.equal(mhtml.status, 1);
  assert.match(mhtml.stderr, /this is an MHTML web archive/);
  fs.rmSync(archive);
  const mixed = crosscheck(['import', path.join(PAGES, 'sign-in.html'), path.join(PAGES, 'metro-herald-port.html'), '--into', into], ROOT);
  assert.equal(mixed.status, 1);
  assert.match(mixed.stderr, /1 of 2 pages imported/);
  assert.ok(fs.readdirSync(into).includes('metroherald-port-ellery-strike-over-as-dockers-accept-pay-deal.md'));
});

test('import: a title with quotation marks survives the front matter', () => {
  const html = `<!doctype html><html><head><meta charset="utf-8"><meta property="og:site_name" content="The &quot;Quoted&quot; Times">
    <meta property="og:title" content='Mayor says "no deal" on bridge: talks go on'><meta property="article:published_time" content="2023-11-30T23:59:00-08:00">
    <link rel="canonical" href="/city/bridge"></head><body><article><h1>Mayor says "no deal" on bridge</h1>
    <p>${'The mayor of Ashford said on Thursday that there would be no deal on the new bridge before the spring, after a meeting with the county council that lasted three hours. '.repeat(3)}</p>
    <p>${'Council members said they would meet again next week to discuss the cost of the bridge, which has risen by a third since the plan was first published. '.repeat(3)}</p></article></body></html>`;
  const result = readPage(Buffer.from(html));
  assert.ok(result.ok);
  assert.equal(result.article.title, 'Mayor says "no deal" on bridge: talks go on');
  assert.equal(result.article.date, '2023-11-30');
  assert.equal(result.article.url, undefined, 'a relative canonical link with no address to resolve it against is no url');
  const dir = scratchDir('import');
  fs.writeFileSync(path.join(dir, 'page.html'), html);
  assert.equal(crosscheck(['import', 'page.html'], dir).status, 0);
  const [file] = fs.readdirSync(dir).filter((f) => f.endsWith('.md'));
  const reading = analysis.readArticle(fs.readFileSync(path.join(dir, file), 'utf8'), { uri: 'x', version: 0, source: 'x', tolerances: analysis.defaultConfig().tolerances });
  assert.equal(reading.meta.title, 'Mayor says "no deal" on bridge: talks go on');
  assert.equal(reading.meta.source, 'The "Quoted" Times');
});
