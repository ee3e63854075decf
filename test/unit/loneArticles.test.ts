// A check run reads only the articles that have something to compare (`LoadOptions.skipLoneArticles`): the members of
// stories of two or more, and an article alone whose text may miss a name (missing-name, the one check that needs no
// other source). Any other article alone is left unread, and every answer is still the one a run that reads all gives.
// Texts written here: two reports of one flood, a library budget alone, a chess tournament alone that names no one
// after "French President"; each in its own directory, as an archive keeps them.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import type * as ExportModule from '../../server/src/analysis/export';
import type * as GapsModule from '../../server/src/analysis/read/possibleGaps';
import type * as Api from '../../server/src/analysis/index';
import { analysis, read, ROOT } from '../helpers/analysis';
import { memoryWorkspace } from '../helpers/memoryWorkspace';
import { scratchDir } from '../helpers/scratch';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { exportCorpus, exportFindings } = require(path.join(ROOT, 'server/out/analysis/export')) as typeof ExportModule;
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { possibleGaps } = require(path.join(ROOT, 'server/out/analysis/read/possibleGaps')) as typeof GapsModule;

const FLOOD_A = 'memory:/flood/a.txt';
const FLOOD_B = 'memory:/flood/b.txt';
const LIBRARY = 'memory:/library/c.txt';
const CHESS = 'memory:/chess/d.txt';

const TEXTS: Record<string, string> = {
  [FLOOD_A]: 'Source: Daily A\n\nFlooding in Riverton killed 12 people on Monday, Mayor Ana Ruiz said. "We will rebuild," Ruiz said.',
  [FLOOD_B]: 'Source: Daily B\n\nFlooding in Riverton killed 14 people on Monday, Mayor Anna Ruiz said. "We shall rebuild," Ruiz told reporters.',
  [LIBRARY]: 'Source: Daily C\n\nThe council of Lakeside approved a budget for its public libraries on Thursday, adding three branches and longer opening hours.',
  [CHESS]: 'Source: Daily D\n\nA chess tournament in Port Elms ended on Sunday with a surprise. The winner, a student from Oslo, later met French President at a reception.',
};

async function loaded(checkRun: boolean): Promise<{ service: Api.CrosscheckService; result: Api.LoadResult }> {
  const service = analysis.createService({ workspace: memoryWorkspace(TEXTS), dropCheckedReadings: checkRun });
  const result = await service.load(checkRun ? { skipLoneArticles: true } : {});
  return { service, result };
}

test('a check run reads the pair and the article alone that may miss a name, not the other article alone; it finds what a full run finds', async () => {
  const full = await loaded(false);
  const check = await loaded(true);
  assert.deepEqual(
    check.service.stories().map((story) => story.uris),
    [[CHESS], [FLOOD_A, FLOOD_B], [LIBRARY]].sort((a, b) => full.service.storyOf(a[0])!.localeCompare(full.service.storyOf(b[0])!)),
    'the texts make three stories, two of them a single article',
  );
  assert.equal(full.result.read, 4);
  assert.equal(check.result.read, 3, 'the library article, alone and missing no name, is not read');
  assert.deepEqual(check.service.uris(), full.service.uris(), 'an article left unread is still one of the files');
  assert.deepEqual(check.service.stories(), full.service.stories());
  const findings = exportFindings(check.service);
  assert.deepEqual(findings, exportFindings(full.service));
  assert.deepEqual(findings.map((f) => [f.code, f.file]).sort(), [['missing-name', CHESS], ['quantity-conflict', FLOOD_B]]);
  assert.equal(check.service.findings(LIBRARY).length, 0);
});

test('a check run reads an article alone that writes a weekday before a date, and finds the weekday the calendar denies', async () => {
  const FAIR = 'memory:/fair/e.txt';
  const texts = { [LIBRARY]: TEXTS[LIBRARY], [FAIR]: 'Source: Daily E\n\nThe county fair opened on Monday, August 2, 2013, with a parade through Millbrook.' };
  const service = analysis.createService({ workspace: memoryWorkspace(texts), dropCheckedReadings: true });
  const result = await service.load({ skipLoneArticles: true });
  assert.equal(result.read, 1, 'the library article is still left unread');
  assert.deepEqual(exportFindings(service).map((f) => [f.code, f.file]), [['weekday-date', FAIR]]);
});

