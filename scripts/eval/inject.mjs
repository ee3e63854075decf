// Injected changes: change one statement in one outlet's copy of a real article, leave the other outlets as they
// were, and see whether Crosscheck links the changed statement back to the same statement in another outlet.
//
//   npm run eval -- inject                          both ../shared/corpus/clusters and ../shared/corpus/fresh
//   npm run eval -- inject /path/to/clusters        one folder of cluster folders
//   options: --seed=N (default 1), --per-kind=N trials per kind and cluster (default 2), --jobs=N (default 2)
//
// Kinds of change:
//   value     a number (digits or a number word) that another outlet writes with the same value in the same
//             context (two or more shared content words within six words), changed to a value that no rounding
//             reconciles (n ≤ 10: n + 3; else × 1.5; number words stay words, digits keep their format);
//   weekday   a weekday that another outlet writes in the same context, moved three days on;
//   name      one occurrence of a name (a capitalised word of 5+ letters that another outlet also writes, not
//             sentence-initial, never written in lower case or after "the") respelled by one vowel;
//   quotation one word of a quotation (8+ words) that another outlet quotes with six or more words in a row the
//             same, replaced by a content word from elsewhere in the article.
// The sites in the other outlets are found by this script alone (string matching), not by Crosscheck. A trial
// counts as linked when, after the change, a finding connects the changed span with one of the matching sites
// in another outlet (the finding on one, a related span on the other, in either direction). Sites that a
// finding already connects before the change are not used. Every trial is written to .eval/inject.json.
import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

const STOP = new Set(
  'a an the and or but of in on at to for from by with as is was were are be been being has have had it its this that these those he she they we you i his her their our your them him who whom which what when where why how not no said says say told than then there here after before about over under into out up down also more most some any all one two three four five six seven eight nine ten would could will can may might should just only very so if because while during since'.split(
    ' ',
  ),
);
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const NUMBER_WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty'];
const MONTHS = /^(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?$/i;
export const KINDS = ['value', 'weekday', 'name', 'quotation'];

export default async function inject({ root, corpus, outDir }) {
  const args = process.argv.slice(2);
  const option = (name, fallback) => Number(args.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? fallback);
  const seed = option('seed', 1);
  const perKind = option('per-kind', 2);
  const jobs = option('jobs', 2);
  const given = args.filter((a) => !a.startsWith('-') && existsSync(a) && statSync(a).isDirectory()).map((a) => resolve(a));
  const sets = given.length > 0 ? given : ['clusters', 'fresh'].map((s) => join(corpus, s)).filter((d) => existsSync(d));
  const scratch = join(outDir, 'work', 'inject');
  rmSync(scratch, { recursive: true, force: true });
  mkdirSync(scratch, { recursive: true });

  const table = [['set', 'kind', 'trials', 'linked', 'rate']];
  const results = { seed, perKind, sets: {} };
  let trialNo = 0;
  for (const set of sets) {
    const clusters = readdirSync(set).filter((n) => statSync(join(set, n)).isDirectory()).sort();
    const trials = [];
    for (const cluster of clusters) {
      const dir = join(set, cluster);
      const files = readdirSync(dir).filter((f) => /\.(txt|md)$/.test(f)).sort();
      if (files.length < 2) continue;
      const texts = new Map(files.map((f) => [f, readFileSync(join(dir, f), 'utf8')]));
      const before = await check(root, dir);
      const rng = random(hashString(`${seed}|${cluster}`));
      for (const kind of KINDS) {
        const candidates = shuffle(sitesOf(kind, texts), rng).filter((c) => !linkedBefore(before, c, texts, kind));
        for (const candidate of candidates.slice(0, perKind)) trials.push({ cluster, dir, files, texts, ...candidate, kind });
      }
    }
    const outcomes = await pool(trials, jobs, async (trial) => {
      const folder = join(scratch, `t${++trialNo}`);
      cpSync(trial.dir, folder, { recursive: true });
      const text = trial.texts.get(trial.file);
      const changed = text.slice(0, trial.start) + trial.replacement + text.slice(trial.end);
      writeFileSync(join(folder, trial.file), changed);
      const findings = await check(root, folder);
      rmSync(folder, { recursive: true, force: true });
      const span = { file: trial.file, start: trial.start, end: trial.start + trial.replacement.length, originalEnd: trial.end };
      const finding = findings.find((f) => connects(f, span, trial.matches, trial.texts, trial.kind));
      return {
        cluster: trial.cluster,
        file: trial.file,
        kind: trial.kind,
        original: text.slice(trial.start, trial.end),
        replacement: trial.replacement,
        context: oneLine(changed.slice(Math.max(0, trial.start - 60), trial.start + trial.replacement.length + 60)),
        others: trial.matches.map((m) => m.file),
        linked: !!finding,
        code: finding?.code ?? null,
      };
    });
    const name = set.split('/').pop();
    results.sets[name] = { trials: outcomes };
    for (const kind of [...KINDS, 'all']) {
      const of = outcomes.filter((o) => kind === 'all' || o.kind === kind);
      const linked = of.filter((o) => o.linked).length;
      table.push([name, kind, of.length, linked, of.length ? `${((100 * linked) / of.length).toFixed(1)} %` : '–']);
      results.sets[name][kind] = { trials: of.length, linked, rate: of.length ? linked / of.length : 0 };
    }
  }
  rmSync(scratch, { recursive: true, force: true });
  const goals = Object.entries(results.sets).map(([name, r]) => ({ measure: `injected changes linked (${name})`, value: r.all.rate, goal: '≥ 0.70', met: r.all.rate >= 0.7 }));
  return { title: `Injected changes linked back to the other outlets (seed ${seed}, ${perKind} per kind and cluster)`, table, goals, results };
}

/** Candidate change sites of one kind: { file, start, end, replacement, matches: [{ file, start, end }] }. */
export function sitesOf(kind, texts) {
  const out = [];
  for (const [file, text] of texts) {
    const others = [...texts].filter(([f]) => f !== file);
    const sites = kind === 'value' ? valueSites(text) : kind === 'weekday' ? weekdaySites(text) : kind === 'name' ? nameSites(text) : quotationSites(text);
    for (const site of sites) {
      const matches = [];
      for (const [otherFile, otherText] of others) {
        const match = site.matchIn(otherText);
        if (match) matches.push({ file: otherFile, ...match });
      }
      if (matches.length === 0) continue;
      const replacement = site.replacement(text);
      if (replacement === undefined || replacement === text.slice(site.start, site.end)) continue;
      out.push({ file, start: site.start, end: site.end, replacement, matches });
    }
  }
  return out.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.start - b.start));
}

