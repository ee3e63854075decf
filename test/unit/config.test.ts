// parseConfig, globMatcher and isArticlePath (server/src/analysis/config.ts).
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'fs';
import * as path from 'path';
import fc from 'fast-check';
import type * as ConfigModule from '../../server/src/analysis/config';

/** The repository root (the folder of the crosscheck package.json), found from the compiled test's folder. */
function repoRoot(): string {
  for (let dir = __dirname; ; dir = path.dirname(dir)) {
    const pkg = path.join(dir, 'package.json');
    if (fs.existsSync(pkg) && JSON.parse(fs.readFileSync(pkg, 'utf8')).name === 'crosscheck') return dir;
    if (path.dirname(dir) === dir) throw new Error(`no crosscheck package.json above ${__dirname}`);
  }
}
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { parseConfig, defaultConfig, globMatcher, isArticlePath } = require(path.join(repoRoot(), 'server/out/analysis/config')) as typeof ConfigModule;

const VALID = `# crosscheck settings
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
aliases:
  Volodymyr Zelensky:
    - Zelenskiy
    - Volodymyr Zelenskyy
tolerances:
  approximate: 0.2
  nearly: 0.1
severity:
  quantity-conflict: error
  name-spelling: off
reviewed:
  - 3f2a9c
  - 77b01e
`;

test('a valid file is parsed completely and without problems', () => {
  const { config, problems } = parseConfig(VALID);
  assert.deepEqual(problems, []);
  assert.deepEqual(config.articles, ['news/**/*.txt']);
  assert.deepEqual(config.exclude, ['**/drafts/**']);
  assert.equal(config.maxFileBytes, 50000);
  assert.deepEqual(config.sources['news/a.txt'], { source: 'Reuters', date: '2025-02-12' });
  assert.deepEqual(config.sources['news/b.txt'], { source: 'AP' });
  assert.deepEqual(config.aliases, { 'Volodymyr Zelensky': ['Zelenskiy', 'Volodymyr Zelenskyy'] });
  assert.equal(config.tolerances.approximate, 0.2);
  assert.equal(config.tolerances.nearly, 0.1);
  // Tolerances not given keep their defaults.
  assert.equal(config.tolerances.exact, defaultConfig().tolerances.exact);
  assert.equal(config.tolerances.compound, defaultConfig().tolerances.compound);
  assert.deepEqual(config.severity, { 'quantity-conflict': 'error', 'name-spelling': 'off' });
  assert.deepEqual(config.reviewed, ['3f2a9c', '77b01e']);
});

test('invalid YAML gives one problem at its line; the broken setting gets its default, the rest applies', () => {
  const text = 'maxFileBytes: 1000\n# the article globs\narticles: [unclosed';
  const { config, problems } = parseConfig(text);
  assert.equal(problems.length, 1, JSON.stringify(problems));
  assert.equal(problems[0].line, 2, `0-based line of "articles: [unclosed": ${JSON.stringify(problems)}`);
  assert.ok(problems[0].start >= 0 && problems[0].end > problems[0].start && problems[0].end <= text.length + 1);
  assert.deepEqual(config, { ...defaultConfig(), maxFileBytes: 1000 });
});

test('a wrong type is a problem at its line and the default is kept', () => {
  const text = 'articles:\n  - "*.txt"\nmaxFileBytes: "big"\n';
  const { config, problems } = parseConfig(text);
  assert.equal(problems.length, 1);
  assert.equal(problems[0].line, 2);
  assert.equal(problems[0].character, 'maxFileBytes: '.length);
  assert.match(problems[0].message, /maxFileBytes/);
  assert.equal(config.maxFileBytes, defaultConfig().maxFileBytes);
  assert.deepEqual(config.articles, ['*.txt'], 'the valid settings still apply');
});

test('an unknown key is a problem at its line; the other settings apply', () => {
  const text = 'maxFileBytes: 2000\nmaxFileSize: 3000\n';
  const { config, problems } = parseConfig(text);
  assert.equal(problems.length, 1);
  assert.equal(problems[0].line, 1);
  assert.equal(problems[0].character, 0);
  assert.match(problems[0].message, /maxFileSize/);
  assert.equal(config.maxFileBytes, 2000);
});

test('wrong values inside sections are problems at their lines', () => {
  const text = 'tolerances:\n  approximate: 3\n  sloppy: 0.1\nseverity:\n  quantity-conflict: loud\n';
  const { config, problems } = parseConfig(text);
  assert.deepEqual(problems.map((p) => p.line), [1, 2, 4]);
  assert.deepEqual(config.tolerances, defaultConfig().tolerances);
  assert.deepEqual(config.severity, {});
});

test('a file that is not a mapping is one problem and the defaults', () => {
  const { config, problems } = parseConfig('- a\n- b\n');
  assert.equal(problems.length, 1);
  assert.equal(problems[0].line, 0);
  assert.deepEqual(config, defaultConfig());
});

