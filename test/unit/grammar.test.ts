// The TextMate grammar (syntaxes/article.tmLanguage.json), tokenized as VS Code does it, on texts
// written here and on the seeds. Each assertion names the scope a theme colours on a given piece of
// text: strings for quotations, constant.numeric for quantities, keyword for hedges and attribution
// verbs, constant.other.date for dates, markup.underline.link for handles and URLs, comment for
// site furniture.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'fs';
import * as path from 'path';
import { read, SEEDS } from '../helpers/analysis';
import { hasScope, tokenize, tokensOver, type Token } from '../helpers/grammar';

const QUOTE = 'string.quoted';
const DURATION = 'constant.numeric.duration';
const HEDGE = 'keyword.other.hedge';
const DATE = 'constant.other.date';
const ATTRIBUTION = 'keyword.other.attribution';
const LINK = 'markup.underline.link';
const FURNITURE = 'comment';

const describe = (tokens: Token[]) => tokens.map((t) => `${JSON.stringify(t.text)} [${t.scopes.join(' ')}]`).join('\n');

/** Asserts that every token over `needle` has `scope` (or, with `expected = false`, that none has it). */
async function expectScope(text: string, needle: string, scope: string, expected = true, occurrence = 0): Promise<void> {
  const over = tokensOver(await tokenize(text), text, needle, occurrence);
  const ok = expected ? over.every((t) => hasScope(t, scope)) : over.every((t) => !hasScope(t, scope));
  assert.ok(ok, `"${needle}" should ${expected ? '' : 'not '}be ${scope}:\n${describe(over)}`);
}

/** Asserts that `needle` is exactly one token with `scope`: a theme colours the whole phrase, and nothing beside it. */
async function expectWhole(text: string, needle: string, scope: string, occurrence = 0): Promise<void> {
  const tokens = await tokenize(text);
  const over = tokensOver(tokens, text, needle, occurrence);
  const withScope = over.filter((t) => hasScope(t, scope));
  assert.ok(withScope.length > 0 && withScope.length === over.length, `"${needle}" should be ${scope}:\n${describe(over)}`);
  const start = over[0].start;
  const end = over[over.length - 1].end;
  assert.equal(text.slice(start, end), needle, `the ${scope} tokens should cover exactly "${needle}":\n${describe(over)}`);
  const before = tokens.find((t) => t.end === start);
  const after = tokens.find((t) => t.start === end);
  for (const side of [before, after]) {
    if (side) assert.ok(!hasScope(side, scope) || side.scopes.join() !== over[0].scopes.join(), `${scope} runs past "${needle}":\n${describe([side])}`);
  }
}

test('grammar: straight and curly quotations are strings, with their marks; attribution after them is not', async () => {
  const text = 'Trump said: "We want peace." He added: “It will happen soon,” officials told reporters.';
  await expectScope(text, '"We want peace."', QUOTE);
  await expectScope(text, '“It will happen soon,”', QUOTE);
  await expectScope(text, '"', 'punctuation.definition.string.begin');
  await expectScope(text, '“', 'punctuation.definition.string.begin');
  await expectScope(text, '”', 'punctuation.definition.string.end');
  await expectScope(text, ' officials told reporters.', QUOTE, false);
  await expectScope(text, ' He added: ', QUOTE, false);
});

test('grammar: apostrophes neither open nor close a quotation', async () => {
  const text = 'Ukraine’s president said “we don’t agree with Russia’s plan” and Trump’s aides didn\'t answer.';
  await expectScope(text, '“we don’t agree with Russia’s plan”', QUOTE);
  await expectScope(text, 'Ukraine’s president said ', QUOTE, false);
  await expectScope(text, ' and Trump’s aides didn\'t answer.', QUOTE, false);
});

test('grammar: a quotation inside a quotation is a nested single-quoted string', async () => {
  const text = '"He called it ‘a great call’ and left," Peskov said.';
  await expectScope(text, '‘a great call’', 'string.quoted.single');
  await expectScope(text, '‘a great call’', 'string.quoted.double');
  await expectScope(text, ' Peskov said.', QUOTE, false);
});

