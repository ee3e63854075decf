// The editor's view of speed, through the real language server over stdio (server/out/server.js, driven
// by the protocol tests' client), on one folder. Three fresh server processes:
//   A. cold, nothing stored: start → every diagnostic published; then keystrokes and requests on one
//      article that has cross-document findings; peak RSS of the server;
//   B. cold, the article opened at once: start → its first diagnostics; the readings are stored;
//   C. the same with B's stored readings (reopening the folder): start → first and all diagnostics.
// Keystrokes: `--edits` edits (default 200) that toggle one finding's words to the other source's words
// and back, each text new as typing makes it (one more space at the article's end each time, so no reading of an
// earlier text is reused: every keystroke reads the article again), each waited for: to the article's own new
// diagnostics, to the last other article's, and to the end of the pass. Requests: hover, definition and references at `--requests` places (default 60).
// `--edits 0`: the start figures only (no keystrokes, no requests). `--reopen N`: C N times on B's storage (each a
// fresh server), with every run's figures and their median and range (reopening is what varies most).
// `--target <file> --cold N`: B only, N times, each a fresh server on empty storage (no A, no C): the cold start →
// open file, with its median and range. `--target <file> --stored N`: B once, then C N times until the open file's
// diagnostics: the stored start → open file without the full runs. `--trace`: each B run's server-side steps (process start, modules, models,
// listing, the provisional story, the publication; CROSSCHECK_TRACE_START), in ms since the server process started.
// Prints one JSON line. Usage: node scripts/bench/serverTimings.mjs <folder> [--edits N] [--requests N] [--reopen N]
//   [--target <file> --cold N | --stored N] [--storage DIR] [--server FILE] [--profile DIR] [--trace] [--series]
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';

const require = createRequire(import.meta.url);
const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..', '..');
const { LspClient } = require(path.join(root, 'test/out/helpers/lspClient.js'));

const folder = fs.realpathSync(path.resolve(process.argv[2]));
const option = (name, fallback) => {
  const at = process.argv.indexOf(name);
  return at > 0 ? Number(process.argv[at + 1]) : fallback;
};
const EDITS = option('--edits', 200);
const REQUESTS = option('--requests', 60);
const REOPEN = option('--reopen', 1);
const COLD = option('--cold', 1);
const STORED = process.argv.includes('--stored') ? option('--stored', 1) : 0;
const TRACE = process.argv.includes('--trace');
const SERIES = process.argv.includes('--series');
const targetAt = process.argv.indexOf('--target');
const TARGET = targetAt > 0 ? pathToFileURL(fs.realpathSync(path.resolve(process.argv[targetAt + 1]))).href : undefined;
/** Long enough for a cold 10,000-article folder on a shared machine. */
const LONG = 30 * 60_000;

// `--storage DIR`: this storage, kept after the run; with `--stored N`, a storage that already holds readings skips B
// (at 10,000 articles B is a whole cold load, too long to repeat for each look at the stored start).
const storageAt = process.argv.indexOf('--storage');
const KEPT_STORAGE = storageAt > 0 ? path.resolve(process.argv[storageAt + 1]) : undefined;
if (KEPT_STORAGE) fs.mkdirSync(KEPT_STORAGE, { recursive: true });
// `--server FILE`: another server script than server/out/server.js, such as dist/server.js (`npm run bundle`), the one
// the extension ships, or a copy of an earlier build kept beside the repository (its stored readings stay valid).
const serverAt = process.argv.indexOf('--server');
const SERVER_SCRIPT = serverAt > 0 ? path.resolve(process.argv[serverAt + 1]) : undefined;
if (SERVER_SCRIPT && !fs.existsSync(SERVER_SCRIPT)) throw new Error(`--server: ${SERVER_SCRIPT} does not exist (dist/server.js is made by \`npm run bundle\`)`);
// `--profile DIR`: each C run's server (its main thread and reader threads) writes a CPU profile there (`node --cpu-prof`),
// and the keystrokes' run's server in DIR/keystrokes (its load too: look at the profile's end).
const profileAt = process.argv.indexOf('--profile');
const PROFILE = profileAt > 0 ? path.resolve(process.argv[profileAt + 1]) : undefined;
const storage = KEPT_STORAGE ?? fs.mkdtempSync(path.join(os.tmpdir(), 'crosscheck-bench-storage-'));
const out = { folder: path.basename(folder) };
try {
  if (TARGET && STORED) Object.assign(out, await storedOnly(TARGET));
  else if (TARGET) Object.assign(out, await coldOnly(TARGET));
  else await allRuns();
} finally {
  if (!KEPT_STORAGE) fs.rmSync(storage, { recursive: true, force: true });
}
console.log(JSON.stringify(out));

