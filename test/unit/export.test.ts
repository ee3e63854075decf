// exportCorpus / findingsJson / positionAt (server/src/analysis/export.ts), against a stand-in service
// (so the JSON shape is tested whatever the analysis finds) and against the real service on the seeds.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'fs';
import * as path from 'path';
import type * as ExportModule from '../../server/src/analysis/export';
import type * as ServiceModule from '../../server/src/analysis/service';
import type * as FolderModule from '../../server/src/node/folder';
import type { CrosscheckService } from '../../server/src/analysis/service';
import type { Entity, Finding, Reading } from '../../server/src/analysis/types';
import { ROOT } from '../helpers/analysis';

/* eslint-disable @typescript-eslint/no-require-imports */
const { exportCorpus, findingsJson, positionAt, lineIndex } = require(path.join(ROOT, 'server/out/analysis/export')) as typeof ExportModule;
const { createService } = require(path.join(ROOT, 'server/out/analysis/service')) as typeof ServiceModule;
const { createFolderWorkspace } = require(path.join(ROOT, 'server/out/node/folder')) as typeof FolderModule;
/* eslint-enable @typescript-eslint/no-require-imports */

test('positionAt: 1-based lines and UTF-16 columns; \\r\\n, \\n and a lone \\r end lines', () => {
  const text = 'ab\r\ncd\nef\rg😀h';
  assert.deepEqual(positionAt(text, 0), { line: 1, column: 1 });
  assert.deepEqual(positionAt(text, 2), { line: 1, column: 3 }, 'the \\r of \\r\\n is on the first line');
  assert.deepEqual(positionAt(text, 3), { line: 1, column: 4 });
  assert.deepEqual(positionAt(text, 4), { line: 2, column: 1 });
  assert.deepEqual(positionAt(text, 7), { line: 3, column: 1 });
  assert.deepEqual(positionAt(text, 10), { line: 4, column: 1 });
  assert.deepEqual(positionAt(text, text.indexOf('h')), { line: 4, column: 4 }, 'the emoji is two UTF-16 units');
  assert.deepEqual(positionAt(text, text.length), { line: 4, column: 5 });
  assert.deepEqual(positionAt(text, 999), { line: 4, column: 5 }, 'clamped to the end');
  assert.deepEqual(positionAt('', 0), { line: 1, column: 1 });
  assert.deepEqual(positionAt('a\n', 2), { line: 2, column: 1 });
  const index = lineIndex(text);
  for (let i = 0; i <= text.length; i++) assert.deepEqual(index(i), positionAt(text, i));
});

// --- a stand-in service with one reading of each kind of thing -----------------------------------

const A = 'file:///w/news/a.txt';
const B = 'file:///w/b.txt';
const TEXT_A = 'Talks\r\n"We want peace," Putin told Trump in a call of nearly 90 minutes.\r\nThe spokesman 😀 said more than 100 people came.';
const TEXT_B = 'Trump and Putin spoke for an hour and a half.';

function span(text: string, words: string, from = 0) {
  const start = text.indexOf(words, from);
  assert.ok(start >= 0, words);
  return { start, end: start + words.length };
}

function reading(uri: string, text: string, extra: Partial<Reading>): Reading {
  return {
    uri, text, version: 0, meta: { source: uri.endsWith('a.txt') ? 'Outlet A' : 'b' },
    paragraphs: [], sentences: [], mentions: [], quotations: [], quantities: [], dates: [], gaps: [], claims: [], ...extra,
  };
}

