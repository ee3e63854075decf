// Edits against a fresh start. A service keeps work per reading across keystrokes (each article's capitalised words,
// its statements' own parts, the gender its mentions' words give, the comparisons of its quotations); an edit in one
// article changes what the others' words link to. After every edit of a series, the service must say what a new
// service says of the same texts.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { seedName, seedTexts, serviceOf } from '../helpers/analysis';
import { QUAKE_CENTRE, QUAKE_NORTH } from '../helpers/storyTexts';

type Service = ReturnType<typeof serviceOf>;

/** What a user sees of the findings: where, what, and where the related places are. */
function shown(service: Service): string[] {
  return service
    .findings()
    .map((f) => JSON.stringify([f.code, f.severity, f.uri, f.start, f.end, f.message, (f.related ?? []).map((r) => [r.uri, r.start, r.end, r.message])]))
    .sort();
}

test('edits: after each edit of a series, the findings are those a new service gives for the same texts', () => {
  const texts = seedTexts();
  const service = serviceOf(texts);
  service.findings();
  editSeries(texts, service);
});

test('edits: an article readied for edits (its story built with a memo, keystrokes rehearsed) gives what a new service gives', () => {
  const texts = seedTexts();
  const service = serviceOf(texts);
  const before = shown(service);
  const uri = `memory:/seeds/${seedName('001')}`;
  assert.equal(service.rehearseEdit(uri, 1), false, 'nothing to rehearse before the article is readied');
  assert.equal(service.prepareEdits(uri), true);
  assert.equal(service.rehearseEdit(uri, 1), true);
  assert.equal(service.rehearseEdit(uri, 2), true);
  assert.deepEqual(shown(service), before, 'readying and rehearsing change no finding');
  assert.equal(service.text(uri), texts[uri], 'the rehearsals leave the article’s text');
  assert.equal(service.prepareEdits('memory:/seeds/no-such-article.txt'), false);
  assert.equal(service.rehearseEdit('memory:/seeds/no-such-article.txt', 1), false);
  editSeries(texts, service);
});

test('edits: an article moved into another story and back, again and again, gives what a new service gives', () => {
  // Story memos are kept per set of members, a new set starting from a copy of the last one's (service/storyWork.ts):
  // each step builds both stories again, from the memo of the members they have then.
  const uri = (name: string) => `memory:/news/${name}`;
  const texts: Record<string, string> = {};
  QUAKE_NORTH.forEach((text, i) => (texts[uri(`north-${i}.txt`)] = text));
  QUAKE_CENTRE.forEach((text, i) => (texts[uri(`centre-${i}.txt`)] = text));
  const moved = uri('centre-0.txt');
  const [own, other] = [texts[moved], QUAKE_NORTH[0].replace(/\bfour\b/g, 'five')];
  const service = serviceOf(texts, undefined, { grouping: 'auto' });
  const northStory = () => service.storyOf(uri('north-1.txt'));
  assert.notEqual(service.storyOf(moved), northStory(), 'the article starts in a story of its own event');
  service.findings();
  for (const [step, text] of [own, other, own, other, own, other].entries()) {
    texts[moved] = `${text}${' '.repeat(step + 1)}`;
    service.update(moved, texts[moved]);
    assert.equal(service.storyOf(moved) === northStory(), text === other, `step ${step}: the article is in the story it tells`);
    assert.deepEqual(shown(service), shown(serviceOf({ ...texts }, undefined, { grouping: 'auto' })), `step ${step}`);
  }
  assert.ok(shown(service).some((f) => f.includes('says “five')), 'the moved article disagrees with its new story');
});

/** Edits a series of changes into two seed articles, each time comparing the findings with a new service's. */
function editSeries(texts: Record<string, string>, service: Service): void {
  const [misspelt, hour] = [`memory:/seeds/${seedName('001')}`, `memory:/seeds/${seedName('002')}`];
  const edits: Array<[string, string, string]> = [
    // The misspelling corrected, then a new one typed in another article: the other articles' words are kept.
    [misspelt, 'Volodomyr Zelensky', 'Volodymyr Zelensky'],
    [hour, 'Zelensky', 'Zelenskky'],
    // A full name removed: what a bare surname elsewhere stands for may change.
    [misspelt, 'Volodymyr Zelensky', 'the Ukrainian leader'],
    // The duration one outlet gives changed, then given back.
    [hour, 'hour-long', 'two-hour'],
    [hour, 'two-hour', 'hour-long'],
    [misspelt, 'the Ukrainian leader', 'Volodomyr Zelensky'],
    // A quotation another article also gives, worded differently, then given back: comparisons of wordings are kept
    // across edits (text/compareWording.ts), and only the edited quotation's must be made again.
    [hour, 'go back to fighting', 'go back to war'],
    [hour, 'go back to war', 'go back to fighting'],
  ];
  const seen = new Set<string>();
  for (const [uri, from, to] of edits) {
    assert.ok(texts[uri].includes(from), `${uri} has no “${from}”`);
    texts[uri] = texts[uri].replace(from, to);
    service.update(uri, texts[uri]);
    const now = shown(service);
    assert.deepEqual(now, shown(serviceOf({ ...texts })), `after ${uri}: “${from}” → “${to}”`);
    seen.add(now.join('\n'));
  }
  // The series changes what is found (else it would test nothing): at least three different sets of findings.
  assert.ok(seen.size >= 3, `${seen.size} different sets of findings`);
}

test('edits: a quotation worded anew is compared anew, though comparisons of wordings are kept across edits', () => {
  const texts = seedTexts();
  const service = serviceOf(texts);
  const about = (word: string) => service.findings().filter((f) => f.code === 'quote-wording' && f.message.includes(word));
  assert.equal(about('fighting').length, 0);
  const uri = `memory:/seeds/${seedName('002')}`;
  service.update(uri, texts[uri].replace('go back to fighting', 'go back to war'));
  assert.equal(about('fighting').length, 1, 'the reworded quotation against the other article’s');
  service.update(uri, texts[uri]);
  assert.equal(about('fighting').length, 0);
});
