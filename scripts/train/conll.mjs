// CoNLL-2003 read for training: documents of sentences, each sentence rebuilt as the text the product reads
// (tokens joined by single spaces, as the external scorer writes them), cut into the project's words
// (server/out/analysis/read/words.js) and aligned back to the CoNLL tokens by character offsets.
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';

export function outModule(root, path) {
  const file = join(root, 'server', 'out', 'analysis', path);
  if (!existsSync(file)) {
    console.error(`train: ${file} is missing; build first (npm run build)`);
    process.exit(2);
  }
  return createRequire(import.meta.url)(file);
}

/** The split's documents: arrays of sentences of { token, pos, ner } (NER in IOB1 as in the file). */
export function readConllFile(path) {
  if (/test\.txt$/.test(path)) throw new Error('the test split is held out');
  const docs = [];
  let doc = [];
  let sentence = [];
  const endSentence = () => {
    if (sentence.length) doc.push(sentence);
    sentence = [];
  };
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    const cols = line.trim().split(' ');
    if (cols[0] === '-DOCSTART-') {
      endSentence();
      if (doc.length) docs.push(doc);
      doc = [];
    } else if (cols.length < 4) endSentence();
    else sentence.push({ token: cols[0], pos: cols[1], ner: cols[3] });
  }
  endSentence();
  if (doc.length) docs.push(doc);
  return docs;
}

/**
 * One CoNLL sentence as the project reads it: `words` (the taggers' unit), each with the POS tag and the BIO
 * entity tag of the CoNLL token it starts in (a CoNLL token cut into several words gives the later ones I-).
 */
export function alignSentence(root, sentence) {
  const { tokenize } = outModule(root, 'read/tokens.js');
  const { wordsOf } = outModule(root, 'read/words.js');
  let text = '';
  const owner = [];
  sentence.forEach((t, k) => {
    if (k) text += ' ';
    for (let c = 0; c < t.token.length; c++) owner[text.length + c] = k;
    text += t.token;
  });
  const tokens = tokenize(text);
  const w = wordsOf(tokens);
  const bio = toBio(sentence.map((t) => t.ner));
  const pos = [];
  const ner = [];
  let lastOwner = -1;
  w.words.forEach((_, i) => {
    const first = w.first[i];
    // A possessive ending the tokenizer split off a word ("Trump's") is the CoNLL token "'s".
    const k = first < 0 ? Math.min(owner[tokens[w.last[i - 1]].end] ?? lastOwner + 1, sentence.length - 1) : owner[tokens[first].start];
    pos.push(first < 0 ? 'POS' : sentence[k].pos);
    let tag = first < 0 ? 'O' : bio[k];
    if (k === lastOwner && tag.startsWith('B-')) tag = `I-${tag.slice(2)}`;
    ner.push(tag);
    lastOwner = k;
  });
  return { words: w.words, pos, ner, text, tokens };
}

/** IOB1 (I- starts an entity unless it continues one of the same type) → BIO. */
export function toBio(tags) {
  return tags.map((tag, i) => {
    if (!tag.startsWith('I-')) return tag;
    const prev = tags[i - 1];
    return prev && prev !== 'O' && prev.slice(2) === tag.slice(2) ? tag : `B-${tag.slice(2)}`;
  });
}

/** A split read and aligned: documents of aligned sentences. */
export function readAligned(root, path) {
  return readConllFile(path).map((doc) => doc.map((s) => alignSentence(root, s)));
}

/**
 * A split as the entity tagger reads it: documents of { words, pos (the product's tagger), heading, ner }, where
 * `heading` is what the product's paragraph reader says of the sentence's line (one sentence a line, as the
 * external scorer writes a document).
 */
export function readForNer(root, path) {
  const { readParagraphs } = outModule(root, 'read/paragraphs.js');
  const pos = outModule(root, 'read/pos.js');
  const model = pos.posModel();
  return readAligned(root, path).map((doc) => {
    const text = doc.map((s) => s.text).join('\n') + '\n';
    const kinds = new Map(readParagraphs(text).map((p) => [p.start, p.kind]));
    let offset = 0;
    return doc.map((s) => {
      const kind = kinds.get(offset);
      offset += s.text.length + 1;
      return { words: s.words, pos: pos.tagPos(model, s.words), heading: kind === 'headline' || kind === 'heading', ner: s.ner };
    });
  });
}

/** Documents dealt into k folds by a fixed stride (document i goes to fold i mod k). */
export function folds(docs, k) {
  return Array.from({ length: k }, (_, f) => ({
    train: docs.filter((_, i) => i % k !== f),
    held: docs.filter((_, i) => i % k === f),
  }));
}

/** A seeded shuffle (same order for the same seed). */
export function shuffler(seed) {
  let s = seed >>> 0;
  const random = () => ((s = (Math.imul(s, 1103515245) + 12345) >>> 0) / 2 ** 32);
  return (array) => {
    for (let i = array.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [array[i], array[j]] = [array[j], array[i]];
    }
    return array;
  };
}
