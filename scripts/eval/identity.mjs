// Cross-document identity on ECB+: the 10 topics of clusters/ecbplus_*. Gold: CROSS_DOC_COREF chains
// over HUMAN_PART_* and LOC_* mentions (ecbplus_xml/<topic>/*.xml), aligned token by token onto the
// cluster's .txt files. Each cluster folder is read through `crosscheck export`; a gold mention takes
// the entity of the exported mention overlapping it most (none: a singleton). Scored with B³ and
// pairwise F1, over all gold mentions and over named ones (holding a capitalised word that is no pronoun or article
// and that no article of the topic writes in lower case, singular or plural: the project links names, not pronouns
// or nominals such as a headline's "Witnesses").
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { exportFolder, prf, writeFolder } from './_reading.mjs';

const UNNAMED = new Set('he she i they it we you the a an his her their its our my your who which that this these those one'.split(' '));
const decode = (s) => s.replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

export function readEcbXml(xml) {
  const tokens = new Map();
  for (const m of xml.matchAll(/<token t_id="(\d+)" sentence="(\d+)" number="\d+">([^<]*)<\/token>/g)) tokens.set(m[1], { sentence: Number(m[2]), text: decode(m[3]) });
  const markables = new Map();
  const markablesPart = xml.slice(xml.indexOf('<Markables>'), xml.indexOf('</Markables>'));
  for (const m of markablesPart.matchAll(/<(\w+) m_id="(\d+)"[^>]*?(\/?)>([\s\S]*?)(?=<\w+ m_id=|$)/g)) {
    const anchors = [...m[4].matchAll(/t_id="(\d+)"/g)].map((a) => a[1]);
    if (anchors.length) markables.set(m[2], { type: m[1], anchors });
  }
  const chains = [];
  for (const m of xml.matchAll(/<CROSS_DOC_COREF [^>]*note="([^"]+)"[^>]*>([\s\S]*?)<\/CROSS_DOC_COREF>/g)) {
    chains.push({ instance: m[1], sources: [...m[2].matchAll(/<source m_id="(\d+)"/g)].map((s) => s[1]) });
  }
  return { tokens, markables, chains };
}

/** Character offsets of each token in the detokenised cluster text (sentence 0, the URL, is not there). */
function alignTokens(tokens, text) {
  const at = new Map();
  let cursor = 0;
  for (const [id, t] of tokens) {
    if (t.sentence === 0) continue;
    const i = text.indexOf(t.text, cursor);
    if (i >= 0 && i - cursor <= 40) {
      at.set(id, { start: i, end: i + t.text.length });
      cursor = i + t.text.length;
    }
  }
  return at;
}

function b3(mentions) {
  let p = 0;
  let r = 0;
  for (const m of mentions) {
    const gold = mentions.filter((o) => o.gold === m.gold);
    const pred = mentions.filter((o) => o === m || (m.predicted !== null && o.predicted === m.predicted));
    const both = gold.filter((o) => pred.includes(o)).length;
    p += both / pred.length;
    r += both / gold.length;
  }
  const n = mentions.length || 1;
  const precision = p / n;
  const recall = r / n;
  return { precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 };
}

function pairwise(mentions) {
  let tp = 0;
  let predicted = 0;
  let gold = 0;
  for (let i = 0; i < mentions.length; i++)
    for (let j = i + 1; j < mentions.length; j++) {
      const a = mentions[i];
      const b = mentions[j];
      const sameGold = a.gold === b.gold;
      const samePred = a.predicted !== null && a.predicted === b.predicted;
      if (sameGold) gold++;
      if (samePred) predicted++;
      if (sameGold && samePred) tp++;
    }
  return prf(tp, predicted, gold);
}

