// Whether an edit put back leaves the story grouping as the load made it: loads folders into one story index in path
// order, then gives every `step`-th article one more sentence and its own text again, and counts the articles whose
// story-mates are no longer the load's. A tool for working on the index, not a figure of the product.
//
//   node scripts/eval/_stories-revert.mjs <folder>… [--step=5]
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const { createStoryIndex } = require(join(root, 'server/out/analysis/corpus/stories.js'));

const args = process.argv.slice(2);
const folders = args.filter((a) => !a.startsWith('--')).map((f) => resolve(f));
const step = Number(args.find((a) => a.startsWith('--step='))?.split('=')[1] ?? 5);
if (folders.length === 0 || !(step >= 1)) {
  console.error('usage: node scripts/eval/_stories-revert.mjs <folder>… [--step=N]');
  process.exit(2);
}
const files = [];
const walk = (dir) => {
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) walk(path);
    else if (/\.(txt|md)$/.test(name)) files.push(path);
  }
};
folders.forEach(walk);

const index = createStoryIndex();
const uri = (file) => `file://${file}`;
const meta = (file) => ({ path: relative(dirname(folders[0]), file) });
const texts = new Map(files.map((f) => [f, readFileSync(f, 'utf8')]));
for (const file of files) index.update(uri(file), texts.get(file), meta(file));
const mates = () => {
  const of = new Map();
  for (const story of index.stories()) {
    const key = [...story.uris].sort().join('|');
    for (const u of story.uris) of.set(u, key);
  }
  return of;
};
const loaded = mates();
let edited = 0;
files.forEach((file, i) => {
  if (i % step !== 0) return;
  edited++;
  index.update(uri(file), `${texts.get(file)}\n\nOfficials said the talks would resume on Monday.`, meta(file));
  index.update(uri(file), texts.get(file), meta(file));
});
const now = mates();
const moved = files.filter((file) => loaded.get(uri(file)) !== now.get(uri(file))).length;
console.log(`${files.length} articles, ${edited} edited and put back: ${moved} no longer with the load's story-mates`);
