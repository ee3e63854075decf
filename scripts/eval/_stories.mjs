// Shared by the story evaluation (scripts/eval/stories.mjs) and the story model's training (scripts/train-stories.mjs):
// the clusters of a corpus set copied flat into one folder under neutral names (so neither a file name nor the
// sorted order says which cluster an article came from), the true story of each file, and B³ scoring.
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';

/**
 * The articles of `sets` (folders of clusters under the corpus), each with its true story (its cluster folder) and
 * the publication date its cluster's meta.json gives, if any. Sorted by their flat name.
 */
export function flatArticles(corpus, sets) {
  const articles = [];
  for (const set of sets) {
    const setDir = join(corpus, set);
    for (const cluster of readdirSync(setDir).sort()) {
      const dir = join(setDir, cluster);
      if (!statSync(dir).isDirectory()) continue;
      let meta = {};
      try {
        meta = JSON.parse(readFileSync(join(dir, 'meta.json'), 'utf8'));
      } catch {
        meta = {};
      }
      const dates = new Map((meta.articles ?? []).map((a) => [a.file, a.date]));
      for (const file of readdirSync(dir).sort()) {
        if (!/\.(txt|md)$/.test(file)) continue;
        const name = `${createHash('sha1').update(`${set}/${cluster}/${file}`).digest('hex').slice(0, 12)}.txt`;
        const date = typeof dates.get(file) === 'string' && /^\d{4}-\d\d-\d\d/.test(dates.get(file)) ? dates.get(file).slice(0, 10) : undefined;
        articles.push({ name, set, cluster, file, story: `${set}/${cluster}`, date, text: readFileSync(join(dir, file), 'utf8') });
      }
    }
  }
  return articles.sort((a, b) => (a.name < b.name ? -1 : 1));
}

/** Writes the articles into a new temporary folder; with `dates`, a crosscheck.yaml gives each its date as `sources`. */
export function writeFlatFolder(articles, label, { dates = false } = {}) {
  const dir = join(tmpdir(), `crosscheck-flat-${label}-${process.pid}`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const a of articles) writeFileSync(join(dir, a.name), a.text);
  if (dates) {
    const lines = articles.filter((a) => a.date).map((a) => `  ${a.name}: { date: ${a.date} }`);
    writeFileSync(join(dir, 'crosscheck.yaml'), `sources:\n${lines.join('\n')}\n`);
  }
  return dir;
}

/**
 * B³ precision, recall and F1 of a predicted grouping against the truth; both map every item to a label. With
 * `only`, the average runs over those items alone (their groups still count every item).
 */
export function bcubed(truth, predicted, only) {
  const byTrue = new Map();
  const byPred = new Map();
  for (const [item, label] of truth) {
    const p = predicted.get(item) ?? `(none) ${item}`;
    if (!byTrue.has(label)) byTrue.set(label, []);
    if (!byPred.has(p)) byPred.set(p, []);
    byTrue.get(label).push(item);
    byPred.get(p).push(item);
  }
  let precision = 0;
  let recall = 0;
  let count = 0;
  for (const [item, label] of truth) {
    if (only && !only.has(item)) continue;
    const group = byPred.get(predicted.get(item) ?? `(none) ${item}`);
    const same = group.filter((other) => truth.get(other) === label).length;
    precision += same / group.length;
    recall += same / byTrue.get(label).length;
    count++;
  }
  precision /= count || 1;
  recall /= count || 1;
  return { precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 };
}

/** Groups the articles with the library's story index, in sorted order as a cold load does. */
export function groupArticles(stories, articles, { dates = false, model } = {}) {
  const index = stories.createStoryIndex(model ? { model } : {});
  for (const a of articles) index.update(`file:///flat/${a.name}`, a.text, { path: a.name, date: dates ? a.date : undefined });
  const predicted = new Map();
  for (const a of articles) predicted.set(a.name, index.storyOf(`file:///flat/${a.name}`));
  return { index, predicted };
}

/** Predicted groups that mix true stories, and true stories split over groups: for reading what went wrong. */
export function groupingErrors(articles, predicted) {
  const byPred = new Map();
  for (const a of articles) {
    const p = predicted.get(a.name);
    if (!byPred.has(p)) byPred.set(p, new Map());
    byPred.get(p).set(a.story, (byPred.get(p).get(a.story) ?? 0) + 1);
  }
  const mixed = [...byPred.values()].filter((m) => m.size > 1).map((m) => [...m].map(([s, n]) => `${s}:${n}`).join(' + '));
  const byTrue = new Map();
  for (const a of articles) {
    if (!byTrue.has(a.story)) byTrue.set(a.story, new Map());
    const p = predicted.get(a.name);
    byTrue.get(a.story).set(p, (byTrue.get(a.story).get(p) ?? 0) + 1);
  }
  const split = [...byTrue].filter(([, m]) => m.size > 1).map(([s, m]) => `${s}: ${[...m.values()].join(' + ')}`);
  return { mixed, split };
}
