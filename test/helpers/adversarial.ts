// Hostile texts for the reliability tests and the stress script: what a scraper dumps into a folder, and what
// the checks' assumptions do not expect. Each kind is a generator of a text of about `size` characters.
import * as fs from 'fs';
import * as path from 'path';

/** Small pieces that break assumptions: lone surrogates, NUL, direction marks, emoji, huge numbers, impossible dates. */
export const FRAGMENTS = [
  '\uD800', '\uDC00', '\uDBFF\uDFFF', '\u0000', '\u200F', '\u202E', '\u2066', '\uFEFF', '\u00AD', '\u2028', '\r', '\r\n', '\t',
  '😀', '👨‍👩‍👧', '🇺🇦', 'e\u0301', '\u0301', 'ﷺ', '𝐀𝐁𝐂',
  '"', '“', '”', '‘', '’', '«', '»', '„', "'", '(', ')', '[', ']', '{', '}', '...', '…', '!!!', '?!', '—', ' - ',
  'about about about', 'nearly almost about some', 'at least more than', 'said said said',
  '1e308', '1e309', '-0', '0.000000001', '9'.repeat(400), '1,2,3,4,5,6', '1.2.3', '$1e308', '£0', '€-5', '½', '१२३', '٣',
  '31 February', '30 February 2024', '29 February 2023', 'February 31, 2025', 'on Funday', '25:61', '0:00 a.m.', '13 p.m.',
  'Mr.', 'U.S.', 'A.', 'O\'BRIEN:', 'MC-DONALD:', 'John Smith', 'J. Smith', 'SMITH', 'smith', 'Kyiv', 'Kiev', 'President',
  'killed 40 people', 'at least 12 were killed', 'a 90-minute call', 'hour-long', '3 miles', '10 km', '2 billion dollars',
  '\n\n', '\n---\n', '---\nsource: X\n---\n', '# Heading\n', '> ', '* ', '1. ',
];

export type AdversarialKind = (typeof ADVERSARIAL_KINDS)[number];

/** Texts of one shape repeated to a size: each is a known way to make a reader slow or wrong. */
export const ADVERSARIAL_KINDS = [
  'one line of seed text',
  'seed text',
  'spaces',
  'quote marks',
  'curly quote marks',
  'unclosed quotations',
  'brackets',
  'open brackets',
  'repeated hedges',
  'capitalised words',
  'one long word',
  'names and speech verbs',
  'huge numbers',
  'numbers with commas',
  'impossible dates',
  'sentence stops',
  'dashes',
  'line breaks',
  'surrogates, NUL and direction marks',
  'emoji',
  'fragments',
] as const;

export function seedTexts(root: string): string[] {
  const dir = path.join(root, 'seeds');
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => fs.readFileSync(path.join(dir, f), 'utf8'));
}

const repeatTo = (unit: string, size: number) => unit.repeat(Math.max(1, Math.ceil(size / unit.length))).slice(0, size);

/** A deterministic pseudo-random sequence (the texts are the same on every run). */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

export function adversarialText(kind: AdversarialKind, size: number, root: string): string {
  const seeds = seedTexts(root).join('\n\n');
  const next = random(size);
  switch (kind) {
    case 'one line of seed text':
      return repeatTo(seeds.replace(/\s*\n\s*/g, ' '), size);
    case 'seed text':
      return repeatTo(seeds, size);
    case 'spaces':
      return `Kyiv said ${repeatTo(' \t\u00a0', size - 20)} 40 killed.`;
    case 'quote marks':
      return repeatTo('"', size);
    case 'curly quote marks':
      return repeatTo('“a” ', size);
    case 'unclosed quotations':
      return repeatTo('He said: “We will never leave. ', size);
    case 'brackets':
      return repeatTo('([{', size / 2) + repeatTo('}])', size / 2);
    case 'open brackets':
      return repeatTo('(Kyiv ', size);
    case 'repeated hedges':
      return `${repeatTo('about ', size - 30)}40 people were killed.`;
    case 'capitalised words':
      return repeatTo('President Volodymyr Zelensky Kyiv NATO ', size);
    case 'one long word':
      return repeatTo('A', size);
    case 'names and speech verbs':
      return repeatTo('John Smith said ', size);
    case 'huge numbers':
      return repeatTo(`${'9'.repeat(400)} people, 1e308 dollars and 1e309 km, `, size);
    case 'numbers with commas':
      return repeatTo('1,000,', size);
    case 'impossible dates':
      return repeatTo('On 31 February 2025 at 25:61 p.m. on Funday, 30 February, ', size);
    case 'sentence stops':
      return repeatTo('!?.…', size);
    case 'dashes':
      return repeatTo('-', size);
    case 'line breaks':
      return repeatTo('\r\n\n\r', size);
    case 'surrogates, NUL and direction marks':
      return repeatTo('Kyiv \uD800 said \u0000 \u200F40\u202E killed \uDC00. ', size);
    case 'emoji':
      return repeatTo('👨‍👩‍👧 Kyiv 😀 said 🇺🇦 40 killed. ', size);
    case 'fragments': {
      let text = '';
      while (text.length < size) text += FRAGMENTS[Math.floor(next() * FRAGMENTS.length)] + (next() < 0.5 ? ' ' : '');
      return text.slice(0, size);
    }
  }
}
