// A check run that keeps readings packed (`ServiceOptions.packReadings`, the CLI's text, JSON and SARIF reports) packs
// each reading once the story index has seen it and sends each story's check its members' readings packed: the checks
// find what a service that keeps its readings finds, and whatever asks for a reading afterwards gets the same reading.
// On the seeds and on texts written here.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as path from 'path';
import type * as ExportModule from '../../server/src/analysis/export';
import type * as ReaderModule from '../../server/src/analysis/reader';
import type * as PackedModule from '../../server/src/node/packedReadings';
import type * as Api from '../../server/src/analysis/index';
import { analysis, FLOOD_REPORTS, ROOT, seedTexts } from '../helpers/analysis';
import { memoryWorkspace } from '../helpers/memoryWorkspace';

/* eslint-disable @typescript-eslint/no-require-imports */
const { exportFindings } = require(path.join(ROOT, 'server/out/analysis/export')) as typeof ExportModule;
const { checkStory, inProcessReader } = require(path.join(ROOT, 'server/out/analysis/reader')) as typeof ReaderModule;
const { readingPacker, unpackedRequest } = require(path.join(ROOT, 'server/out/node/packedReadings')) as typeof PackedModule;
/* eslint-enable @typescript-eslint/no-require-imports */


/** A reader that checks as a reader thread does, and remembers what it was sent. */
function checkingReader(sent: ReaderModule.CheckRequest[]): ReaderModule.Reader {
  return {
    concurrency: 1,
    read: inProcessReader.read,
    check: async (request) => {
      sent.push(request);
      return checkStory(unpackedRequest(request));
    },
  };
}

for (const [name, texts] of [['the seeds', seedTexts()], ['two written reports', FLOOD_REPORTS]] as const) {
  test(`a check run that keeps readings packed finds the same and reads the same: ${name}`, async () => {
    const kept = analysis.createService({ workspace: memoryWorkspace(texts), reader: checkingReader([]) });
    await kept.load({ groupWhenRead: true });
    const sent: ReaderModule.CheckRequest[] = [];
    const packing: Api.CrosscheckService = analysis.createService({ workspace: memoryWorkspace(texts), reader: checkingReader(sent), dropCheckedReadings: true, packReadings: readingPacker, packReadingsFrom: 0 });
    await packing.load({ groupWhenRead: true, storyReady: (id) => packing.findings(packing.story(id)!.uris[0]) });
    assert.ok(kept.findings().length > 0, 'the texts have findings');
    assert.deepEqual(exportFindings(packing), exportFindings(kept));
    // Every story was checked from packed readings, each article once.
    assert.ok(sent.length > 0);
    for (const request of sent) assert.equal(request.readings.length, 0);
    assert.deepEqual(sent.flatMap((request) => request.packed!.map((p) => readingPacker.unpack(p).uri)).sort(), [...kept.uris()].sort());
    for (const uri of kept.uris()) assert.deepEqual(packing.reading(uri), kept.reading(uri));
  });
}

test('a packed reading unpacks to an equal reading, in a buffer of its own size', () => {
  const reading = analysis.createService({ workspace: memoryWorkspace(FLOOD_REPORTS) }).reading('memory:/a.txt')!;
  const packed = readingPacker.pack(reading);
  assert.equal(packed.buffer.byteLength, packed.length, 'no larger buffer held behind it');
  assert.ok(packed.length < JSON.stringify(reading).length / 2);
  assert.deepEqual(readingPacker.unpack(packed), reading);
});

test('a check run over a folder smaller than packReadingsFrom keeps its readings as they are: packing would cost CPU for no memory worth keeping', async () => {
  const sent: ReaderModule.CheckRequest[] = [];
  const service = analysis.createService({ workspace: memoryWorkspace(FLOOD_REPORTS), reader: checkingReader(sent), dropCheckedReadings: true, packReadings: readingPacker });
  await service.load({ groupWhenRead: true, storyReady: (id) => service.findings(service.story(id)!.uris[0]) });
  assert.ok(sent.length > 0);
  for (const request of sent) {
    assert.equal(request.packed, undefined);
    assert.ok(request.readings.length > 0);
  }
});
