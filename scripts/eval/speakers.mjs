// Quotation speakers on PolNeAR dev (brat standoff: Source / Cue / Content spans, character offsets).
// Scored over attributions whose Content holds a direct quotation (a quotation mark inside it):
//   quotation recall — the share with a project quotation overlapping the Content;
//   speaker accuracy — over those whose Source is named (a capitalised word other than a pronoun or
//   article), the share where the quotation overlapping the Content most has a speaker whose span
//   overlaps the gold Source, or whose entity's name or aliases share a name word with the Source.
// One annotator's file per article (the first by name), so doubly annotated articles count once.
// A speaker the project gives as a phrase with no entity ("the New York businessman") counts by span overlap only.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { exportFolder, writeFolder } from './_reading.mjs';

const UNNAMED = new Set(
  'he she i they it we you the a an his her their its our my your who which that this these those one some another other others both many several all most'.split(' '),
);
const QUOTE_MARK = /["“”]/;

/** brat offsets count code points; the export counts UTF-16 units. */
function utf16Offsets(text) {
  const map = [];
  let unit = 0;
  for (const ch of text) {
    map.push(unit);
    unit += ch.length;
  }
  map.push(unit);
  return (cp) => map[Math.min(cp, map.length - 1)];
}

export function readAnn(ann, text) {
  const at = utf16Offsets(text);
  const spans = new Map();
  const events = [];
  for (const line of ann.split('\n')) {
    const [id, body] = line.split('\t');
    if (!body) continue;
    if (id.startsWith('T')) {
      const [label, ...rest] = body.split(' ');
      const ranges = rest.join(' ').split(';').map((r) => r.split(' ').map(Number));
      const start = at(Math.min(...ranges.map((r) => r[0])));
      const end = at(Math.max(...ranges.map((r) => r[1])));
      spans.set(id, { label, start, end, text: text.slice(start, end) });
    } else if (id.startsWith('E')) {
      const roles = Object.fromEntries(body.split(' ').map((kv) => kv.split(':')));
      events.push({ source: spans.get(roles.Source), content: spans.get(roles.Content), cue: spans.get(roles.Cue) });
    }
  }
  return events.filter((e) => e.content);
}

const nameWords = (s) => (s.match(/\p{Lu}[\p{L}'’-]+/gu) ?? []).map((w) => w.toLowerCase()).filter((w) => !UNNAMED.has(w));
const overlaps = (a, b) => a.start < b.end && b.start < a.end;
const overlap = (a, b) => Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));

export default async function speakers({ root, corpus, outDir }) {
  // POLNEAR_SPLIT=train validates a rule on the training split; the held-out test split is refused.
  const split = process.env.POLNEAR_SPLIT ?? 'dev';
  if (split !== 'dev' && split !== 'train') throw new Error(`POLNEAR_SPLIT must be dev or train (test is held out), not ${split}`);
  const base = join(corpus, 'quote_attribution', `polnear_${split}`);
  const texts = readdirSync(join(base, 'text')).filter((f) => f.endsWith('.txt')).sort();
  const anns = readdirSync(join(base, 'attributions')).filter((f) => f.endsWith('.ann')).sort();
  const files = texts.map((name) => ({ name, text: readFileSync(join(base, 'text', name), 'utf8') }));
  const dir = writeFolder(outDir, `speakers-polnear-${split}`, files);
  const exported = exportFolder(root, dir);
  let quoted = 0;
  let found = 0;
  let named = 0;
  let right = 0;
  let withSpeaker = 0;
  const errors = [];
  for (const file of files) {
    const stem = file.name.slice(0, -4);
    const annName = anns.find((a) => a.startsWith(`${stem}_`));
    if (!annName) continue;
    const doc = exported.byFile.get(file.name);
    const quotations = doc?.quotations ?? [];
    for (const event of readAnn(readFileSync(join(base, 'attributions', annName), 'utf8'), file.text)) {
      if (!QUOTE_MARK.test(event.content.text)) continue;
      quoted++;
      const candidates = quotations.filter((q) => overlaps(q, event.content));
      if (candidates.length > 0) found++;
      else if (errors.length < 300) errors.push({ file: file.name, kind: 'missed quotation', content: event.content.text.slice(0, 120) });
      const source = event.source;
      if (!source || nameWords(source.text).length === 0) continue;
      named++;
      const best = candidates.sort((a, b) => overlap(b, event.content) - overlap(a, event.content))[0];
      const speaker = best?.speaker;
      if (speaker) withSpeaker++;
      const entity = speaker?.entity ? exported.entityById.get(speaker.entity) : undefined;
      const sourceWords = new Set(nameWords(source.text));
      const entityWords = entity ? [entity.name, ...entity.aliases].flatMap(nameWords) : nameWords(speaker?.text ?? '');
      const ok = speaker && (overlaps(speaker, source) || entityWords.some((w) => sourceWords.has(w)));
      if (ok) right++;
      else if (errors.length < 600)
        errors.push({ file: file.name, kind: best ? 'wrong speaker' : 'no quotation', gold: source.text, predicted: speaker?.text ?? null, content: event.content.text.slice(0, 120) });
    }
  }
  const recall = quoted ? found / quoted : 0;
  const accuracy = named ? right / named : 0;
  return {
    title: `Quotation speakers: PolNeAR ${split} (${files.length} articles)`,
    table: [
      ['measure', 'count', 'of', 'share'],
      ['quotations found (Content with a direct quotation)', found, quoted, recall],
      ['named Source: quotation has a speaker', withSpeaker, named, named ? withSpeaker / named : 0],
      ['named Source: speaker right', right, named, accuracy],
    ],
    results: { quoted, found, recall, named, withSpeaker, right, accuracy, errors },
    goals: [
      { measure: 'speaker accuracy (named sources)', value: accuracy, goal: '≥ 0.85', met: accuracy >= 0.85 },
      { measure: 'quotation recall', value: recall, goal: '≥ 0.95', met: recall >= 0.95 },
    ],
  };
}