test('an empty file (or only comments) gives the defaults without problems', () => {
  for (const text of ['', '\n', '# nothing set yet\n', '   \n\n']) {
    const { config, problems } = parseConfig(text);
    assert.deepEqual(problems, [], JSON.stringify(text));
    assert.deepEqual(config, defaultConfig());
  }
});

test('parseConfig never throws on odd input', () => {
  for (const text of ['\0\0\0', ':', '{', 'a: &x\n  b: *x\n', '\ufeffmaxFileBytes: 10\n', 'articles: !!binary aGVsbG8=\n']) {
    assert.doesNotThrow(() => parseConfig(text), JSON.stringify(text));
  }
});

test('globMatcher: ** matches any folders, * stays within a name, ? is one character', () => {
  const txt = globMatcher('**/*.txt');
  assert.ok(txt.test('a.txt'));
  assert.ok(txt.test('x/y/a.txt'));
  assert.ok(!txt.test('a.md'));
  assert.ok(!txt.test('a.txt/b'));
  const top = globMatcher('*.txt');
  assert.ok(top.test('a.txt'));
  assert.ok(!top.test('x/a.txt'));
  assert.ok(globMatcher('news/??.txt').test('news/ab.txt'));
  assert.ok(!globMatcher('news/??.txt').test('news/abc.txt'));
  assert.ok(globMatcher('a.b+c.txt').test('a.b+c.txt'), 'regular-expression characters are literal');
  assert.ok(!globMatcher('a.b.txt').test('aXb.txt'));
  assert.ok(globMatcher('**/node_modules/**').test('node_modules/x/a.txt'));
  assert.ok(globMatcher('**/node_modules/**').test('deep/node_modules/x/a.txt'));
});

test('isArticlePath: default globs take .txt and .md anywhere, excluding node_modules, .git and the config', () => {
  const config = defaultConfig();
  assert.ok(isArticlePath('a.txt', config));
  assert.ok(isArticlePath('x/y/a.txt', config));
  assert.ok(isArticlePath('notes.md', config));
  assert.ok(isArticlePath('x\\y\\a.txt', config), 'Windows separators');
  assert.ok(!isArticlePath('a.json', config));
  assert.ok(!isArticlePath('node_modules/pkg/readme.txt', config));
  assert.ok(!isArticlePath('sub/node_modules/pkg/readme.md', config));
  assert.ok(!isArticlePath('.git/description.txt', config));
  assert.ok(!isArticlePath('crosscheck.yaml', config));
});

test('isArticlePath follows the configured articles and exclude globs', () => {
  const { config } = parseConfig('articles: ["news/**/*.txt"]\nexclude: ["**/drafts/**"]\n');
  assert.ok(isArticlePath('news/a.txt', config));
  assert.ok(isArticlePath('news/2025/a.txt', config));
  assert.ok(!isArticlePath('a.txt', config));
  assert.ok(!isArticlePath('news/drafts/a.txt', config));
});

test('globMatcher agrees with the regular expression a glob stands for, on random globs and paths', () => {
  // The oracle: the translation to a regular expression that globMatcher replaced (safe here: short inputs).
  const oracle = (glob: string) => {
    let out = '';
    for (let i = 0; i < glob.length; i++) {
      const c = glob[i];
      if (c === '*' && glob[i + 1] === '*') {
        i++;
        if (glob[i + 1] === '/') {
          i++;
          out += '(?:.*/)?';
        } else out += '.*';
      } else if (c === '*') out += '[^/]*';
      else if (c === '?') out += '[^/]';
      else out += c.replace(/[.+^${}()|[\]\\]/g, '\\$&');
    }
    return new RegExp(`^${out}$`);
  };
  const piece = fc.constantFrom('*', '**', '**/', '?', '/', 'a', 'b', '.', 'txt');
  const glob = fc.array(piece, { maxLength: 7 }).map((p) => p.join(''));
  const path = fc.array(fc.constantFrom('a', 'b', '/', '.', 'txt', 'x'), { maxLength: 10 }).map((p) => p.join(''));
  fc.assert(fc.property(glob, path, (g, p) => globMatcher(g).test(p) === oracle(g).test(p)), { numRuns: 3000 });
});

test('hostile globs from a crosscheck.yaml finish: repeated ** and many stars against long paths', { timeout: 20_000 }, () => {
  const deep = globMatcher(`${'**/'.repeat(40)}*.txt`);
  assert.equal(deep.test(`${'a/'.repeat(2000)}x.md`), false);
  assert.equal(deep.test(`${'a/'.repeat(2000)}x.txt`), true);
  const stars = globMatcher(`${'*a'.repeat(40)}*b`);
  assert.equal(stars.test('a'.repeat(4000)), false);
  assert.equal(stars.test(`${'a'.repeat(4000)}b`), true);
});
