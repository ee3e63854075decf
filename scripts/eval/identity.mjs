// Cross-document identity on ECB+: the 10 topics of clusters/ecbplus_*, gold read as the external scorer reads it
// (../shared/scorers/score-identity.mjs): HUMAN_PART_* and LOC_* markables in CROSS_DOC_COREF chains whose note
// starts HUM or LOC, aligned token by token onto the cluster's .txt files (sentence 0, the URL, is not there); a
// mention is "named" when it holds a capital followed by a lower-case letter. Each cluster folder is read through
// `crosscheck export`; a gold mention takes the entity of the exported mention (name, description or pronoun)
// overlapping it most, none making it a singleton. Scored, per topic and pooled:
//   pairwise — over pairs of named mentions in different articles (the external scorer's figure);
//   MUC, B³, CEAF-e and CoNLL F1 (their mean) — over all named gold mentions, within and across articles;
//   the same over all gold mentions (pronouns and nominals too), for reference.
// docs/identity.md says how to reproduce the figures.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { exportFolder } from './_reading.mjs';
import { corefScores, pairwise } from './_coref.mjs';

const unescape = (s) => s.replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

/** The gold mentions of one article: { start, end, chain, named, text }. */
export function goldMentions(xml, text) {
  const token = {};
  let cursor = 0;
  for (const m of xml.matchAll(/<token t_id="(\d+)" sentence="(\d+)"[^>]*>([^<]*)<\/token>/g)) {
    if (m[2] === '0') continue;
    const t = unescape(m[3]);
    const at = text.indexOf(t, cursor);
    if (at >= 0 && at - cursor < 40) {
      token[m[1]] = [at, at + t.length];
      cursor = at + t.length;
    }
  }
  const marks = {};
  for (const m of xml.matchAll(/<(HUMAN_PART_\w+|LOC_\w+) m_id="(\d+)"\s*>([\s\S]*?)<\/\1>/g)) {
    const ids = [...m[3].matchAll(/t_id="(\d+)"/g)].map((x) => x[1]).filter((t) => token[t]);
    if (ids.length) marks[m[2]] = { start: Math.min(...ids.map((t) => token[t][0])), end: Math.max(...ids.map((t) => token[t][1])) };
  }
  const mentions = [];
  for (const r of xml.matchAll(/<CROSS_DOC_COREF r_id="\d+" note="([^"]+)"\s*>([\s\S]*?)<\/CROSS_DOC_COREF>/g)) {
    if (!/^(HUM|LOC)/.test(r[1])) continue;
    for (const s of r[2].matchAll(/<source m_id="(\d+)"/g)) {
      const mark = marks[s[1]];
      if (!mark) continue;
      const mentionText = text.slice(mark.start, mark.end);
      mentions.push({ ...mark, chain: r[1], text: mentionText, named: /[A-Z][a-z]/.test(mentionText) });
    }
  }
  return mentions;
}

export default async function identity({ root, corpus }) {
  const clustersDir = join(corpus, 'clusters');
  const all = [];
  const topics = [];
  for (const cluster of readdirSync(clustersDir).filter((c) => c.startsWith('ecbplus_')).sort()) {
    const meta = JSON.parse(readFileSync(join(clustersDir, cluster, 'meta.json'), 'utf8'));
    const exported = exportFolder(root, join(clustersDir, cluster));
    const mentions = [];
    for (const article of meta.articles) {
      const text = readFileSync(join(clustersDir, cluster, article.file), 'utf8');
      const xml = readFileSync(join(corpus, 'ecbplus_xml', article.ecb_file.replace(/^ECB\+\//, '')), 'utf8');
      const predicted = exported.byFile.get(article.file)?.entities ?? [];
      for (const g of goldMentions(xml, text)) {
        let best = null;
        let bestOverlap = 0;
        for (const e of predicted) {
          const overlap = Math.min(e.end, g.end) - Math.max(e.start, g.start);
          if (overlap > bestOverlap) {
            bestOverlap = overlap;
            best = e;
          }
        }
        mentions.push({ cluster, file: article.file, text: g.text, named: g.named, gold: `${cluster}/${g.chain}`, predicted: best ? `${cluster}/${best.entity}` : null, found: best?.text ?? null });
      }
    }
    const named = mentions.filter((m) => m.named);
    topics.push({ cluster, named: named.length, pairwise: pairwise(named, (a, b) => a.file !== b.file), ...corefScores(named) });
    all.push(...mentions);
  }
  const named = all.filter((m) => m.named);
  const crossDocument = (a, b) => a.file !== b.file && a.cluster === b.cluster;
  const scores = {
    named: { mentions: named.length, matched: named.filter((m) => m.predicted).length, pairwise: pairwise(named, crossDocument), ...corefScores(named) },
    all: { mentions: all.length, matched: all.filter((m) => m.predicted).length, pairwise: pairwise(all, crossDocument), ...corefScores(all) },
  };
  const row = (label, s) => [label, s.mentions, s.matched, s.pairwise.precision, s.pairwise.recall, s.pairwise.f1, s.muc.f1, s.b3.precision, s.b3.recall, s.b3.f1, s.ceafE.f1, s.conllF1];
  return {
    title: 'Cross-document identity: ECB+ (10 topics), gold as the external scorer reads it',
    table: [
      ['mentions', 'gold', 'matched', 'pair P', 'pair R', 'pair F1', 'MUC F1', 'B³ P', 'B³ R', 'B³ F1', 'CEAF-e F1', 'CoNLL F1'],
      row('named (external scorer)', scores.named),
      row('all (pronouns, nominals)', scores.all),
      ...topics.map((t) => [`  ${t.cluster.slice(0, 32)}`, t.named, '', t.pairwise.precision, t.pairwise.recall, t.pairwise.f1, t.muc.f1, t.b3.precision, t.b3.recall, t.b3.f1, t.ceafE.f1, t.conllF1]),
    ],
    results: { scores, topics, mentions: all },
    goals: [
      { measure: 'identity pairwise F1 (named, across articles)', value: scores.named.pairwise.f1, goal: '≥ 0.80', met: scores.named.pairwise.f1 >= 0.8 },
      { measure: 'identity CoNLL F1 (named)', value: scores.named.conllF1, goal: 'reported', met: true },
    ],
  };
}