function fakeService(): CrosscheckService {
  const putinA = span(TEXT_A, 'Putin');
  const trumpA = span(TEXT_A, 'Trump');
  const spokesman = span(TEXT_A, 'The spokesman');
  const a = reading(A, TEXT_A, {
    meta: { source: 'Outlet A', date: '2025-02-12', title: 'Talks' },
    mentions: [
      { ...putinA, text: 'Putin', type: 'person', kind: 'name', sentence: 1 },
      { ...trumpA, text: 'Trump', type: 'person', kind: 'name', role: 'President', sentence: 1 },
      { ...spokesman, text: 'The spokesman', type: 'person', kind: 'description', sentence: 2 },
    ],
    quotations: [
      { ...span(TEXT_A, '"We want peace,"'), text: 'We want peace,', textStart: 8, textEnd: 22, words: ['we', 'want', 'peace'], speaker: { ...putinA, mention: 0 }, sentence: 1 },
      { ...span(TEXT_A, 'Talks'), text: 'Talks', textStart: 0, textEnd: 5, words: ['talks'], speaker: null, sentence: 0 },
    ],
    quantities: [
      { ...span(TEXT_A, 'nearly 90 minutes'), text: 'nearly 90 minutes', kind: 'duration', low: 76.5, high: 90, unit: 'minute', hedge: 'nearly', sentence: 1 },
      { ...span(TEXT_A, 'more than 100 people'), text: 'more than 100 people', kind: 'count', low: 100, high: null, unit: 'person', hedge: 'more than', sentence: 2 },
    ],
  });
  const putinB = span(TEXT_B, 'Putin');
  const b = reading(B, TEXT_B, {
    mentions: [{ ...putinB, text: 'Putin', type: 'person', kind: 'name', sentence: 0 }],
    quantities: [{ ...span(TEXT_B, 'an hour and a half'), text: 'an hour and a half', kind: 'duration', low: 81, high: 99, unit: 'minute', sentence: 0 }],
  });
  const readings = new Map([[A, a], [B, b]]);
  const names = new Map([[A, 'news/a.txt'], [B, 'b.txt']]);
  const putin: Entity = {
    id: 'vladimir-putin', name: 'Vladimir Putin', type: 'person', roles: ['Russian President'], aliases: ['Putin'],
    mentions: [{ uri: B, ...putinB }, { uri: A, ...putinA }], sources: 2,
  };
  const trump: Entity = { id: 'donald-trump', name: 'Donald Trump', type: 'person', roles: [], aliases: ['Trump'], mentions: [{ uri: A, ...trumpA }], sources: 1 };
  const mentionEntity = new Map([[`${A}#0`, putin.id], [`${A}#1`, trump.id], [`${B}#0`, putin.id]]);
  const q = span(TEXT_A, 'nearly 90 minutes');
  const findings: Finding[] = [
    {
      uri: B, ...span(TEXT_B, 'an hour and a half'), code: 'quantity-conflict', severity: 'warning',
      message: 'b says an hour and a half; Outlet A says nearly 90 minutes', fingerprint: 'fp-1',
      related: [{ uri: A, ...q, message: 'Outlet A: nearly 90 minutes' }],
      fixes: [{ uri: B, ...span(TEXT_B, 'an hour and a half'), title: 'Use 90 minutes', newText: '90 minutes' }],
    },
    {
      uri: A, ...q, code: 'quantity-conflict', severity: 'information', message: 'reviewed one', fingerprint: 'fp-reviewed',
      related: [],
    },
  ];
  const fake: Partial<CrosscheckService> = {
    uris: () => [B, A],
    reading: (uri) => readings.get(uri),
    text: (uri) => readings.get(uri)?.text,
    documentName: (uri) => names.get(uri) ?? uri,
    sourceName: (uri) => readings.get(uri)?.meta.source ?? uri,
    entities: () => [putin, trump],
    corpus: () => ({ readings, entities: [putin, trump], entityById: new Map([[putin.id, putin], [trump.id, trump]]), mentionEntity } as unknown as ReturnType<CrosscheckService['corpus']>),
    findings: (uri, filter = {}) => findings.filter((f) => (uri === undefined || f.uri === uri) && (filter.includeReviewed || f.fingerprint !== 'fp-reviewed')),
    stories: () => [{ id: 'story-talks', title: 'Talks', uris: [A, B] }],
    storyOf: (uri) => (readings.has(uri) ? 'story-talks' : undefined),
  };
  return fake as CrosscheckService;
}

test('exportCorpus: documents with mentions, quotations and quantities, sorted by file', () => {
  const json = exportCorpus(fakeService());
  assert.deepEqual(json.documents.map((d) => d.file), ['b.txt', 'news/a.txt']);
  const a = json.documents[1];
  assert.equal(a.source, 'Outlet A');
  assert.equal(a.date, '2025-02-12');
  assert.equal(a.title, 'Talks');
  assert.deepEqual(a.entities[0], { ...span(TEXT_A, 'Putin'), type: 'person', entity: 'vladimir-putin', text: 'Putin', kind: 'name' });
  assert.equal(a.entities[1].role, 'President');
  assert.equal(a.entities.length, 2, 'a mention the corpus did not link to an entity is not exported');
  assert.deepEqual(a.quotations[0], {
    ...span(TEXT_A, '"We want peace,"'),
    speaker: { ...span(TEXT_A, 'Putin'), entity: 'vladimir-putin', text: 'Putin' },
    text: 'We want peace,',
  });
  assert.equal(a.quotations[1].speaker, null);
  assert.deepEqual(a.quantities[0], {
    ...span(TEXT_A, 'nearly 90 minutes'), kind: 'duration', low: 76.5, high: 90, unit: 'minute', text: 'nearly 90 minutes', hedge: 'nearly',
  });
  assert.equal(a.quantities[1].high, null, 'open-ended');
  assert.equal(json.documents[0].quantities[0].hedge, null);
  for (const doc of json.documents) {
    for (const item of [...doc.entities, ...doc.quotations, ...doc.quantities]) {
      const text = doc.file === 'b.txt' ? TEXT_B : TEXT_A;
      assert.ok(item.start >= 0 && item.end <= text.length && item.start < item.end);
    }
  }
});

