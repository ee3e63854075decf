// crosscheck.yaml as a new user breaks it: a stray bracket anywhere, wrong types, typos in keys and codes,
// hostile YAML (aliases, tags, size). What can be read applies; each problem is one message at its line.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as path from 'path';
import { ROOT, analysis } from '../helpers/analysis';
import type * as CodeActions from '../../server/src/features/codeActions';
import type * as YamlRecovery from '../../server/src/analysis/yamlRecovery';

const { parseConfig, defaultConfig } = analysis;
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { reviewedEdit } = require(path.join(ROOT, 'server/out/features/codeActions')) as typeof CodeActions;
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { MAX_CONFIG_CHARS, MAX_ALIASES } = require(path.join(ROOT, 'server/out/analysis/yamlRecovery')) as typeof YamlRecovery;

const CONFIG = `# crosscheck settings
articles:
  - "news/**/*.txt"
exclude:
  - "**/drafts/**"
maxFileBytes: 50000
sources:
  news/a.txt:
    source: Reuters
    date: 2025-02-12
  news/b.txt: AP
severity:
  quantity-conflict: error
  name-spelling: off
reviewed:
  - quantity-conflict:3f2a9c01
  - "name-spelling:77b01e02"
  - quote-wording:12345678
tolerances:
  approximate: 0.2
`;
const LINES = CONFIG.split('\n');
const FINGERPRINTS = ['quantity-conflict:3f2a9c01', 'name-spelling:77b01e02', 'quote-wording:12345678'];
/** The top-level setting each line belongs to. */
const OWNER: string[] = [];
LINES.reduce((owner, line) => {
  const key = /^([A-Za-z]+):/.exec(line)?.[1] ?? owner;
  OWNER.push(key);
  return key;
}, '');

const withLine = (index: number, change: (line: string) => string) => LINES.map((line, i) => (i === index ? change(line) : line)).join('\n');
const errors = (problems: Array<{ severity?: string }>) => problems.filter((p) => p.severity !== 'warning');

test('the example config is valid and read whole', () => {
  const { config, problems } = parseConfig(CONFIG);
  assert.deepEqual(problems, []);
  assert.deepEqual(config.reviewed, FINGERPRINTS);
  assert.equal(config.maxFileBytes, 50000);
});

test('a stray bracket anywhere costs at most its own line or setting, with one message at that line', () => {
  const valid = parseConfig(CONFIG).config;
  let tried = 0;
  for (const stray of ['[', ']', '{', '}']) {
    for (let i = 0; i < LINES.length - 1; i++) {
      for (const where of [0, 0.5, 1]) {
        const text = withLine(i, (line) => {
          const at = Math.round(line.length * where);
          return line.slice(0, at) + stray + line.slice(at);
        });
        const { config, problems } = parseConfig(text);
        const label = `${JSON.stringify(stray)} in line ${i + 1} ${JSON.stringify(text.split('\n')[i])}: ${JSON.stringify(problems)}`;
        assert.ok(problems.length <= 1, `more than one message for one stray bracket: ${label}`);
        if (problems.length === 1) assert.equal(problems[0].line, i, `the message is not on the line typed on: ${label}`);
        for (const key of Object.keys(valid) as Array<keyof typeof valid>) {
          if (key !== OWNER[i]) assert.deepEqual(config[key], valid[key], `'${key}' changed: ${label}`);
        }
        for (const fingerprint of FINGERPRINTS) {
          if (!LINES[i].includes(fingerprint)) assert.ok(config.reviewed.includes(fingerprint), `reviewed ${fingerprint} lost: ${label}`);
        }
        tried++;
      }
    }
  }
  assert.equal(tried, 4 * (LINES.length - 1) * 3);
});

test('other stray keystrokes (quotes, tabs, YAML indicators) never lose the reviewed entries of other lines', () => {
  for (const stray of ['"', "'", '\t', '&', '*', '|', '>', '!', '%', '@', '`', ',', '-', ':']) {
    for (let i = 0; i < LINES.length - 1; i++) {
      for (const text of [withLine(i, (line) => stray + line), withLine(i, (line) => line + stray)]) {
        const { config, problems } = parseConfig(text);
        const label = `${JSON.stringify(stray)} on line ${i + 1}: ${JSON.stringify(problems)}`;
        for (const fingerprint of FINGERPRINTS) {
          if (!LINES[i].includes(fingerprint)) assert.ok(config.reviewed.includes(fingerprint), `reviewed ${fingerprint} lost: ${label}`);
        }
        assert.ok(errors(problems).length <= 2, `too many messages: ${label}`);
        for (const problem of problems) assert.ok(problem.line >= 0 && problem.line < LINES.length, `a message at a line the file does not have: ${label}`);
      }
    }
  }
});