export default async function identity({ root, corpus, outDir }) {
  const clustersDir = join(corpus, 'clusters');
  const all = [];
  for (const cluster of readdirSync(clustersDir).filter((c) => c.startsWith('ecbplus_')).sort()) {
    const meta = JSON.parse(readFileSync(join(clustersDir, cluster, 'meta.json'), 'utf8'));
    const files = meta.articles.map((a) => ({ name: a.file, xml: a.ecb_file.replace(/^ECB\+\//, ''), text: readFileSync(join(clustersDir, cluster, a.file), 'utf8') }));
    const exported = exportFolder(root, writeFolder(outDir, `identity-${cluster}`, files));
    // Headlines capitalise every word: a word any article of the topic also writes in lower case, in the
    // singular or the plural ("Witnesses" / "a witness"), is no name.
    const lowercase = new Set(files.flatMap((f) => f.text.match(/(?<![\p{L}])\p{Ll}[\p{L}'’-]*/gu) ?? []).map((w) => w.replace(/['’]s$/, '')));
    const writtenLower = (word) => [word, word.replace(/e?s$/, ''), word.replace(/ves$/, 'f'), `${word}s`, `${word}es`].some((w) => lowercase.has(w));
    for (const file of files) {
      const { tokens, markables, chains } = readEcbXml(readFileSync(join(corpus, 'ecbplus_xml', file.xml), 'utf8'));
      const at = alignTokens(tokens, file.text);
      const predicted = exported.byFile.get(file.name)?.entities ?? [];
      for (const chain of chains) {
        for (const id of chain.sources) {
          const markable = markables.get(id);
          if (!markable || !/^(HUMAN_PART_|LOC_)/.test(markable.type)) continue;
          const spans = markable.anchors.map((t) => at.get(t)).filter(Boolean);
          if (spans.length === 0) continue;
          const span = { start: Math.min(...spans.map((s) => s.start)), end: Math.max(...spans.map((s) => s.end)) };
          const text = file.text.slice(span.start, span.end);
          const overlap = (m) => Math.max(0, Math.min(m.end, span.end) - Math.max(m.start, span.start));
          // A possessor inside the phrase modifies it ("Indonesia's Aceh province" is Aceh): it is taken only
          // when the phrase holds no other exported mention.
          const overlapping = predicted.filter((m) => overlap(m) > 0);
          const possessor = (m) => m.end < span.end && /^['’]s\s/.test(file.text.slice(m.end, m.end + 3));
          const heads = overlapping.some((m) => !possessor(m)) ? overlapping.filter((m) => !possessor(m)) : overlapping;
          const best = heads.sort((a, b) => a.start - b.start)[0];
          const named = (text.match(/\p{Lu}[\p{L}'’.-]*/gu) ?? []).some((w) => {
            const word = w.toLowerCase().replace(/['’](?:s|d|ll|re|ve)$|\.$/, '');
            return !UNNAMED.has(word) && !writtenLower(word);
          });
          all.push({ cluster, file: file.name, text, gold: `${cluster}/${chain.instance}`, predicted: best ? `${cluster}/${best.entity}` : null, found: best ? file.text.slice(best.start, best.end) : null, named });
        }
      }
    }
  }
  const named = all.filter((m) => m.named);
  const scores = { all: { b3: b3(all), pairwise: pairwise(all) }, named: { b3: b3(named), pairwise: pairwise(named) } };
  const row = (label, set, s) => [label, set.length, new Set(set.map((m) => m.gold)).size, s.b3.precision, s.b3.recall, s.b3.f1, s.pairwise.f1];
  return {
    title: `Cross-document identity: ECB+ (10 topics, HUMAN_PART_* and LOC_* mentions in CROSS_DOC_COREF)`,
    table: [['mentions', 'count', 'gold entities', 'B³ P', 'B³ R', 'B³ F1', 'pairwise F1'], row('named', named, scores.named), row('all (incl. pronouns, nominals)', all, scores.all)],
    results: { scores, mentions: all },
    goals: [{ measure: 'identity B³ F1 (named mentions)', value: scores.named.b3.f1, goal: '≥ 0.80', met: scores.named.b3.f1 >= 0.8 }],
  };
}