test('exportCorpus: entities across documents with canonical name, aliases and mentions by file', () => {
  const json = exportCorpus(fakeService());
  assert.equal(json.entities.length, 2);
  const putin = json.entities[0];
  assert.equal(putin.id, 'vladimir-putin');
  assert.equal(putin.name, 'Vladimir Putin');
  assert.equal(putin.type, 'person');
  assert.deepEqual(putin.aliases, ['Putin']);
  assert.equal(putin.sources, 2);
  assert.deepEqual(putin.mentions.map((m) => m.file), ['b.txt', 'news/a.txt']);
});

test('exportCorpus and findingsJson: findings with file names, positions, related spans and fingerprints', () => {
  const service = fakeService();
  const { findings } = findingsJson(service);
  assert.deepEqual(exportCorpus(service).findings, findings);
  assert.equal(findings.length, 1, 'reviewed findings are left out by default');
  const [f] = findings;
  assert.equal(f.code, 'quantity-conflict');
  assert.equal(f.severity, 'warning');
  assert.equal(f.file, 'b.txt');
  assert.deepEqual([f.start, f.end], [span(TEXT_B, 'an hour and a half').start, span(TEXT_B, 'an hour and a half').end]);
  assert.equal(f.line, 1);
  assert.equal(f.column, f.start + 1);
  assert.equal(f.fingerprint, 'fp-1');
  assert.equal(f.related.length, 1);
  const related = f.related[0];
  assert.equal(related.file, 'news/a.txt');
  assert.equal(related.message, 'Outlet A: nearly 90 minutes');
  assert.equal(related.line, 2, 'after the \\r\\n');
  assert.equal(related.column, TEXT_A.indexOf('nearly 90 minutes') - TEXT_A.indexOf('\n') );
  assert.deepEqual(f.fixes, [{ file: 'b.txt', ...span(TEXT_B, 'an hour and a half'), title: 'Use 90 minutes', newText: '90 minutes' }]);
  assert.equal(findingsJson(service, { includeReviewed: true }).findings.length, 2);
  const named = findingsJson(service, { fileName: (uri) => `X:${uri}` }).findings[0];
  assert.equal(named.file, `X:${B}`);
  assert.equal(named.related[0].file, `X:${A}`);
});

test('exportCorpus: the stories with their files, and the story of every finding', () => {
  const service = fakeService();
  const json = exportCorpus(service, { includeReviewed: true });
  assert.deepEqual(json.stories, [{ id: 'story-talks', title: 'Talks', files: ['b.txt', 'news/a.txt'] }]);
  assert.ok(json.findings.length > 0);
  for (const finding of json.findings) assert.equal(finding.story, 'story-talks');
});

test('the JSON survives a round trip through JSON.stringify', () => {
  const json = exportCorpus(fakeService(), { includeReviewed: true });
  assert.deepEqual(JSON.parse(JSON.stringify(json)), json);
});

test('exportCorpus on the seeds with the real service: the documented shape', () => {
  const folder = path.join(ROOT, 'seeds');
  const service = createService({ workspace: createFolderWorkspace(folder) });
  const names = fs.readdirSync(folder).filter((name) => name.endsWith('.txt')).sort();
  const json = exportCorpus(service);
  assert.deepEqual(json.documents.map((d) => d.file), names);
  for (const doc of json.documents) {
    assert.equal(typeof doc.source, 'string');
    assert.ok(Array.isArray(doc.entities) && Array.isArray(doc.quotations) && Array.isArray(doc.quantities));
    for (const mention of doc.entities) assert.ok(mention.entity === null || json.entities.some((e) => e.id === mention.entity));
    for (const quantity of doc.quantities) assert.ok(['duration', 'length', 'count', 'money', 'percent', 'magnitude', 'rank', 'age', 'date', 'day', 'time', 'direction', 'category', 'residence'].includes(quantity.kind));
  }
  assert.ok(Array.isArray(json.entities));
  for (const finding of json.findings) {
    assert.ok(names.includes(finding.file));
    assert.ok(['error', 'warning', 'information', 'hint'].includes(finding.severity));
    for (const related of finding.related) assert.ok(names.includes(related.file));
  }
});