// ---- values -------------------------------------------------------------------------------------------------

const NUMBER = /(?<![\w.,:/-])(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?|zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty)(?![\w:/]|[.,]\d)/gi;

function valueOf(written) {
  const word = NUMBER_WORDS.indexOf(written.toLowerCase());
  return word >= 0 ? word : Number(written.replace(/,/g, ''));
}

function valueSites(text) {
  const sites = [];
  for (const m of text.matchAll(NUMBER)) {
    const written = m[0];
    const value = valueOf(written);
    if (!Number.isFinite(value)) continue;
    const start = m.index;
    const end = start + written.length;
    if (isDatePart(text, start, end, value) || /^(one|One)$/.test(written)) continue;
    const context = contextWords(text, start, end);
    if (context.size < 2) continue;
    sites.push({
      start,
      end,
      matchIn: (other) => {
        let best;
        for (const o of other.matchAll(NUMBER)) {
          if (valueOf(o[0]) !== value || isDatePart(other, o.index, o.index + o[0].length, value)) continue;
          const shared = overlap(context, contextWords(other, o.index, o.index + o[0].length));
          if (shared >= 2 && (!best || shared > best.shared)) best = { start: o.index, end: o.index + o[0].length, shared };
        }
        return best && { start: best.start, end: best.end };
      },
      replacement: () => formatLike(written, changedValue(value, written)),
    });
  }
  return sites;
}

function isDatePart(text, start, end, value) {
  const before = text.slice(Math.max(0, start - 12), start);
  const after = text.slice(end, end + 12);
  if (value >= 1900 && value <= 2099 && !/,/.test(text.slice(start, end))) return true;
  const previousWord = /([A-Za-z.]+)\s*$/.exec(before)?.[1] ?? '';
  const nextWord = /^\s*([A-Za-z.]+)/.exec(after)?.[1] ?? '';
  if (MONTHS.test(previousWord) || MONTHS.test(nextWord)) return true;
  if (/^\s*(?:a\.?m\.?|p\.?m\.?|gmt|utc|st|nd|rd|th)\b/i.test(after) || /[:/]\s*$/.test(before)) return true;
  return false;
}