/** B only, COLD times, each on empty storage: the cold start → open file of a given article. */
async function coldOnly(uri) {
  const articles = fs.readdirSync(folder, { recursive: true }).length;
  const runs = [];
  for (let i = 0; i < COLD; i++) {
    fs.rmSync(storage, { recursive: true, force: true });
    fs.mkdirSync(storage);
    runs.push(await runOpen('cold', { uri, articles }, false));
  }
  const result = { target: uri, coldStartToOpenFileRuns: runs.map((r) => Math.round(r.coldStartToOpenFileMs)), coldStartToOpenFile: spread(runs.map((r) => r.coldStartToOpenFileMs)) };
  if (TRACE) result.trace = runs.map((r) => r.trace);
  return result;
}

/** B once (until every diagnostic, so that the store holds the folder), then C STORED times until the open file's. */
async function storedOnly(uri) {
  // The status counts the articles read or skipped: the folder's files, not its directories.
  const articles = fs.readdirSync(folder, { recursive: true, withFileTypes: true }).filter((entry) => !entry.isDirectory() && /\.(txt|md)$/.test(entry.name)).length;
  if (!KEPT_STORAGE || fs.readdirSync(storage).length === 0) await runOpen('cold', { uri, articles });
  const runs = [];
  for (let i = 0; i < STORED; i++) runs.push(await runOpen('stored', { uri, articles }, false));
  const result = { target: uri, storedStartToOpenFileRuns: runs.map((r) => Math.round(r.storedStartToOpenFileMs)), storedStartToOpenFile: spread(runs.map((r) => r.storedStartToOpenFileMs)) };
  if (TRACE) result.trace = runs.map((r) => r.trace);
  return result;
}

async function allRuns() {
  const a = await runA();
  Object.assign(out, a.result);
  if (a.target) {
    Object.assign(out, await runOpen('cold', a.target));
    const runs = [];
    for (let i = 0; i < REOPEN; i++) runs.push(await runOpen('stored', a.target));
    Object.assign(out, runs[0]);
    if (REOPEN > 1) {
      for (const key of Object.keys(runs[0])) out[`${key}Runs`] = runs.map((r) => (typeof r[key] === 'number' ? Math.round(r[key]) : r[key]));
      out.storedStartToOpenFile = spread(runs.map((r) => r.storedStartToOpenFileMs));
      out.storedStartToAll = spread(runs.map((r) => r.storedStartToAllMs));
    }
  }
}

/** Start until every article is read and its diagnostics published: the status counting them all. */
async function started(options) {
  const t0 = performance.now();
  const client = await LspClient.start(folder, { waitForReady: false, ...options });
  return { client, t0 };
}

/** The status that counts `expected` articles (read or skipped): the folder is read and published. */
async function allPublished(client, t0, expected) {
  await client.waitForStatus((s) => s.documents + s.skipped >= expected, LONG);
  return performance.now() - t0;
}

async function runA() {
  const profile = PROFILE && { nodeArgs: ['--cpu-prof', '--cpu-prof-interval', '200', '--cpu-prof-dir', path.join(PROFILE, 'keystrokes')] };
  const { client, t0 } = await started(SERVER_SCRIPT || profile ? { launch: { ...(SERVER_SCRIPT && { server: SERVER_SCRIPT }), ...profile } } : {});
  try {
    await client.waitForStatus(() => true, LONG);
    const startToAllMs = performance.now() - t0;
    const [status] = client.statuses;
    const target = pickTarget(client);
    const result = { articles: status.documents + status.skipped, startToAllMs, findings: status.findings, target: target?.uri };
    if (target && EDITS > 0) {
      Object.assign(result, await keystrokes(client, target));
      Object.assign(result, await requests(client, target));
    }
    result.serverPeakRssMB = peakRssMB(client);
    return { result, target: target && { uri: target.uri, articles: result.articles } };
  } finally {
    await client.stop();
  }
}

