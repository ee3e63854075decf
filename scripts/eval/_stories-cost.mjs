// The CPU time of grouping, this checkout against another build, run alternately so that a loaded machine weighs on
// both alike: `node scripts/eval/_stories-cost.mjs <other checkout> [copies]` groups clusters + fresh copied `copies`
// times (4 by default; each copy with its names and numbers changed, as the stories eval's cost rows do), twice each.
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { flatArticles, groupArticles } from './_stories.mjs';

const require = createRequire(import.meta.url);
const here = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const other = resolve(process.argv[2] ?? '');
const copies = Number(process.argv[3] ?? 4);
const builds = { other: require(join(other, 'server/out/analysis/corpus/stories.js')), this: require(join(here, 'server/out/analysis/corpus/stories.js')) };
const variant = (text, k) => text.replace(/\b([A-Z][a-z]{2,})\b/g, (m) => `${m}ov${String.fromCharCode(97 + k)}`).replace(/\b(\d+)\b/g, (m) => String(+m + k));
const base = flatArticles(join(here, '..', 'shared', 'corpus'), ['clusters', 'fresh']);
const articles = [];
for (let k = 0; k < copies; k++) for (const a of base) articles.push({ ...a, name: `${k}-${a.name}`, text: k === 0 ? a.text : variant(a.text, k) });
articles.sort((a, b) => (a.name < b.name ? -1 : 1));
for (const build of Object.values(builds)) groupArticles(build, articles.slice(0, 50), {});
for (let round = 0; round < 2; round++) {
  for (const [name, build] of Object.entries(builds)) {
    const started = process.cpuUsage();
    groupArticles(build, articles, {});
    const used = process.cpuUsage(started);
    console.log(`${name} (${name === 'other' ? other : here}): ${articles.length} articles, ${((used.user + used.system) / 1000).toFixed(0)} ms CPU`);
  }
}