test('an article a check run left unread is read when a question needs it, and answers as a full run does', async () => {
  const full = await loaded(false);
  const check = await loaded(true);
  assert.equal(check.service.text(LIBRARY), TEXTS[LIBRARY]);
  assert.equal(check.service.sourceName(LIBRARY), full.service.sourceName(LIBRARY));
  assert.deepEqual(check.service.reading(LIBRARY), full.service.reading(LIBRARY));
  assert.deepEqual(JSON.stringify(exportCorpus(check.service)), JSON.stringify(exportCorpus(full.service)));
});

test('the server and export read every article: a load without the option, and one that groups as it reads', async () => {
  for (const options of [{}, { groupWhenRead: true }]) {
    const service = analysis.createService({ workspace: memoryWorkspace(TEXTS) });
    const result = await service.load(options);
    assert.equal(result.read, 4, JSON.stringify(options));
    for (const uri of Object.keys(TEXTS)) assert.ok(service.reading(uri), uri);
  }
});

test('a check run reads two reports of one event filed apart once the story index puts them together; one article alone reads nothing', async () => {
  const one = analysis.createService({ workspace: memoryWorkspace({ [LIBRARY]: TEXTS[LIBRARY] }), dropCheckedReadings: true });
  assert.equal((await one.load({ skipLoneArticles: true })).read, 0);
  assert.deepEqual(one.uris(), [LIBRARY]);
  assert.deepEqual(one.findings(), []);
  // Each in a directory of its own, as in an archive by date: nothing says they will be compared until they are grouped.
  const apart = { 'memory:/2024-05-06/a.txt': TEXTS[FLOOD_A], 'memory:/2024-05-07/b.txt': TEXTS[FLOOD_B], [LIBRARY]: TEXTS[LIBRARY] };
  const pair = analysis.createService({ workspace: memoryWorkspace(apart), dropCheckedReadings: true });
  assert.equal((await pair.load({ skipLoneArticles: true })).read, 2);
  assert.deepEqual(pair.findings().map((f) => [f.code, f.uri]), [['quantity-conflict', 'memory:/2024-05-07/b.txt']]);
});

test('possibleGaps finds every gap the reading finds, without the taggers', () => {
  const texts = [
    ...Object.values(TEXTS),
    'Leaders met in Geneva, including , is what the ministry said on Friday.',
    'U.S. President engaged with reporters, and Russian President Vladimir Putin did not.',
    'Susan Rice, U.S. Ambassador to the United Nations, said the vote would go ahead.',
    // A title in capitals, before a comma, hyphenated, abbreviated: what the pass looks for in the raw text lets them through.
    'Talks in Denver ended early. French PRESIDENT left before the vote, officials said.',
    'Talks in Denver ended early. U.S. President, visibly tired, left.',
    'Talks in Denver ended early. UN Secretary-General spoke, officials said.',
    'Talks in Denver ended early. U.S. Sen. spoke to reporters.',
  ];
  let found = 0;
  for (const text of texts) {
    const gaps = read(text).gaps;
    found += gaps.length;
    const possible = possibleGaps(text);
    for (const gap of gaps) assert.ok(possible.some((p) => JSON.stringify(p) === JSON.stringify(gap)), `${text}: ${gap.cue}`);
  }
  assert.ok(found >= 7, 'the texts have gaps to find');
  assert.deepEqual(possibleGaps(TEXTS[LIBRARY]), []);
});

test('crosscheck check --format json finds on the archive what export (which reads every article) finds', () => {
  const folder = scratchDir('lone');
  try {
    for (const [uri, text] of Object.entries(TEXTS)) {
      const file = path.join(folder, uri.replace('memory:/', ''));
      fs.mkdirSync(path.dirname(file), { recursive: true });
      fs.writeFileSync(file, text);
    }
    const run = (command: string) => spawnSync(process.execPath, [path.join(ROOT, 'server/out/cli.js'), command, '.', '--format', 'json'], { cwd: folder, encoding: 'utf8', timeout: 60_000 });
    const check = run('check');
    const exported = run('export');
    assert.equal(check.status, 1, check.stderr);
    assert.equal(exported.status, 0, exported.stderr);
    const checked = JSON.parse(check.stdout) as { files: number; findings: unknown[] };
    const all = JSON.parse(exported.stdout) as { documents: unknown[]; findings: unknown[] };
    assert.equal(checked.files, 4);
    assert.equal(all.documents.length, 4);
    assert.equal(checked.findings.length, 2);
    assert.deepEqual(checked.findings, all.findings);
  } finally {
    fs.rmSync(folder, { recursive: true, force: true });
  }
});