/** B and C: the target opened right after start, with the readings store. */
async function runOpen(label, target, untilAll = true) {
  const launch = {
    launch: {
      ...(TRACE && { env: { ...process.env, CROSSCHECK_TRACE_START: '1' } }),
      ...(SERVER_SCRIPT && { server: SERVER_SCRIPT }),
      ...(PROFILE && label === 'stored' && { nodeArgs: ['--cpu-prof', '--cpu-prof-interval', '200', '--cpu-prof-dir', PROFILE] }),
    },
  };
  const { client, t0 } = await started({ initializationOptions: { storagePath: storage }, ...launch });
  try {
    const text = fs.readFileSync(fileURLToPath(target.uri), 'utf8').replace(/^\uFEFF/, '');
    await client.open(target.uri, text);
    await client.waitFor(() => client.publications.some((p) => p.uri === target.uri && p.diagnostics.length > 0), LONG);
    const firstMs = performance.now() - t0;
    if (!untilAll) return { [`${label}StartToOpenFileMs`]: firstMs, ...(TRACE && { trace: traceOf(client) }) };
    const allMs = await allPublished(client, t0, target.articles);
    return { [`${label}StartToOpenFileMs`]: firstMs, [`${label}StartToAllMs`]: allMs, ...(TRACE && { trace: traceOf(client) }) };
  } finally {
    await client.stop();
  }
}

/** An article with a finding related to another article: its words and the other source's. */
function pickTarget(client) {
  let fallback;
  for (const [uri, diagnostics] of [...client.diagnostics].sort((x, y) => (x[0] < y[0] ? -1 : 1))) {
    if (!uri.startsWith(pathToFileURL(folder).href) || diagnostics.length === 0) continue;
    fallback ??= { uri, diagnostics };
    for (const d of diagnostics) {
      const other = d.relatedInformation?.find((r) => r.location.uri !== uri);
      if (!other || d.range.start.line !== d.range.end.line) continue;
      const text = fs.readFileSync(fileURLToPath(uri), 'utf8').replace(/^\uFEFF/, '');
      const otherText = fs.readFileSync(fileURLToPath(other.location.uri), 'utf8').replace(/^\uFEFF/, '');
      const own = slice(text, d.range);
      const theirs = slice(otherText, other.location.range);
      if (own && theirs && own !== theirs && !theirs.includes('\n')) return { uri, text, range: d.range, own, theirs };
    }
  }
  return fallback && { uri: fallback.uri, text: fs.readFileSync(fileURLToPath(fallback.uri), 'utf8').replace(/^\uFEFF/, '') };
}