function changedValue(value, written) {
  if (Number.isInteger(value) && value <= 10) return value + 3;
  const decimals = (written.split('.')[1] ?? '').length;
  const next = Number((value * 1.5).toFixed(decimals));
  return next === value ? value + 1 : next;
}

function formatLike(written, value) {
  if (/^[a-z]+$/i.test(written)) {
    const word = NUMBER_WORDS[value] ?? String(value);
    return written[0] === written[0].toUpperCase() ? word[0].toUpperCase() + word.slice(1) : word;
  }
  const decimals = (written.split('.')[1] ?? '').length;
  const plain = value.toFixed(decimals);
  return written.includes(',') ? Number(plain).toLocaleString('en-US', { minimumFractionDigits: decimals, maximumFractionDigits: decimals }) : plain;
}

// ---- weekdays -----------------------------------------------------------------------------------------------

function weekdaySites(text) {
  const sites = [];
  for (const m of text.matchAll(/\b(Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)\b/g)) {
    const start = m.index;
    const end = start + m[0].length;
    const context = contextWords(text, start, end);
    sites.push({
      start,
      end,
      matchIn: (other) => {
        for (const o of other.matchAll(new RegExp(`\\b${m[0]}\\b`, 'g'))) {
          if (overlap(context, contextWords(other, o.index, o.index + m[0].length)) >= 1) return { start: o.index, end: o.index + m[0].length };
        }
        return undefined;
      },
      replacement: () => WEEKDAYS[(WEEKDAYS.indexOf(m[0]) + 3) % 7],
    });
  }
  return sites;
}

// ---- names --------------------------------------------------------------------------------------------------

