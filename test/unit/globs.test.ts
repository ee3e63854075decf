// Globs (server/src/analysis/config.ts `globMatcher`): the literal runs of a glob turn most paths away before the
// matching table; the answers must be those of the glob's meaning, here a regular expression built for the test.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { analysis } from '../helpers/analysis';

/** The glob as a regular expression: `**\/` any folders, `**` anything, `*` within a name, `?` one character of a name. */
function reference(glob: string): RegExp {
  let source = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i];
    if (c === '*' && glob[i + 1] === '*' && glob[i + 2] === '/') {
      source += '(?:.*/)?';
      i += 2;
    } else if (c === '*' && glob[i + 1] === '*') {
      source += '.*';
      i++;
    } else if (c === '*') source += '[^/]*';
    else if (c === '?') source += '[^/]';
    else source += c.replace(/[.+^${}()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${source}$`);
}

test('globs answer as their meaning says, for paths that hold their literal parts and paths that do not', () => {
  const globs = ['**/*.txt', '**/*.md', '**/node_modules/**', '**/.*/**', '**/out/**', 'docs/**', 'a*b*c', '**/x?y/**', 'news/north-*.txt', '*/*.txt', 'a/**/b', '**/c.txt', '?.md'];
  const parts = ['a', 'b', 'c', 'x', 'y', 'xzy', 'news', 'north-1.txt', '.git', 'out', 'docs', 'node_modules', 'c.txt', 'q.md', 'abc.txt', 'axbyc'];
  let seed = 7;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  let matched = 0;
  // One matcher per glob across all paths too, as a listing uses it: a glob ending in "/**" remembers each folder's answer.
  const shared = new Map(globs.map((glob) => [glob, analysis.globMatcher(glob)]));
  for (let i = 0; i < 3000; i++) {
    const path = Array.from({ length: 1 + Math.floor(next() * 4) }, () => parts[Math.floor(next() * parts.length)]).join('/');
    for (const glob of globs) {
      const expected = reference(glob).test(path);
      assert.equal(analysis.globMatcher(glob).test(path), expected, `${glob} on ${path}`);
      assert.equal(shared.get(glob)!.test(path), expected, `${glob} on ${path}, the matcher used before`);
      if (expected) matched++;
    }
  }
  assert.ok(matched > 1000, 'both answers are tried');
});

test('a folder listing: articles by extension, project documents and excluded folders left out', () => {
  const config = analysis.defaultConfig();
  assert.equal(analysis.isArticlePath('news/bbc.txt', config), true);
  assert.equal(analysis.isArticlePath('news/node_modules/x.txt', config), false);
  assert.equal(analysis.isArticlePath('.git/notes.md', config), false);
  assert.equal(analysis.isArticlePath('README.md', config), false);
  assert.equal(analysis.isArticlePath('news/bbc.html', config), false);
});
