// Entities on CoNLL-2003 dev: each document becomes a text file (tokens joined by single spaces, one
// sentence a line), read through `crosscheck export`; a predicted span counts when it starts and ends
// exactly at the gold span's token boundaries with the same type. Micro P/R/F1 over PER/ORG/LOC; MISC
// is not scored (a predicted span of type `other` is ignored, and so is one on a gold MISC span).
// Each document is its own folder: a folder is one event's coverage, and CoNLL's documents are
// unrelated (linking "Washington" the city with "Washington" the batter would be the folder's doing).
// The row "external scorer method" reads all 216 documents from one folder, as /work/shared/scorers/score-ner.mjs
// does (the corpus's type of an entity then overrides a mention's type across unrelated documents), and counts any
// PER/ORG/LOC span on a MISC or O span as a false positive: it is the figure that scorer gives.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { exportFolder, prf, writeFolder } from './_reading.mjs';

const TYPE = { PER: 'person', ORG: 'organization', LOC: 'place' };

/** CoNLL-2003 (IOB1) → documents of sentences of { token, tag }. */
export function readConll(path) {
  const docs = [];
  let doc = null;
  let sentence = [];
  const endSentence = () => {
    if (sentence.length) (doc ?? (doc = [], docs.push(doc), doc)).push(sentence);
    sentence = [];
  };
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    const cols = line.trim().split(' ');
    if (cols[0] === '-DOCSTART-') {
      endSentence();
      doc = [];
      docs.push(doc);
    } else if (cols.length < 4) endSentence();
    else sentence.push({ token: cols[0], tag: cols[3] });
  }
  endSentence();
  return docs.filter((d) => d.length > 0);
}

/** Text of a document plus its gold spans as character offsets. */
export function documentText(doc) {
  const lines = [];
  const gold = [];
  let offset = 0;
  for (const sentence of doc) {
    const parts = [];
    let open = null;
    const close = () => {
      if (open) gold.push(open);
      open = null;
    };
    sentence.forEach(({ token, tag }, i) => {
      const start = offset + parts.reduce((s, p) => s + p.length + 1, 0);
      const end = start + token.length;
      const [bio, type] = tag === 'O' ? ['O', null] : tag.split('-');
      if (!type || bio === 'B' || (open && open.label !== type)) close();
      if (type) {
        if (open) open.end = end;
        else open = { start, end, label: type };
      }
      parts.push(token);
      void i;
    });
    close();
    const line = parts.join(' ');
    lines.push(line);
    offset += line.length + 1;
  }
  return { text: lines.join('\n') + '\n', gold };
}

export default async function entities({ root, corpus, outDir }) {
  const docs = readConll(join(corpus, 'conll2003', 'dev.txt'));
  const files = docs.map((doc, i) => ({ name: `${String(i + 1).padStart(3, '0')}.txt`, ...documentText(doc) }));
  const exported = { byFile: new Map() };
  for (const file of files) {
    const one = exportFolder(root, writeFolder(outDir, 'entities-conll-dev', [file]));
    exported.byFile.set(file.name, one.byFile.get(file.name));
  }
  const perType = {};
  for (const label of [...Object.keys(TYPE), 'all']) perType[label] = { tp: 0, predicted: 0, gold: 0 };
  const errors = [];
  for (const file of files) {
    const doc = exported.byFile.get(file.name);
    const gold = new Map(file.gold.map((g) => [`${g.start}:${g.end}`, g.label]));
    const misc = new Set(file.gold.filter((g) => g.label === 'MISC').map((g) => `${g.start}:${g.end}`));
    const seen = new Set();
    for (const g of file.gold) if (TYPE[g.label]) (perType[g.label].gold++, perType.all.gold++);
    for (const m of doc?.entities ?? []) {
      const label = Object.keys(TYPE).find((k) => TYPE[k] === m.type);
      const key = `${m.start}:${m.end}`;
      if (!label || seen.has(key) || misc.has(key)) continue;
      seen.add(key);
      perType[label].predicted++;
      perType.all.predicted++;
      if (gold.get(key) === label) (perType[label].tp++, perType.all.tp++);
      else if (errors.length < 400) errors.push({ file: file.name, text: m.text, predicted: label, gold: gold.get(key) ?? null });
    }
    for (const g of file.gold) {
      if (!TYPE[g.label]) continue;
      const hit = (doc?.entities ?? []).some((m) => m.start === g.start && m.end === g.end && m.type === TYPE[g.label]);
      if (!hit && errors.length < 800) errors.push({ file: file.name, text: file.text.slice(g.start, g.end), predicted: null, gold: g.label });
    }
  }
  const scores = Object.fromEntries(Object.entries(perType).map(([k, c]) => [k, { ...c, ...prf(c.tp, c.predicted, c.gold) }]));
  const table = [['type', 'gold', 'predicted', 'correct', 'precision', 'recall', 'F1']];
  for (const [k, s] of Object.entries(scores)) table.push([k, s.gold, s.predicted, s.tp, s.precision, s.recall, s.f1]);
  // The external scorer's method: one folder, every PER/ORG/LOC prediction counted.
  const oneFolder = exportFolder(root, writeFolder(outDir, 'entities-conll-dev-one-folder', files));
  const label = { person: 'PER', organization: 'ORG', place: 'LOC' };
  const goldKeys = new Set(files.flatMap((f) => f.gold.filter((g) => TYPE[g.label]).map((g) => `${f.name}:${g.start}:${g.end}:${g.label}`)));
  const predKeys = new Set(files.flatMap((f) => (oneFolder.byFile.get(f.name)?.entities ?? []).filter((m) => label[m.type]).map((m) => `${f.name}:${m.start}:${m.end}:${label[m.type]}`)));
  const external = { gold: goldKeys.size, predicted: predKeys.size, tp: [...predKeys].filter((k) => goldKeys.has(k)).length };
  Object.assign(external, prf(external.tp, external.predicted, external.gold));
  scores.external = external;
  table.push(['external scorer method', external.gold, external.predicted, external.tp, external.precision, external.recall, external.f1]);
  return {
    title: `Entities: CoNLL-2003 dev (${files.length} documents, exact spans, PER/ORG/LOC)`,
    table,
    results: { scores, errors },
    goals: [
      { measure: 'entity F1 (micro, PER/ORG/LOC), each document alone', value: scores.all.f1, goal: '≥ 0.88', met: scores.all.f1 >= 0.88 },
      { measure: 'entity F1 by the external scorer method (one folder)', value: external.f1, goal: '≥ 0.88', met: external.f1 >= 0.88 },
    ],
  };
}
