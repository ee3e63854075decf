// Findings checked on another thread arrive as structured clones; the service gives their repeated strings one copy
// (service/findingStrings.ts). The findings it keeps are equal to those of a service that checks on its own thread, on
// the seeds and on texts written here (a check run, which shares them), and sharing changes no value.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as path from 'path';
import type * as ReaderModule from '../../server/src/analysis/reader';
import type * as StringsModule from '../../server/src/analysis/service/findingStrings';
import { analysis, FLOOD_REPORTS, ROOT, seedTexts } from '../helpers/analysis';
import { memoryWorkspace } from '../helpers/memoryWorkspace';

/* eslint-disable @typescript-eslint/no-require-imports */
const { checkStory, inProcessReader } = require(path.join(ROOT, 'server/out/analysis/reader')) as typeof ReaderModule;
const { shareFindingStrings } = require(path.join(ROOT, 'server/out/analysis/service/findingStrings')) as typeof StringsModule;
/* eslint-enable @typescript-eslint/no-require-imports */

/** A reader that checks as a reader thread does: the findings come back as a structured clone. */
const cloningReader: ReaderModule.Reader = {
  concurrency: 1,
  read: inProcessReader.read,
  check: async (request) => structuredClone(checkStory(request)),
};

for (const [name, texts] of [['the seeds', seedTexts()], ['two written reports', FLOOD_REPORTS]] as const) {
  test(`findings checked elsewhere, their strings shared, equal those checked here: ${name}`, async () => {
    const here = analysis.createService({ workspace: memoryWorkspace(texts) });
    await here.load({ groupWhenRead: true });
    const elsewhere = analysis.createService({ workspace: memoryWorkspace(texts), reader: cloningReader, dropCheckedReadings: true });
    await elsewhere.load({ groupWhenRead: true });
    assert.ok(here.findings().length > 0, 'the texts have findings');
    assert.ok(elsewhere.findings().some((f) => f.related.length > 0), 'some finding has related locations');
    assert.deepEqual(elsewhere.findings(), here.findings());
  });
}

test('sharing the strings of findings changes none of their values', async () => {
  const service = analysis.createService({ workspace: memoryWorkspace(seedTexts()) });
  await service.load();
  const findings = service.findings();
  const copy = structuredClone(findings);
  assert.deepEqual(shareFindingStrings(structuredClone(findings), service.uris()), copy);
  assert.deepEqual(shareFindingStrings(structuredClone(findings), []), copy);
});
