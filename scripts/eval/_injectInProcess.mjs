// The trials of scripts/eval/inject.mjs (same seed, same sites), run in process on one service per cluster: an edit
// re-reads one document, so this is many times faster than the eval, which runs the CLI once per trial. Shared by the
// tools that explain the misses (_inject-explain.mjs for values and weekdays, _inject-quotes.mjs for quotations).
import { readFileSync, readdirSync, rmSync, statSync, writeFileSync, cpSync } from 'node:fs';
import { join, dirname, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { KINDS, connects, hashString, linkedBefore, random, shuffle, sitesOf } from './inject.mjs';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const out = join(root, 'server', 'out');
const require = createRequire(import.meta.url);
const { createService } = require(join(out, 'analysis', 'service.js'));
const { createFolderWorkspace } = require(join(out, 'node', 'folder.js'));

/** The options every such tool takes: `[folder] [--seed=1] [--per-kind=2] [--kinds=…] [--clusters=N] [--only=name-part] [--quiet]`. */
export function trialOptions(args, defaultKinds) {
  const option = (name, fallback) => args.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? fallback;
  const corpus = process.env.CROSSCHECK_CORPUS ?? join(root, '..', 'shared', 'corpus');
  return {
    seed: Number(option('seed', 1)),
    perKind: Number(option('per-kind', 2)),
    kinds: option('kinds', defaultKinds).split(','),
    limit: Number(option('clusters', Infinity)),
    only: option('only', ''),
    quiet: args.includes('--quiet'),
    set: resolve(args.find((a) => !a.startsWith('-')) ?? join(corpus, 'clusters')),
  };
}

const base = (uri) => decodeURIComponent(uri.split('/').pop());
export const asJson = (f) => ({ code: f.code, file: base(f.uri), start: f.start, end: f.end, message: f.message, related: (f.related ?? []).map((r) => ({ file: base(r.uri), start: r.start, end: r.end })) });

/**
 * Runs each trial of the chosen kinds: the change written into a scratch copy of its cluster, the service told, the
 * findings taken, `onTrial` called with what a tool needs to explain it, and the text put back.
 */
export function runTrials(options, onTrial) {
  const scratch = join(tmpdir(), `inject-trials-${process.pid}`);
  try {
    const clusters = readdirSync(options.set).filter((n) => statSync(join(options.set, n)).isDirectory() && n.includes(options.only)).sort().slice(0, options.limit);
    for (const cluster of clusters) {
      const dir = join(scratch, cluster);
      cpSync(join(options.set, cluster), dir, { recursive: true });
      const files = readdirSync(dir).filter((f) => /\.(txt|md)$/.test(f)).sort();
      if (files.length < 2) continue;
      const texts = new Map(files.map((f) => [f, readFileSync(join(dir, f), 'utf8')]));
      const workspace = createFolderWorkspace(dir);
      const service = createService({ workspace });
      const findings = () => service.findings(undefined, { includeReviewed: true }).map(asJson);
      const before = findings();
      const rng = random(hashString(`${options.seed}|${cluster}`));
      for (const kind of KINDS) {
        // Every kind's sites are shuffled, in order, so that the generator draws as the eval's does.
        const candidates = shuffle(sitesOf(kind, texts), rng).filter((c) => !linkedBefore(before, c, texts, kind));
        if (!options.kinds.includes(kind)) continue;
        for (const candidate of candidates.slice(0, options.perKind)) {
          const text = texts.get(candidate.file);
          const trial = { ...candidate, kind, original: text.slice(candidate.start, candidate.end) };
          const changed = text.slice(0, trial.start) + trial.replacement + text.slice(trial.end);
          const path = join(dir, trial.file);
          const uri = pathToFileURL(path).href;
          writeFileSync(path, changed);
          workspace.notify({ kind: 'document', uri });
          const span = { file: trial.file, start: trial.start, end: trial.start + trial.replacement.length, originalEnd: trial.end };
          const after = findings();
          const linked = after.some((f) => connects(f, span, trial.matches, texts, kind));
          onTrial({ service, uri, cluster, trial, span, changed, after, linked });
          writeFileSync(path, text);
          workspace.notify({ kind: 'document', uri });
        }
      }
      service.dispose();
      rmSync(dir, { recursive: true, force: true });
    }
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}