test('grammar: a quotation continued into the next paragraph, which reopens it, is a string in both', async () => {
  const text = [
    '"We will not give up our land. We will fight for it,',
    '"And we will win," Zelensky said on Friday.',
    'Afterwards Peskov spoke to reporters.',
  ].join('\n');
  await expectScope(text, 'We will not give up our land. We will fight for it,', QUOTE);
  await expectScope(text, '"And we will win,"', QUOTE);
  await expectScope(text, ' Zelensky said on Friday.', QUOTE, false);
  await expectScope(text, 'said', ATTRIBUTION);
  await expectScope(text, 'Afterwards Peskov spoke to reporters.', QUOTE, false);
});

test('grammar: a quotation left open ends with its paragraph when the next one does not reopen it', async () => {
  // The reader ends such a quotation at the end of its paragraph; the colours must agree with it.
  const text = 'He called the plan "a disaster.\nThe next day Trump said it was fine and "workable" after all.\n';
  await expectScope(text, '"a disaster.', QUOTE);
  await expectScope(text, 'The next day Trump said it was fine and ', QUOTE, false);
  await expectScope(text, 'said', ATTRIBUTION);
  await expectScope(text, '"workable"', QUOTE);
  await expectScope(text, ' after all.', QUOTE, false);
});

test('grammar: a quotation ends at any closing mark, as sources mix “…" and "…”', async () => {
  const text = '“For the record, I love my sister, but she is wrong," she wrote. "We are grateful for the invitation,” a spokesman said.';
  await expectScope(text, '“For the record, I love my sister, but she is wrong,"', QUOTE);
  await expectScope(text, ' she wrote. ', QUOTE, false);
  await expectScope(text, '"We are grateful for the invitation,”', QUOTE);
  await expectScope(text, ' a spokesman said.', QUOTE, false);
  const guillemets = '«Nous ne céderons pas», a dit le président.';
  await expectScope(guillemets, '«Nous ne céderons pas»', QUOTE);
  await expectScope(guillemets, ', a dit le président.', QUOTE, false);
});

test('grammar: a straight quote before a space closes a quotation begun in an earlier paragraph; it opens none', async () => {
  const text = 'He was supposed to leave in February but resigned," Trump tweeted on Monday.';
  await expectScope(text, 'Trump tweeted on Monday.', QUOTE, false);
  await expectWhole(text, 'Monday', DATE);
});

test('grammar: attribution verbs outside quotations, not inside them', async () => {
  const text = '"He said nothing new," the spokesman said, according to Reuters, and aides told reporters.';
  await expectScope(text, 'said', QUOTE, true, 0);
  await expectScope(text, 'said', ATTRIBUTION, false, 0);
  await expectWhole(text, 'said', ATTRIBUTION, 1);
  await expectWhole(text, 'according to', ATTRIBUTION);
  await expectWhole(text, 'told', ATTRIBUTION);
});

test('grammar: spelled-out and numeric durations are one numeric constant each', async () => {
  const text =
    'The call lasted an hour and a half; others said 90 minutes, an hour-long call, one and a half hours, half an hour, six months later, a 14-year sentence.';
  for (const phrase of ['an hour and a half', '90 minutes', 'an hour-long', 'one and a half hours', 'half an hour', 'six months', '14-year']) {
    await expectWhole(text, phrase, DURATION);
  }
});

test('grammar: hedges before a quantity are keywords, apart from the quantity they hedge', async () => {
  const text = 'They spoke for nearly 90 minutes, for more than an hour, for about an hour and close to an hour and a half.';
  await expectWhole(text, 'nearly', HEDGE);
  await expectWhole(text, '90 minutes', DURATION);
  await expectWhole(text, 'more than', HEDGE);
  await expectWhole(text, 'an hour', DURATION);
  await expectWhole(text, 'about', HEDGE);
  await expectWhole(text, 'close to', HEDGE);
  await expectWhole(text, 'an hour and a half', DURATION);
});

test('grammar: hedge words that hedge no quantity are plain words', async () => {
  const text = 'They talked about peace, more than anything, and nearly everyone agreed.';
  await expectScope(text, 'about', HEDGE, false);
  await expectScope(text, 'more than', HEDGE, false);
  await expectScope(text, 'nearly', HEDGE, false);
});

