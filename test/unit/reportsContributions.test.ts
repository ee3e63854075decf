// The manifest's parts of the source matrix, the inlay hints and the walkthrough: every command, setting and
// walkthrough file the editor is told about exists, and the packaged extension carries the webview's files.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'fs';
import * as path from 'path';
import { ROOT } from '../helpers/analysis';

interface Manifest {
  contributes: {
    commands: Array<{ command: string; title: string }>;
    configuration: { properties: Record<string, { type: string; default: unknown }> };
    walkthroughs: Array<{ title: string; steps: Array<{ id: string; description: string; media: { markdown?: string; image?: string } }> }>;
  };
}

const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as Manifest;

test('contributions: "Crosscheck: Show Source Matrix" is declared and registered by the client, its webview files exist', () => {
  assert.ok(manifest.contributes.commands.some((c) => c.command === 'crosscheck.showMatrix' && c.title === 'Show Source Matrix'));
  const views = fs.readFileSync(path.join(ROOT, 'client', 'src', 'storyViews.ts'), 'utf8');
  assert.match(views, /registerCommand\(SHOW_MATRIX_COMMAND/);
  for (const file of ['media/matrix.js', 'media/matrix.css']) assert.ok(fs.existsSync(path.join(ROOT, file)), file);
  // The .vsix is packaged from a staging copy: it must take media/ along.
  assert.match(fs.readFileSync(path.join(ROOT, 'scripts', 'package.mjs'), 'utf8'), /'media'/);
});

test('contributions: the inlay hints setting, on by default', () => {
  const setting = manifest.contributes.configuration.properties['crosscheck.inlayHints.enabled'];
  assert.deepEqual([setting?.type, setting?.default], ['boolean', true]);
});

test('contributions: the walkthrough "Get started with Crosscheck": folder, Problems panel, hover, matrix; its pages exist', () => {
  const [walkthrough] = manifest.contributes.walkthroughs;
  assert.equal(walkthrough.title, 'Get started with Crosscheck');
  assert.deepEqual(walkthrough.steps.map((s) => s.id), ['openFolder', 'problems', 'hover', 'matrix']);
  for (const step of walkthrough.steps) {
    const media = step.media.markdown ?? step.media.image ?? '';
    assert.ok(fs.existsSync(path.join(ROOT, media)), `${step.id}: ${media}`);
  }
  const commands = walkthrough.steps.flatMap((s) => [...s.description.matchAll(/\(command:([\w.]+)\)/g)].map((m) => m[1]));
  assert.deepEqual(commands, ['workbench.action.files.openFolder', 'workbench.actions.view.problems', 'crosscheck.showMatrix']);
});
