// PolNeAR as the external scorer (../shared/scorers/score-quotes.mjs) reads it, and the attribution model's
// training data built from it. Gold: per article the first annotator's file; attributions whose Content holds a
// direct quotation and whose Source holds a capitalised word. A project quotation answers a gold attribution
// when it is the first to overlap its Content; its speaker is right when its span overlaps the gold Source or
// its name shares a capitalised word of four letters or more with it. Offsets are compared as the scorer
// compares them (brat's against the export's).
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';

/** file name → gold attributions [{ content, source }], the scorer's selection. */
export function readGold(split) {
  const anns = readdirSync(join(split, 'attributions')).filter((f) => f.endsWith('.ann')).sort();
  const seen = new Set();
  const gold = new Map();
  for (const a of anns) {
    const base = a.replace(/_[0-9a-f]{4}\.ann$/, '');
    if (seen.has(base)) continue;
    seen.add(base);
    const T = {};
    const E = [];
    for (const l of readFileSync(join(split, 'attributions', a), 'utf8').split('\n')) {
      const m = /^(T\d+)\t(\w+) (\d+) (\d+)(?:;\d+ \d+)*\t(.*)$/.exec(l);
      if (m) T[m[1]] = { type: m[2], start: +m[3], end: +m[4], text: m[5] };
      const e = /^E\d+\t(.*)$/.exec(l);
      if (e) E.push(Object.fromEntries(e[1].split(' ').map((x) => x.split(':'))));
    }
    const items = [];
    for (const e of E) {
      const content = T[e.Content];
      const source = T[e.Source];
      if (!content || !source) continue;
      if (!/[“"][^”"]{3,}[”"]/.test(content.text) && !/^[“"]/.test(content.text)) continue;
      if (!/\b[A-Z][a-z]/.test(source.text)) continue;
      items.push({ content, source });
    }
    gold.set(`${base}.txt`, items);
  }
  return gold;
}

const capitalised = (s) => new Set(s.match(/\b[A-Z][a-zA-Z]{3,}\b/g) ?? []);
const overlaps = (a, b) => a.start < b.end && b.start < a.end;

/** Whether a speaker (span, name) is right for a gold Source, as the scorer decides. */
export function rightSpeaker(speaker, name, source) {
  if (!speaker) return false;
  if (overlaps(speaker, source)) return true;
  const words = capitalised(source.text);
  return [...capitalised(name ?? '')].some((w) => words.has(w));
}

/**
 * One group per gold attribution: the candidates of the quotation answering it, each with its features and
 * whether it would be right. `quotation: false` when no quotation answers it (it counts as wrong).
 */
export function buildGroups(root, split, files) {
  const require = createRequire(import.meta.url);
  const out = (p) => require(join(root, 'server', 'out', 'analysis', ...p.split('/')));
  const { readArticle } = out('read/readArticle');
  const { tokenize } = out('read/tokens');
  const { quotationCandidates } = out('read/speakers/index');
  const { defaultConfig } = out('config');
  const tolerances = defaultConfig().tolerances;
  const gold = readGold(split);
  const groups = [];
  for (const file of files ?? [...gold.keys()]) {
    const items = gold.get(file) ?? [];
    if (items.length === 0) continue;
    const text = readFileSync(join(split, 'text', file), 'utf8');
    const reading = readArticle(text, { uri: file, version: 1, source: file, tolerances });
    const ctx = { text, paragraphs: reading.paragraphs, sentences: reading.sentences, sentenceTokens: reading.sentences.map((s) => tokenize(text, s.start, s.end)), mentions: reading.mentions };
    const lists = quotationCandidates(ctx, reading.quotations);
    for (const item of items) {
      const qi = reading.quotations.findIndex((q) => q.start < item.content.end && q.end > item.content.start);
      if (qi < 0) {
        groups.push({ file, quotation: false, candidates: [] });
        continue;
      }
      const candidates = lists[qi].map((c) => {
        const name = c.mention !== null ? reading.mentions[c.mention].text : text.slice(c.start, c.end);
        return { features: c.features, right: rightSpeaker(c, name, item.source), text: text.slice(c.start, c.end), name };
      });
      groups.push({ file, quotation: true, source: item.source.text, candidates });
    }
  }
  return groups;
}