test('grammar: numbers with units, money and percentages are numeric constants', async () => {
  const text = 'A 12 km convoy carried $2.6 million in aid, 40 tonnes of grain and 15% more fuel than 3 days ago.';
  await expectWhole(text, '12 km', 'constant.numeric.quantity');
  await expectWhole(text, '$2.6 million', 'constant.numeric.money');
  await expectWhole(text, '40 tonnes', 'constant.numeric.quantity');
  await expectWhole(text, '15%', 'constant.numeric.percentage');
  await expectWhole(text, '3 days', DURATION);
});

test('grammar: weekdays and dates are date constants; "May" the verb is not', async () => {
  const text = 'On Wednesday, February 12, 2025, and again on 12 February 2025 (2025-02-12), after Feb. 3 and in 2014, Trump said he may visit.';
  await expectWhole(text, 'Wednesday', DATE);
  await expectWhole(text, 'February 12, 2025', DATE);
  await expectWhole(text, '12 February 2025', DATE);
  await expectWhole(text, '2025-02-12', DATE);
  await expectWhole(text, 'Feb. 3', DATE);
  await expectWhole(text, '2014', DATE);
  await expectScope(text, 'may', DATE, false);
});

test('grammar: @handles, URLs and e-mail addresses are links; the full stop after them is not', async () => {
  const text = 'Zelensky wrote on X (@ZelenskyyUa), see https://www.president.gov.ua/en/news/talks-95673. Mail press@kremlin.ru or www.example.org.';
  await expectWhole(text, '@ZelenskyyUa', LINK);
  await expectWhole(text, 'https://www.president.gov.ua/en/news/talks-95673', LINK);
  await expectWhole(text, 'press@kremlin.ru', LINK);
  await expectWhole(text, 'www.example.org', LINK);
  await expectScope(text, 'kremlin.ru', 'markup.underline.link.handle', false);
});

test('grammar: site furniture lines are comments, and so is everything after a list of other stories', async () => {
  const text = [
    'The minister spoke for two hours on Monday, officials said.',
    'Minister Jan Novak © PHOTO REUTERS / AFP',
    'Read next',
    'Fire kills 12 in Lisbon, "a tragedy" says mayor',
    '06:00',
    'What is your opinion on this topic?',
    'Leave the first comment',
  ].join('\n');
  await expectScope(text, 'The minister spoke for two hours on Monday, officials said.', 'comment', false);
  for (const line of text.split('\n').slice(1)) await expectScope(text, line, FURNITURE);
  await expectScope(text, '"a tragedy"', QUOTE, false);
  await expectScope(text, 'says', ATTRIBUTION, false);
});

test('grammar: every furniture heading the reader knows (lexicon.json) opens furniture in the grammar too', async () => {
  // The reader's list of headings and the grammar's pattern are two files; this keeps them in step
  // (node scripts/grammar-from-lexicon.mjs writes the list into the grammar).
  const lexicon = JSON.parse(fs.readFileSync(path.resolve(SEEDS, '..', 'server', 'src', 'analysis', 'data', 'lexicon.json'), 'utf8')) as {
    furnitureHeadings: string[];
  };
  for (const heading of lexicon.furnitureHeadings) {
    const written = heading.replace(/^./, (c) => c.toUpperCase());
    const text = `The mayor said the bridge would open in two weeks.\n${written}\nBridge opens in Lisbon, mayor says\n`;
    await expectScope(text, written, FURNITURE);
    await expectScope(text, 'Bridge opens in Lisbon, mayor says', FURNITURE);
    await expectScope(text, 'The mayor said', 'comment', false);
  }
});

test('grammar: every hedge the reader knows (lexicon.json) is a hedge in the grammar too', async () => {
  // node scripts/grammar-from-lexicon.mjs writes the list into the grammar.
  const lexicon = JSON.parse(fs.readFileSync(path.resolve(SEEDS, '..', 'server', 'src', 'analysis', 'data', 'lexicon.json'), 'utf8')) as {
    hedges: Record<string, string[]>;
  };
  for (const hedge of Object.values(lexicon.hedges).flat()) {
    const text = `The two leaders spoke for ${hedge} 90 minutes on Monday.`;
    await expectWhole(text, hedge, HEDGE);
    await expectWhole(text, '90 minutes', DURATION);
  }
});