function nameSites(text) {
  const sites = [];
  const seen = new Set();
  for (const m of text.matchAll(/(?<=[a-z,;]\s|[a-z]\s[A-Z][a-z]+\s)([A-Z][a-z]{4,})(?![a-z'’-])/g)) {
    const word = m[1];
    if (seen.has(word) || WEEKDAYS.includes(word) || MONTHS.test(word)) continue;
    // A name, not a capitalised common word: the text never writes it in lower case, nor after "the" (the Senate,
    // the United States, the northern Indonesian province), as people's names are not written.
    if (new RegExp(`\\b${word.toLowerCase()}\\b`).test(text) || new RegExp(`\\bthe\\s+(?:[A-Za-z-]+\\s+)?${word}\\b`, 'i').test(text)) continue;
    seen.add(word);
    const start = m.index;
    sites.push({
      start,
      end: start + word.length,
      matchIn: (other) => {
        const o = new RegExp(`\\b${word}\\b`).exec(other);
        return o ? { start: o.index, end: o.index + word.length } : undefined;
      },
      replacement: () => respell(word),
    });
  }
  return sites;
}

function respell(word) {
  const swap = { a: 'e', e: 'i', i: 'e', o: 'a', u: 'o', y: 'i' };
  for (let i = word.length - 2; i >= 1; i--) {
    const c = word[i];
    if (swap[c]) return word.slice(0, i) + swap[c] + word.slice(i + 1);
  }
  return undefined;
}

// ---- quotations ---------------------------------------------------------------------------------------------

function quotationSites(text) {
  const sites = [];
  for (const m of text.matchAll(/[“"]([^“”"\n]{30,}?)[”"]/g)) {
    const inner = m[1];
    const words = [...inner.matchAll(/[A-Za-z][A-Za-z'’-]*/g)];
    if (words.length < 8) continue;
    const innerStart = m.index + 1;
    const shingles = new Set();
    for (let i = 0; i + 6 <= words.length; i++) shingles.add(words.slice(i, i + 6).map((w) => w[0].toLowerCase()).join(' '));
    // The word to change: a content word of four or more letters, not the first or last word of the quotation.
    const target = words.slice(1, -1).find((w) => w[0].length >= 4 && !STOP.has(w[0].toLowerCase()));
    if (!target) continue;
    const start = innerStart + target.index;
    sites.push({
      start,
      end: start + target[0].length,
      matchIn: (other) => {
        for (const o of other.matchAll(/[“"]([^“”"\n]{30,}?)[”"]/g)) {
          const ow = [...o[1].matchAll(/[A-Za-z][A-Za-z'’-]*/g)].map((w) => w[0].toLowerCase());
          for (let i = 0; i + 6 <= ow.length; i++) {
            if (shingles.has(ow.slice(i, i + 6).join(' '))) return { start: o.index, end: o.index + o[0].length };
          }
        }
        return undefined;
      },
      replacement: (whole) => {
        const pool = [...whole.slice(0, m.index).matchAll(/\b[a-z]{5,}\b/g)].map((w) => w[0]).filter((w) => !STOP.has(w) && w !== target[0].toLowerCase() && !inner.toLowerCase().includes(w));
        return pool.length ? pool[hashString(target[0]) % pool.length] : undefined;
      },
    });
  }
  return sites;
}

// ---- linking ------------------------------------------------------------------------------------------------

function contextWords(text, start, end) {
  const before = text.slice(Math.max(0, start - 80), start).split(/[^A-Za-z]+/).filter(Boolean).slice(-6);
  const after = text.slice(end, end + 80).split(/[^A-Za-z]+/).filter(Boolean).slice(0, 6);
  return new Set([...before, ...after].map((w) => w.toLowerCase().replace(/(?:es|s)$/, '')).filter((w) => w.length > 2 && !STOP.has(w)));
}

function overlap(a, b) {
  let n = 0;
  for (const w of a) if (b.has(w)) n++;
  return n;
}

const base = (file) => file.split(/[\\/]/).pop();
const touches = (file, start, end, span) => base(file) === span.file && start < Math.max(span.end, span.start + 1) && span.start < Math.max(end, start + 1);

/**
 * A finding on one side whose related information reaches the other side: the finding on the changed span and a
 * related span in a matching outlet's file, or the other way round. The span in the matching outlet touches that
 * outlet's matching site or, for a value in a quantity finding, states the same value there (`statesValue`): it may name the
 * outlet's other mention of it ("two weeks" written twice) or "a dozen" where the site says "12". `texts` (the
 * unchanged files) and `kind` let a value be read there; without them only the matching site counts.
 */
export function connects(finding, span, matches, texts, kind) {
  const related = finding.related ?? [];
  const original = kind === 'value' && finding.code === 'quantity-conflict' && texts?.get(span.file) !== undefined ? valueOf(texts.get(span.file).slice(span.start, span.originalEnd ?? span.end)) : NaN;
  const atMatch = (s) => matches.some((m) => base(s.file) === m.file && (touches(s.file, s.start, s.end, m) || (Number.isFinite(original) && statesValue(texts.get(m.file), s.start, s.end, original))));
  if (touches(finding.file, finding.start, finding.end, span)) return related.some(atMatch);
  if (atMatch(finding)) return related.some((r) => touches(r.file, r.start, r.end, span));
  return false;
}

/**
 * Whether a span of an outlet's text is a statement of `value`: its first number (digits or a number word, not a date's
 * part) is that value, or it says "a dozen" for 12.
 */
function statesValue(text, start, end, value) {
  if (text === undefined) return false;
  const written = text.slice(start, end);
  if (value === 12 && /^\W*(?:[a-z]+\s+)?(?:a|one)\s+dozen\b/i.test(written)) return true;
  const first = [...written.matchAll(NUMBER)].find((m) => !isDatePart(text, start + m.index, start + m.index + m[0].length, valueOf(m[0])));
  return first !== undefined && valueOf(first[0]) === value;
}

export function linkedBefore(findings, candidate, texts, kind) {
  return findings.some((f) => connects(f, { ...candidate, originalEnd: candidate.end }, candidate.matches, texts, kind));
}

async function check(root, dir) {
  try {
    const { stdout } = await run(process.execPath, [join(root, 'server', 'out', 'cli.js'), 'check', dir, '--format', 'json', '--include-reviewed'], { maxBuffer: 256 << 20 });
    return JSON.parse(stdout).findings ?? [];
  } catch (e) {
    // Exit status 1 means "findings reported": the JSON is still on stdout.
    if (e.code !== 1 || !e.stdout) throw e;
    return JSON.parse(e.stdout).findings ?? [];
  }
}

async function pool(items, jobs, work) {
  const out = new Array(items.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.max(1, jobs) }, async () => {
      while (next < items.length) {
        const i = next++;
        out[i] = await work(items[i]);
      }
    }),
  );
  return out;
}

function oneLine(s) {
  return s.replace(/\s+/g, ' ');
}

export function hashString(s) {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  return h >>> 0;
}

/** mulberry32: a small seeded generator, so that a seed gives the same trials on every machine. */
export function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function shuffle(list, rng) {
  const out = [...list];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}
