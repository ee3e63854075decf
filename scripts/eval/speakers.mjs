// Quotation speakers on PolNeAR, measured as the external scorer measures them (../shared/scorers/score-quotes.mjs,
// reimplemented in scripts/speakers/polnear.mjs): the split's text folder read through `crosscheck export`;
// gold attributions whose Content holds a direct quotation and whose Source holds a capitalised word, one
// annotator per article (the first by name); right when the first quotation overlapping the Content has a
// speaker whose span overlaps the Source or whose entity's name shares a capitalised word of four letters or
// more with it. Gold attributions with no quotation found count as wrong.
// Beside it, on the train split, the attribution model's 5-fold cross-validation accuracy (folds of whole
// articles, the same criterion on the model's candidates) and the rules' accuracy: the figures the model is
// tuned by. POLNEAR_SPLIT=train scores the train split instead of dev; the held-out test split is refused.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { exportFolder } from './_reading.mjs';
import { buildGroups, readGold, rightSpeaker } from '../speakers/polnear.mjs';
import { crossValidate } from '../speakers/logit.mjs';

const overlaps = (a, b) => a.start < b.end && b.start < a.end;

export default async function speakers({ root, corpus }) {
  const split = process.env.POLNEAR_SPLIT ?? 'dev';
  if (split !== 'dev' && split !== 'train') throw new Error(`POLNEAR_SPLIT must be dev or train (test is held out), not ${split}`);
  const base = join(corpus, 'quote_attribution', `polnear_${split}`);
  const gold = readGold(base);
  const exported = exportFolder(root, join(base, 'text'));
  let total = 0;
  let found = 0;
  let withSpeaker = 0;
  let right = 0;
  let pronounSources = 0;
  let pronounRight = 0;
  const errors = [];
  for (const [file, items] of gold) {
    const doc = exported.byFile.get(file);
    for (const item of items) {
      total++;
      const pronoun = /^(?:He|She|They|It|We)$/.test(item.source.text);
      if (pronoun) pronounSources++;
      const quotation = (doc?.quotations ?? []).find((q) => overlaps(q, item.content));
      if (quotation) found++;
      const speaker = quotation?.speaker ?? null;
      if (speaker) withSpeaker++;
      const name = speaker?.entity ? exported.entityById.get(speaker.entity)?.name : undefined;
      if (rightSpeaker(speaker, name, item.source)) {
        right++;
        if (pronoun) pronounRight++;
      } else if (errors.length < 600)
        errors.push({ file, kind: !quotation ? 'no quotation' : !speaker ? 'no speaker' : 'wrong speaker', gold: item.source.text, predicted: speaker ? `${speaker.text}${name ? ` [${name}]` : ''}` : null, content: item.content.text.slice(0, 120) });
    }
  }
  const accuracy = total ? right / total : 0;
  // The model's cross-validation on train: what its features and options were chosen by.
  const groups = buildGroups(root, join(corpus, 'quote_attribution', 'polnear_train'));
  const rules = groups.filter((g) => g.candidates.find((c) => c.features.includes('rule'))?.right).length / groups.length;
  const model = JSON.parse(readFileSync(join(root, 'server', 'src', 'analysis', 'data', 'speakerModel.json'), 'utf8'));
  const cv = crossValidate(groups, model.options ?? {});
  return {
    title: `Quotation speakers: PolNeAR ${split}, the external scorer's method (${gold.size} articles), and train cross-validation`,
    table: [
      ['measure', 'count', 'of', 'share'],
      [`${split}: quotations found (named direct quotations)`, found, total, total ? found / total : 0],
      [`${split}: quotation has a speaker`, withSpeaker, total, total ? withSpeaker / total : 0],
      [`${split}: speaker right (external scorer's figure)`, right, total, accuracy],
      [`${split}: of which the Source is a pronoun ("He said")`, pronounRight, pronounSources, pronounSources ? pronounRight / pronounSources : 0],
      ['train: rules alone', Math.round(rules * groups.length), groups.length, rules],
      ['train: model, 5-fold cross-validation', Math.round(cv.accuracy * groups.length), groups.length, cv.accuracy],
    ],
    results: { split, total, found, withSpeaker, right, accuracy, pronounSources, pronounRight, train: { quotations: groups.length, rules, cv }, errors },
    goals: [
      { measure: `speaker accuracy, ${split} (external scorer's method)`, value: accuracy, goal: '≥ 0.85', met: accuracy >= 0.85 },
      { measure: 'speaker accuracy, train 5-fold CV', value: cv.accuracy, goal: '≥ 0.85', met: cv.accuracy >= 0.85 },
    ],
  };
}
