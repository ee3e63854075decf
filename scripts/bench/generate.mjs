// A large folder for the benchmark, generated at bench time and never committed: real texts replicated
// with names, numbers and dates varied, spread over many stories. Each story is a copy of one real event:
// a cluster of clusters/ or fresh/ (several outlets' reports of one event), or now and then a single
// PolNeAR training text. In each copy every name the event writes mid-sentence (a capitalised word after
// a lower-case one, that the lexicon does not know as a title, month or common word) becomes an invented name, the same one in every
// article of the copy; numbers are scaled, years and days shifted, months and weekdays rotated. Each
// story is a folder `story-00042-<event>/`, its articles keep their file names.
//
// Deterministic: the same count and seed give the same folder, and a smaller count gives a prefix of a
// larger one. Test splits are never read.
// Usage: node scripts/bench/generate.mjs <out folder> <articles> [--seed N]
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..', '..');
const shared = path.resolve(process.env.CROSSCHECK_CORPUS ?? path.join(root, '..', 'shared', 'corpus'));
const { lexicon } = require(path.join(root, 'server/out/analysis/data/lexicon.js'));

/** One article in eight is a single PolNeAR text; the others come in stories of several outlets. */
const SINGLE_SHARE = 0.125;

export function generate(out, count, seed = 1) {
  const { clusters, singles } = sourceEvents();
  const random = mulberry32(seed);
  const uses = new Map();
  fs.rmSync(out, { recursive: true, force: true });
  fs.mkdirSync(out, { recursive: true });
  let written = 0;
  let bytes = 0;
  let story = 0;
  while (written < count) {
    const event = random() < SINGLE_SHARE ? singles[Math.floor(random() * singles.length)] : clusters[Math.floor(random() * clusters.length)];
    const copy = (uses.get(event.name) ?? 0) + 1;
    uses.set(event.name, copy);
    const variant = variantOf(event, mulberry32(hash(`${seed}|${event.name}|${copy}`)));
    const dir = path.join(out, `story-${String(story++).padStart(5, '0')}-${event.name.slice(0, 40)}`);
    fs.mkdirSync(dir, { recursive: true });
    for (const article of event.articles) {
      if (written >= count) break;
      const text = variant(article.text);
      fs.writeFileSync(path.join(dir, article.file), text);
      written++;
      bytes += Buffer.byteLength(text);
    }
  }
  return { articles: written, stories: story, bytes };
}

/** The real events: clusters of several outlets, and single texts. */
function sourceEvents() {
  const read = (dir) =>
    fs
      .readdirSync(dir)
      .filter((f) => f.endsWith('.txt'))
      .sort()
      .map((file) => ({ file, text: fs.readFileSync(path.join(dir, file), 'utf8') }));
  const clusters = [];
  for (const set of ['clusters', 'fresh']) {
    const base = path.join(shared, set);
    if (!fs.existsSync(base)) continue;
    for (const name of fs.readdirSync(base).sort()) {
      const dir = path.join(base, name);
      if (!fs.statSync(dir).isDirectory()) continue;
      const articles = read(dir);
      if (articles.length >= 2) clusters.push({ name, articles });
    }
  }
  const polnear = path.join(shared, 'quote_attribution', 'polnear_train', 'text');
  const singles = fs.existsSync(polnear) ? read(polnear).map((article) => ({ name: article.file.replace(/\.txt$/, ''), articles: [article] })) : [];
  if (clusters.length === 0) throw new Error(`no clusters under ${shared}: set CROSSCHECK_CORPUS`);
  return { clusters, singles: singles.length > 0 ? singles : clusters };
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const SYLLABLES = ['ka', 'lo', 'mi', 'ren', 'tor', 'va', 'si', 'den', 'bar', 'mel', 'no', 'quin', 'ra', 'tes', 'ul', 'vek', 'zo', 'an', 'bri', 'cor', 'dal', 'fen', 'gar', 'hol', 'ish', 'jan', 'kor', 'lin', 'mor', 'nes', 'ost', 'pel'];

/** The rewriting of one copy of an event: the same names, shifts and scale in every article of it. */
function variantOf(event, random) {
  const lex = lexicon();
  const known = (word) => {
    const w = word.toLowerCase();
    return lex.titles.has(w) || lex.orgWords.has(w) || lex.placeWords.has(w) || lex.commonCapitalized.has(w) || lex.dateWords.has(w) || lex.demonyms.has(w);
  };
  // Names: capitalised words written after a lower-case word somewhere in the event (not a title-case headline's).
  const names = new Map();
  for (const { text } of event.articles) {
    for (const m of text.matchAll(/(?<=(?:^|\s)\p{Ll}[\p{L}'’-]*[,;:]? )\p{Lu}\p{Ll}{2,}(?:-\p{Lu}\p{Ll}+)?/gu)) {
      if (!known(m[0]) && !names.has(m[0])) names.set(m[0], inventName(m[0], random));
    }
  }
  const scale = 0.6 + random();
  const yearShift = Math.floor(random() * 16) - 10;
  const dayShift = 1 + Math.floor(random() * 26);
  const monthShift = 1 + Math.floor(random() * 11);
  const weekdayShift = 1 + Math.floor(random() * 6);
  const namePattern = names.size > 0 ? new RegExp(`\\b(?:${[...names.keys()].sort((a, b) => b.length - a.length).map(escape).join('|')})\\b`, 'g') : undefined;
  return (text) =>
    text
      .replace(/\b(?:January|February|March|April|May|June|July|August|September|October|November|December)\b/g, (m) => MONTHS[(MONTHS.indexOf(m) + monthShift) % 12])
      .replace(/\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/g, (m) => WEEKDAYS[(WEEKDAYS.indexOf(m) + weekdayShift) % 7])
      .replace(/\d+(?:[.,]\d+)*/g, (m) => number(m, scale, yearShift, dayShift))
      .replace(namePattern ?? /(?!)/g, (m) => names.get(m));
}

function number(text, scale, yearShift, dayShift) {
  if (/^(19|20)\d\d$/.test(text)) return String(Number(text) + yearShift);
  if (/[.,]/.test(text)) {
    const value = Number(text.replace(/,/g, ''));
    if (!Number.isFinite(value)) return text;
    const decimals = text.includes('.') ? text.split('.').pop().length : 0;
    const scaled = (value * scale).toFixed(decimals);
    return text.includes(',') ? Number(scaled).toLocaleString('en-US', { minimumFractionDigits: decimals, maximumFractionDigits: decimals }) : scaled;
  }
  const value = Number(text);
  if (value >= 1 && value <= 31) return String(((value - 1 + dayShift) % 28) + 1);
  return String(Math.max(1, Math.round(value * scale)));
}

function inventName(word, random) {
  let name = '';
  while (name.length < Math.max(3, word.length - 1)) name += SYLLABLES[Math.floor(random() * SYLLABLES.length)];
  return name[0].toUpperCase() + name.slice(1);
}

const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function hash(text) {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(new URL(import.meta.url).pathname)) {
  const [out, count] = process.argv.slice(2);
  const seedAt = process.argv.indexOf('--seed');
  if (!out || !(Number(count) > 0)) {
    console.error('usage: node scripts/bench/generate.mjs <out folder> <articles> [--seed N]');
    process.exit(2);
  }
  const made = generate(path.resolve(out), Number(count), seedAt > 0 ? Number(process.argv[seedAt + 1]) : 1);
  console.log(JSON.stringify(made));
}
