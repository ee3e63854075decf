// The hosts' workspaces over a real temporary folder: the folder as the CLI sees it, and the editor's
// open documents layered over it as the language server sees it (the editor's text wins while open).
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'fs';
import * as path from 'path';
import type * as FolderModule from '../../server/src/node/folder';
import type * as EditorModule from '../../server/src/node/editorWorkspace';
import { analysis, ROOT } from '../helpers/analysis';
import { scratchDir } from '../helpers/scratch';

/* eslint-disable @typescript-eslint/no-require-imports */
const { createFolderWorkspace, fileUri } = require(path.join(ROOT, 'server/out/node/folder')) as typeof FolderModule;
const { createEditorWorkspace } = require(path.join(ROOT, 'server/out/node/editorWorkspace')) as typeof EditorModule;
/* eslint-enable @typescript-eslint/no-require-imports */

function folderWith(files: Record<string, string | Buffer>): string {
  const dir = scratchDir('ws');
  for (const [name, content] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), content);
  }
  return dir;
}

const A = 'Mayor Ann Lee and Governor Tom Walsh spoke for two hours on Monday.';
const B = 'Lee and Walsh spoke for about two hours.';
const C = 'Walsh and Lee spoke for 20 minutes.';
const editorDoc = (text: string, version = 1, languageId = 'plaintext') => ({ languageId, version, getText: () => text });

test('folder workspace: lists the articles the config selects, reads them, and says why a file is skipped', () => {
  const dir = folderWith({ 'a.txt': A, 'news/b.md': B, 'notes.json': '{}', 'bin.txt': Buffer.from([0, 1, 2]), 'crosscheck.yaml': 'exclude: ["skip/**"]\n', 'skip/c.txt': C });
  try {
    const workspace = createFolderWorkspace(dir);
    const service = analysis.createService({ workspace });
    assert.deepEqual(service.uris().map((uri) => service.documentName(uri)), ['a.txt', 'news/b.md']);
    assert.deepEqual(service.skipped().map((s) => [s.name, /binary/.test(s.reason)]), [['bin.txt', true]]);
    assert.equal(service.configFile()?.uri, fileUri(path.join(dir, 'crosscheck.yaml')));
    assert.equal(workspace.read(fileUri(path.join(dir, 'skip/c.txt')), service.config), undefined, 'excluded');
    assert.equal(workspace.read(fileUri(path.join(dir, 'gone.txt')), service.config), undefined, 'missing');
    assert.equal(workspace.read('untitled:Untitled-1', service.config), undefined, 'not a file of the folder');
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('folder workspace: each listed uri is the file uri of its path, whatever characters the name holds', () => {
  const names = ['a.txt', 'deep/er/b-1_x~y.txt', 'sub dir/c.txt', 'café.txt', '100%.txt', 'x#1.txt', 'q?.txt', 'Ünïcode/ä b.md'];
  const dir = folderWith(Object.fromEntries(names.map((name) => [name, A])));
  try {
    const listed = createFolderWorkspace(dir).list(analysis.defaultConfig());
    assert.deepEqual(
      listed.map((entry) => [entry.name, entry.uri]),
      [...names].sort().map((name) => [name, fileUri(path.join(dir, name))]),
    );
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('editor workspace: open text wins over the disk, closing brings the disk back, a deleted file stays while open', () => {
  const dir = folderWith({ 'a.txt': A, 'b.txt': B, 'c.txt': C });
  try {
    const workspace = createEditorWorkspace(createFolderWorkspace(dir));
    const service = analysis.createService({ workspace });
    const c = fileUri(path.join(dir, 'c.txt'));
    assert.deepEqual(service.findings().map((f) => f.uri), [c]);

    workspace.opened(c, editorDoc('Walsh and Lee spoke for two hours.', 4));
    assert.deepEqual(service.findings(), [], 'the unsaved text is what is checked');
    assert.equal(service.reading(c)?.version, 4);

    fs.rmSync(path.join(dir, 'c.txt'));
    workspace.fileChanged(c, true);
    assert.ok(service.reading(c), 'still open in the editor');
    workspace.closed(c);
    assert.equal(service.reading(c), undefined, 'closed and gone from disk');

    fs.writeFileSync(path.join(dir, 'c.txt'), C);
    workspace.fileChanged(c, false);
    assert.deepEqual(service.findings().map((f) => f.uri), [c]);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('editor workspace: a document the editor calls an article is one; an open config file is the config', () => {
  const dir = folderWith({ 'a.txt': A, 'b.txt': B });
  try {
    const workspace = createEditorWorkspace(createFolderWorkspace(dir));
    const service = analysis.createService({ workspace });
    const story = fileUri(path.join(dir, 'story.article'));
    workspace.opened(story, editorDoc(C, 1, 'article'));
    assert.ok(service.uris().includes(story));
    assert.equal(service.documentName(story), 'story.article');

    const config = fileUri(path.join(dir, 'crosscheck.yaml'));
    workspace.opened(config, editorDoc('exclude: ["*.article"]\n', 1, 'yaml'));
    assert.ok(!service.uris().includes(story), 'the unsaved config already applies');
    assert.equal(service.configFile()?.text, 'exclude: ["*.article"]\n');
    workspace.closed(config);
    assert.equal(service.configFile(), undefined, 'no config file on disk');
    assert.ok(service.uris().includes(story));
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('editor workspace without a folder: only open articles', () => {
  const workspace = createEditorWorkspace();
  const service = analysis.createService({ workspace });
  workspace.opened('untitled:Untitled-1', editorDoc(A, 1, 'article'));
  workspace.opened('file:///elsewhere/b.txt', editorDoc(B));
  workspace.opened('file:///elsewhere/notes.json', editorDoc('{}', 1, 'json'));
  assert.deepEqual(service.uris(), ['file:///elsewhere/b.txt', 'untitled:Untitled-1']);
  assert.equal(service.sourceName('file:///elsewhere/b.txt'), 'b');
  workspace.closed('untitled:Untitled-1');
  assert.deepEqual(service.uris(), ['file:///elsewhere/b.txt']);
});

test('folder workspace stamps: the stamp a read gives is the stamp the file has, until it is written again; an open document has none', () => {
  const dir = folderWith({ 'a.txt': A, 'b.txt': B });
  try {
    const workspace = createFolderWorkspace(dir);
    const config = analysis.createService({ workspace }).config;
    const a = fileUri(path.join(dir, 'a.txt'));
    const read = workspace.read(a, config);
    assert.ok(read && 'text' in read && read.stamp, 'a read file carries its stamp');
    assert.equal(workspace.stamp!(a, config), read.stamp, 'unchanged: the same stamp');
    assert.notEqual(workspace.stamp!(fileUri(path.join(dir, 'b.txt')), config), read.stamp, 'another file, another stamp');
    fs.writeFileSync(path.join(dir, 'a.txt'), `${A} Again.`);
    assert.notEqual(workspace.stamp!(a, config), read.stamp, 'written again: another stamp');
    assert.equal(workspace.stamp!(fileUri(path.join(dir, 'gone.txt')), config), undefined, 'a file gone has none');

    const editor = createEditorWorkspace(workspace);
    assert.equal(editor.stamp!(a, config), workspace.stamp!(a, config), 'closed: the disk’s stamp');
    editor.opened(a, editorDoc(C));
    assert.equal(editor.stamp!(a, config), undefined, 'open: the editor’s text, which no stamp tells');
    const open = editor.read(a, config);
    assert.ok(open && 'text' in open && open.stamp === undefined);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
