// How far the TextMate grammar (what the editor colours without the server) agrees with the reader
// (what the analysis finds), on the seeds and the real clusters of ../shared/corpus/clusters. The grammar works
// line by line with regular expressions, so it cannot agree everywhere; this measures where it does.
//   quotations — the reader's quotations whose words the grammar colours as a string throughout;
//   strings    — string-coloured characters (blanks aside) that lie in a reader quotation (the rest
//                ran on, or is a quotation the reader does not take, e.g. single quotes in a headline);
//   quantities — the reader's quantities whose value is coloured as a number, hedge or date: every
//                token of the span that holds a digit or a number word ("1,000 adults" needs "1,000",
//                not "adults", the thing counted), and the reader's hedge word when it is in the span;
//   furniture  — characters of the reader's furniture paragraphs coloured as comment, and comment-
//                coloured characters that the reader also takes as furniture or caption.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const NUMBER = /\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundreds?|thousands?|millions?|billions?|dozens?|half|an? (?:hour|minute|day|week|month|year)s?)\b/i;

export default async function ({ root, corpus }) {
  const { tokenize, hasScope } = require(join(root, 'test', 'out', 'helpers', 'grammar.js'));
  const { readArticle, defaultConfig } = require(join(root, 'server', 'out', 'analysis', 'index.js'));
  const clustersDir = join(corpus, 'clusters');
  // The seeds too: the clusters were converted to plain text and have no site furniture.
  const seeds = readdirSync(join(root, 'seeds')).filter((f) => f.endsWith('.txt')).sort().map((f) => join(root, 'seeds', f));
  const clusterFiles = readdirSync(clustersDir)
    .filter((d) => statSync(join(clustersDir, d)).isDirectory())
    .sort()
    .flatMap((d) => readdirSync(join(clustersDir, d)).filter((f) => f.endsWith('.txt')).sort().map((f) => join(clustersDir, d, f)));
  const files = [...seeds, ...clusterFiles];
  const totals = { quotations: 0, quotationsString: 0, stringChars: 0, stringCharsInQuotation: 0, quantities: 0, quantitiesColoured: 0, furnitureChars: 0, furnitureCharsComment: 0, commentChars: 0, commentCharsFurniture: 0 };
  const misses = { quotations: [], strings: [], quantities: [] };
  for (const file of files) {
    const text = readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
    const reading = readArticle(text, { uri: file, version: 0, source: file, tolerances: defaultConfig().tolerances });
    const tokens = await tokenize(text);
    const over = (s, e) => tokens.filter((t) => t.end > s && t.start < e && text.slice(Math.max(s, t.start), Math.min(e, t.end)).trim() !== '');
    for (const q of reading.quotations) {
      totals.quotations++;
      if (over(q.textStart, q.textEnd).every((t) => hasScope(t, 'string.quoted'))) totals.quotationsString++;
      else if (misses.quotations.length < 10) misses.quotations.push(`${file.split('/').slice(-2).join('/')}: ${q.text.slice(0, 70)}`);
    }
    for (const t of tokens) {
      if (hasScope(t, 'string.quoted')) {
        // Characters, not tokens: a string token may end in the blank after a paragraph the reader trims.
        let outside = 0;
        for (let i = t.start; i < t.end; i++) {
          if (/\s/.test(text[i])) continue;
          totals.stringChars++;
          if (reading.quotations.some((q) => i >= q.start && i < q.end)) totals.stringCharsInQuotation++;
          else outside++;
        }
        if (outside > 0 && misses.strings.length < 10) misses.strings.push(`${file.split('/').slice(-2).join('/')}: ${t.text.slice(0, 70)}`);
      }
      if (hasScope(t, 'comment')) {
        totals.commentChars += t.end - t.start;
        if (reading.paragraphs.some((p) => p.kind !== 'body' && p.kind !== 'headline' && p.kind !== 'heading' && t.start >= p.start && t.end <= p.end)) totals.commentCharsFurniture += t.end - t.start;
      }
    }
    for (const p of reading.paragraphs.filter((p) => p.kind === 'furniture')) {
      for (const t of over(p.start, p.end)) {
        totals.furnitureChars += t.end - t.start;
        if (hasScope(t, 'comment')) totals.furnitureCharsComment += t.end - t.start;
      }
    }
    for (const q of reading.quantities) {
      totals.quantities++;
      const coloured = (t) => hasScope(t, 'constant.numeric') || hasScope(t, 'keyword.other.hedge') || hasScope(t, 'constant.other');
      const numbersColoured = over(q.start, q.end).every((t) => coloured(t) || !NUMBER.test(text.slice(Math.max(q.start, t.start), Math.min(q.end, t.end))));
      const hedgeAt = q.hedge ? text.slice(q.start, q.end).toLowerCase().indexOf(q.hedge.toLowerCase()) : -1;
      const hedgeColoured = hedgeAt < 0 || over(q.start + hedgeAt, q.start + hedgeAt + q.hedge.length).every(coloured);
      if (numbersColoured && hedgeColoured) totals.quantitiesColoured++;
      else if (misses.quantities.length < 10) misses.quantities.push(`${file.split('/').slice(-2).join('/')}: ${q.text}`);
    }
  }
  const share = (a, b) => (b === 0 ? '—' : a / b);
  const table = [
    ['measure', 'agree', 'of', 'share'],
    ['reader quotations coloured as strings', totals.quotationsString, totals.quotations, share(totals.quotationsString, totals.quotations)],
    ['string characters inside a reader quotation', totals.stringCharsInQuotation, totals.stringChars, share(totals.stringCharsInQuotation, totals.stringChars)],
    ['reader quantities coloured (number, hedge, date)', totals.quantitiesColoured, totals.quantities, share(totals.quantitiesColoured, totals.quantities)],
    ['furniture characters coloured as comment', totals.furnitureCharsComment, totals.furnitureChars, share(totals.furnitureCharsComment, totals.furnitureChars)],
    ['comment characters the reader takes as furniture', totals.commentCharsFurniture, totals.commentChars, share(totals.commentCharsFurniture, totals.commentChars)],
  ];
  return { title: `Grammar vs reader on ${seeds.length} seeds and ${clusterFiles.length} cluster articles`, table, results: { files: files.length, totals, misses } };
}
