// Shared by the reading evaluations: write texts into a scratch folder under .eval/ and read them back
// through the CLI's `export --format json`, as a user's folder would be read.
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Writes `files` ({ name, text }) into a fresh `.eval/<name>/` folder and returns its path. */
export function writeFolder(outDir, name, files) {
  const dir = join(outDir, 'work', name);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const f of files) writeFileSync(join(dir, f.name), f.text);
  return dir;
}

/** The CLI's export of a folder, parsed; documents keyed by file name. */
export function exportFolder(root, dir) {
  const out = execFileSync(process.execPath, [join(root, 'server', 'out', 'cli.js'), 'export', dir, '--format', 'json'], {
    maxBuffer: 1 << 30,
    encoding: 'utf8',
  });
  const corpus = JSON.parse(out);
  corpus.byFile = new Map(corpus.documents.map((d) => [d.file, d]));
  corpus.entityById = new Map(corpus.entities.map((e) => [e.id, e]));
  return corpus;
}

export const prf = (tp, predicted, gold) => {
  const p = predicted ? tp / predicted : 0;
  const r = gold ? tp / gold : 0;
  return { precision: p, recall: r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
};