test('an unclosed list of reviewed findings is read as closed at its end, with one message where it opens', () => {
  const text = 'maxFileBytes: 2000\nreviewed: [quote-wording:aa11, "name-spelling:bb22",\n  quantity-conflict:cc33\nseverity:\n  quote-speaker: off\n';
  const { config, problems } = parseConfig(text);
  assert.deepEqual(config.reviewed, ['quote-wording:aa11', 'name-spelling:bb22', 'quantity-conflict:cc33']);
  assert.equal(problems.length, 1, JSON.stringify(problems));
  assert.equal(problems[0].line, 1);
  assert.match(problems[0].message, /not closed/);
  assert.deepEqual(config.severity, { 'quote-speaker': 'off' });
  assert.equal(config.maxFileBytes, 2000);
});

test('an unclosed list of article globs falls back to the default globs rather than a guess', () => {
  const { config, problems } = parseConfig('articles: ["news/*.txt"\nreviewed:\n  - quote-wording:aa11\n');
  assert.deepEqual(config.articles, defaultConfig().articles);
  assert.deepEqual(config.reviewed, ['quote-wording:aa11']);
  assert.equal(problems.length, 1);
  assert.equal(problems[0].line, 0);
  assert.match(problems[0].message, /'articles'.*default/);
});

test('a broken entry of a list loses that entry only', () => {
  const text = 'reviewed:\n  - quote-wording:aa11\n  - name-spelling:bb22: x\n  - quantity-conflict:cc33\n';
  const { config, problems } = parseConfig(text);
  assert.deepEqual(config.reviewed, ['quote-wording:aa11', 'quantity-conflict:cc33']);
  assert.equal(problems.length, 1, JSON.stringify(problems));
  assert.equal(problems[0].line, 2);
});

test('a tab used for indentation costs its own line', () => {
  const text = 'reviewed:\n  - quote-wording:aa11\n\t- name-spelling:bb22\n  - quantity-conflict:cc33\nmaxFileBytes: 10\n';
  const { config, problems } = parseConfig(text);
  assert.deepEqual(config.reviewed, ['quote-wording:aa11', 'quantity-conflict:cc33']);
  assert.equal(config.maxFileBytes, 10);
  assert.equal(problems.length, 1, JSON.stringify(problems));
  assert.equal(problems[0].line, 2);
  assert.match(problems[0].message, /tab/);
});

test('wrong types: each entry that is not a string is one problem, the others are kept', () => {
  const text = 'reviewed:\n  - quote-wording:aa11\n  - [1, 2]\n  - {a: b}\n  - 12345678\n  - 1e5\n';
  const { config, problems } = parseConfig(text);
  assert.deepEqual(config.reviewed, ['quote-wording:aa11', '12345678', '1e5'], 'numbers are kept as written');
  assert.deepEqual(problems.map((p) => p.line), [2, 3]);
});

test('an unknown setting is a warning naming the nearest known one; the rest applies', () => {
  const { config, problems } = parseConfig('reviewd:\n  - quote-wording:aa11\nmaxFileBytes: 10\n');
  assert.equal(problems.length, 1);
  assert.equal(problems[0].severity, 'warning');
  assert.equal(problems[0].line, 0);
  assert.match(problems[0].message, /'reviewd'.*did you mean 'reviewed'/);
  assert.equal(config.maxFileBytes, 10);
});

test('a key with a stray character is read as the known key it stands for, with a warning', () => {
  for (const key of ['-reviewed', 'reviewed]', 'revie[wed', '[reviewed']) {
    const { config, problems } = parseConfig(`${key}:\n  - quote-wording:aa11\n`);
    assert.deepEqual(config.reviewed, ['quote-wording:aa11'], key);
    assert.equal(problems.length, 1, `${key}: ${JSON.stringify(problems)}`);
    assert.equal(problems[0].line, 0);
  }
});

test('an unknown finding code under severity is a warning naming the nearest code, and is not applied', () => {
  const { config, problems } = parseConfig('severity:\n  quantity-conflit: error\n  quote-speaker: off\n');
  assert.deepEqual(config.severity, { 'quote-speaker': 'off' });
  assert.equal(problems.length, 1);
  assert.equal(problems[0].severity, 'warning');
  assert.equal(problems[0].line, 1);
  assert.match(problems[0].message, /'quantity-conflit'.*did you mean 'quantity-conflict'/);
});

test('a far-off unknown word lists what is known instead of guessing', () => {
  const { problems } = parseConfig('colourScheme: dark\n');
  assert.match(problems[0].message, /known: articles, exclude/);
});