test('grammar: a heading-like line that merely starts like furniture is not furniture', async () => {
  const text = 'Related talks in Riyadh were postponed, officials said.\nMore from the Kremlin came later.\n';
  await expectScope(text, 'Related talks in Riyadh were postponed, officials said.', 'comment', false);
  await expectScope(text, 'More from the Kremlin came later.', 'comment', false);
});

const seeds = fs
  .readdirSync(SEEDS)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((name) => ({ name, text: fs.readFileSync(path.join(SEEDS, name), 'utf8').replace(/^\uFEFF/, '') }));
const seed = (prefix: string) => seeds.find((s) => s.name.startsWith(prefix))!.text;

test('grammar on the seeds: the Trump–Putin call durations and their hedges', async () => {
  await expectWhole(seed('000'), 'more than', HEDGE);
  await expectWhole(seed('000'), 'an hour', DURATION, 0);
  await expectWhole(seed('001'), 'an hour and a half', DURATION);
  await expectWhole(seed('002'), 'an hour-long', DURATION);
  await expectWhole(seed('003'), 'close to', HEDGE);
  await expectWhole(seed('003'), 'an hour and a half', DURATION);
  await expectWhole(seed('004'), 'nearly', HEDGE);
  await expectWhole(seed('004'), '90 minutes', DURATION);
});

test('grammar on the seeds: weekdays, attribution verbs and the @handle inside a quotation', async () => {
  const s000 = seed('000');
  await expectWhole(s000, 'Wednesday', DATE);
  await expectWhole(s000, 'told', ATTRIBUTION);
  await expectWhole(s000, 'wrote', ATTRIBUTION);
  await expectWhole(s000, '@POTUS', LINK);
  await expectScope(s000, '@POTUS', QUOTE);
  await expectWhole(seed('003'), '@POTUS', LINK);
  await expectWhole(seed('002'), 'Tuesday', DATE);
});

test('grammar on the seeds: site furniture', async () => {
  await expectScope(seed('001'), 'Related news', FURNITURE);
  await expectScope(seed('001'), '© PHOTO', FURNITURE);
  const s002 = seed('002');
  await expectScope(s002, 'Read next', FURNITURE);
  await expectScope(s002, 'Leave the first comment', FURNITURE);
  const readNext = s002.indexOf('Read next');
  const tokens = await tokenize(s002);
  const after = tokens.filter((t) => t.start > readNext && t.text.trim() !== '');
  assert.ok(after.length > 0 && after.every((t) => hasScope(t, FURNITURE)), describe(after.filter((t) => !hasScope(t, FURNITURE)).slice(0, 5)));
});

test('grammar on the seeds: every quotation the reader finds is a string, and no other double-quoted string is coloured', async () => {
  for (const { name, text } of seeds) {
    const tokens = await tokenize(text);
    const reading = read(text);
    for (const quotation of reading.quotations) {
      const inside = tokens.filter((t) => t.end > quotation.textStart && t.start < quotation.textEnd);
      const outside = inside.filter((t) => !hasScope(t, QUOTE));
      assert.deepEqual(outside.map((t) => t.text), [], `${name}: “${quotation.text}” is not all string:\n${describe(outside)}`);
    }
    // A string token outside every quotation the reader found would mean the grammar ran on past one.
    const quoted = (t: Token) => reading.quotations.some((q) => t.start >= q.start && t.end <= q.end);
    const furniture = (t: Token) => reading.paragraphs.some((p) => p.kind !== 'body' && p.kind !== 'headline' && p.kind !== 'heading' && t.start >= p.start && t.end <= p.end);
    const stray = tokens.filter((t) => hasScope(t, QUOTE) && !hasScope(t, 'string.quoted.single') && !quoted(t) && !furniture(t));
    assert.deepEqual(stray.map((t) => t.text), [], `${name}: strings the reader does not see as quotations`);
  }
});
