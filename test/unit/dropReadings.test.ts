// A check run's service (`ServiceOptions.dropCheckedReadings`, the CLI's text, JSON and SARIF reports) lets a story's
// readings go once its findings are in, keeping each document's text; whatever asks for a reading afterwards gets it
// read again, and every answer is the one a service that keeps its readings gives. On the seeds and on texts written here.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as path from 'path';
import type * as ExportModule from '../../server/src/analysis/export';
import type * as Api from '../../server/src/analysis/index';
import { analysis, FLOOD_REPORTS, ROOT, seedTexts } from '../helpers/analysis';
import { memoryWorkspace } from '../helpers/memoryWorkspace';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { exportCorpus, exportFindings } = require(path.join(ROOT, 'server/out/analysis/export')) as typeof ExportModule;


async function loaded(texts: Record<string, string>, dropCheckedReadings: boolean): Promise<Api.CrosscheckService> {
  const service = analysis.createService({ workspace: memoryWorkspace(texts), dropCheckedReadings });
  await service.load({ groupWhenRead: true });
  return service;
}

for (const [name, texts] of [['the seeds', seedTexts()], ['two written reports', FLOOD_REPORTS]] as const) {
  test(`a check run that lets readings go finds the same, exports the same and answers the same: ${name}`, async () => {
    const kept = await loaded(texts, false);
    const dropping = await loaded(texts, true);
    const uris = kept.uris();
    const before = new Map(uris.map((uri) => [uri, dropping.reading(uri)]));
    assert.deepEqual(exportFindings(dropping), exportFindings(kept));
    assert.ok(kept.findings().length > 0, 'the texts have findings');
    for (const uri of uris) {
      // Let go with the findings: the same text, and a reading made again when asked, equal to the one kept.
      assert.equal(dropping.text(uri), kept.reading(uri)!.text);
      assert.equal(dropping.sourceName(uri), kept.sourceName(uri));
      const again = dropping.reading(uri);
      assert.notEqual(again, before.get(uri), `${uri}: the reading was let go once its story's findings were in`);
      assert.deepEqual(again, kept.reading(uri));
    }
    // Every question after the check answers as the service that kept its readings does.
    assert.deepEqual(JSON.stringify(exportCorpus(dropping)), JSON.stringify(exportCorpus(kept)));
    for (const uri of uris) {
      const text = kept.text(uri)!;
      for (let offset = 0; offset < text.length; offset += 97) {
        assert.deepEqual(dropping.at(uri, offset), kept.at(uri, offset));
        assert.deepEqual(dropping.references(uri, offset), kept.references(uri, offset));
      }
    }
  });
}

test('a service that is not a check run keeps its readings: an editor hovers over them', async () => {
  const service = await loaded(FLOOD_REPORTS, false);
  const reading = service.reading('memory:/a.txt');
  service.findings();
  assert.equal(service.reading('memory:/a.txt'), reading);
});

test('a check run reads an edited document again and checks its story again', async () => {
  const workspace = memoryWorkspace(FLOOD_REPORTS);
  const service = analysis.createService({ workspace, dropCheckedReadings: true });
  await service.load({ groupWhenRead: true });
  const before = service.findings().length;
  workspace.set('memory:/b.txt', FLOOD_REPORTS['memory:/a.txt'].replace('Daily A', 'Daily B'));
  assert.equal(service.text('memory:/b.txt'), FLOOD_REPORTS['memory:/a.txt'].replace('Daily A', 'Daily B'));
  assert.ok(service.findings().length < before, 'the edit took the disagreements away');
  assert.equal(service.reading('memory:/b.txt')!.text, service.text('memory:/b.txt'));
});