test('a setting given twice: reviewed lists are joined, other settings take the later value, with a warning', () => {
  const { config, problems } = parseConfig('reviewed:\n  - quote-wording:aa11\nmaxFileBytes: 10\nreviewed: [name-spelling:bb22]\nmaxFileBytes: 20\n');
  assert.deepEqual(config.reviewed, ['quote-wording:aa11', 'name-spelling:bb22']);
  assert.equal(config.maxFileBytes, 20);
  assert.deepEqual(problems.map((p) => [p.line, p.severity]), [[3, 'warning'], [4, 'warning']]);
  assert.match(problems[0].message, /first set at line 1/);
});

test('"billion laughs": aliases are followed, never expanded, and counted under a cap', () => {
  const levels = ['a: &l0 ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]'];
  for (let i = 1; i <= 9; i++) levels.push(`l${i}: &l${i} [${Array(10).fill(`*l${i - 1}`).join(', ')}]`);
  const text = `${levels.join('\n')}\nreviewed: *l9\naliases:\n  X: *l9\n`;
  const { config, problems } = parseConfig(text);
  assert.deepEqual(config.reviewed, [], 'entries that are lists are left out, not expanded');
  assert.ok(problems.length < 100, `${problems.length} problems`);
  const many = `anchor: &x fp:1\nreviewed:\n${Array.from({ length: MAX_ALIASES + 50 }, () => '  - *x').join('\n')}\n`;
  const capped = parseConfig(many);
  assert.equal(capped.config.reviewed.length, 1, 'the alias resolves to one fingerprint, deduplicated');
  assert.ok(capped.problems.some((p) => /more than \d+ aliases/.test(p.message)), JSON.stringify(capped.problems.slice(-3)));
});

test('an alias of a list of strings is read, and one to an unknown anchor is a problem', () => {
  const { config } = parseConfig('common: &globs ["a/*.txt", "b/*.txt"]\narticles: *globs\n');
  assert.deepEqual(config.articles, ['a/*.txt', 'b/*.txt']);
  const broken = parseConfig('articles: *nothing\nmaxFileBytes: 7\n');
  assert.equal(broken.config.maxFileBytes, 7);
  assert.deepEqual(broken.config.articles, defaultConfig().articles);
  assert.ok(broken.problems.length >= 1);
});

test('custom tags run nothing: values are read as written text, or are problems', () => {
  const text = 'reviewed:\n  - !!js/function "function () { throw new Error(1) }"\n  - !foo quote-wording:aa11\nmaxFileBytes: !!binary aGVsbG8=\n';
  const { config, problems } = parseConfig(text);
  assert.ok(config.reviewed.includes('quote-wording:aa11'));
  assert.ok(config.reviewed.every((r) => typeof r === 'string'));
  assert.equal(config.maxFileBytes, defaultConfig().maxFileBytes);
  assert.ok(problems.some((p) => p.line === 3 && /maxFileBytes/.test(p.message)), JSON.stringify(problems));
});

test('a config over the size cap is not parsed: one problem and the defaults', () => {
  const text = `reviewed:\n${'  - quote-wording:aaaaaaaa\n'.repeat(Math.ceil(MAX_CONFIG_CHARS / 26) + 1)}`;
  const { config, problems } = parseConfig(text);
  assert.deepEqual(config, defaultConfig());
  assert.equal(problems.length, 1);
  assert.match(problems[0].message, /over the limit/);
  assert.equal(reviewedEdit({ uri: 'file:///w/crosscheck.yaml', text }, 'x:1'), undefined, 'nor is it rewritten');
});

test('deep nesting and odd bytes never throw', () => {
  for (const text of ['['.repeat(100_000), '{a: '.repeat(20_000), '- '.repeat(50_000), '\uD800: \uDC00\n', '\0: \0\n', 'a: "\\u{zz}"\n', '%YAML 9.9\n---\na: 1\n---\nb: 2\n']) {
    assert.doesNotThrow(() => parseConfig(text), JSON.stringify(text.slice(0, 20)));
  }
});

test('"Mark as reviewed" never rewrites a file it cannot parse, and edits a valid one in place', () => {
  const uri = 'file:///w/crosscheck.yaml';
  for (const broken of ['reviewed: [a, b\n', 'reviewed:\n  - a\n  - [b\n', 'maxFileBytes: 10\nsources: {\n', 'reviewed:\n  - a\n\t- b\n']) {
    assert.equal(reviewedEdit({ uri, text: broken }, 'quote-wording:new1'), undefined, JSON.stringify(broken));
  }
  const edit = reviewedEdit({ uri, text: 'reviewed:\n  - quote-wording:aa11\n' }, 'quote-wording:new1');
  const edits = edit?.changes?.[uri];
  assert.ok(edits && edits.length === 1, JSON.stringify(edit));
  assert.equal(edits[0].newText, '\n  - "quote-wording:new1"');
});