/** Edits that change findings: the finding's words replaced by the other source's, and back. */
async function keystrokes(client, target) {
  const { uri, text } = target;
  const edited = target.range ? replaceRange(text, target.range, target.theirs) : `${text}\n\nU.S. President engaged in talks.\n`;
  let version = 1;
  const opened = client.statuses.length;
  await client.open(uri, text, 'article', version);
  await client.waitForStatus(() => true, LONG, opened);
  await settle(client);
  const own = [];
  const others = [];
  const passes = [];
  for (let i = 0; i < EDITS; i++) {
    version++;
    const statusesBefore = client.statuses.length;
    const publicationsBefore = client.publications.length;
    const t0 = performance.now();
    const times = new Map();
    const listener = () => {
      for (const p of client.publications.slice(publicationsBefore)) if (!times.has(p)) times.set(p, performance.now() - t0);
    };
    // A text never sent before: the server reads it again, as it does a keystroke (toggling between two texts alone
    // would find both readings kept, as after an undo).
    await client.change(uri, `${i % 2 === 0 ? edited : text}${' '.repeat(i + 1)}`, version);
    // The check runs at every message from the server: the arrival time of each publication.
    await client.waitFor(() => (listener(), client.statuses.length > statusesBefore), LONG);
    passes.push(performance.now() - t0);
    const published = client.publications.slice(publicationsBefore);
    const mine = published.find((p) => p.uri === uri && p.version === version);
    if (mine) own.push(times.get(mine));
    const theirs = published.filter((p) => p.uri !== uri);
    if (theirs.length > 0) others.push(Math.max(...theirs.map((p) => times.get(p))));
  }
  await client.close(uri);
  return {
    edits: EDITS,
    keystrokeOwn: stats(own),
    // The first ten after the folder is loaded: the server's own thread has not run the reading and the checks before.
    keystrokeFirstTen: stats(own.slice(0, 10)),
    // `--series`: every keystroke's time to its own diagnostics, in order.
    ...(SERIES ? { keystrokeOwnSeries: own.map((t) => Math.round(t)) } : {}),
    keystrokeOthers: stats(others),
    keystrokePass: stats(passes),
    editedFinding: target.range ? `${target.own} → ${target.theirs}` : 'a missing name appended',
  };
}

/** Hover, definition and references at places spread over the article's words. */
async function requests(client, target) {
  const lines = target.text.split('\n');
  const places = [];
  lines.forEach((line, n) => {
    for (const m of line.matchAll(/\b\p{L}{3,}/gu)) places.push({ line: n, character: m.index + 1 });
  });
  const chosen = Array.from({ length: Math.min(REQUESTS, places.length) }, (_, k) => places[Math.floor((k * places.length) / Math.min(REQUESTS, places.length))]);
  const timed = async (method, params) => {
    const t0 = performance.now();
    await client.connection.sendRequest(method, params);
    return performance.now() - t0;
  };
  const hover = [];
  const definition = [];
  const references = [];
  for (const position of chosen) {
    const textDocument = { uri: target.uri };
    hover.push(await timed('textDocument/hover', { textDocument, position }));
    definition.push(await timed('textDocument/definition', { textDocument, position }));
    references.push(await timed('textDocument/references', { textDocument, position, context: { includeDeclaration: true } }));
  }
  return { hover: stats(hover), definition: stats(definition), references: stats(references) };
}

/** Waits until nothing has been published for a moment: the previous pass is over. */
async function settle(client) {
  let count = -1;
  while (count !== client.publications.length) {
    count = client.publications.length;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

function stats(values) {
  if (values.length === 0) return { n: 0 };
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)];
  return { n: values.length, p50: at(0.5), p95: at(0.95), max: sorted.at(-1) };
}

/** The server's start steps so far (CROSSCHECK_TRACE_START lines on its stderr): "ms where: step". */
function traceOf(client) {
  return client.stderr
    .split('\n')
    .filter((line) => line.startsWith('crosscheck-start '))
    .map((line) => line.slice('crosscheck-start '.length));
}

/** Median and range of a few runs, in ms. */
function spread(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  const median = sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  return { n: sorted.length, median: Math.round(median), min: Math.round(sorted[0]), max: Math.round(sorted.at(-1)) };
}

function slice(text, range) {
  const lines = text.split('\n');
  if (range.start.line !== range.end.line) return undefined;
  return lines[range.start.line]?.slice(range.start.character, range.end.character);
}

function replaceRange(text, range, replacement) {
  const lines = text.split('\n');
  const line = lines[range.start.line];
  lines[range.start.line] = line.slice(0, range.start.character) + replacement + line.slice(range.end.character);
  return lines.join('\n');
}

/** The server process' peak resident set (Linux: VmHWM), its reader threads included. */
function peakRssMB(client) {
  try {
    const status = fs.readFileSync(`/proc/${client.child.pid}/status`, 'utf8');
    const kb = Number(status.match(/VmHWM:\s+(\d+)/)?.[1]);
    return Number.isFinite(kb) ? kb / 1024 : undefined;
  } catch {
    return undefined;
  }
}
