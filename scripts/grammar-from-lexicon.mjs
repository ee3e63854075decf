#!/usr/bin/env node
// Writes the reader's word lists into the TextMate grammar, which cannot read them at run time:
// the furniture headings (a list of other stories: it and everything after it is furniture) and the
// hedges. test/unit/grammar.test.ts fails when the two disagree; run this after editing
// server/src/analysis/data/lexicon.json:  node scripts/grammar-from-lexicon.mjs
import { readFileSync, writeFileSync } from 'node:fs';
import { join, dirname } from 'node:path';

const root = join(dirname(new URL(import.meta.url).pathname), '..');
const grammarFile = join(root, 'syntaxes', 'article.tmLanguage.json');
const lexicon = JSON.parse(readFileSync(join(root, 'server', 'src', 'analysis', 'data', 'lexicon.json'), 'utf8'));
const grammar = JSON.parse(readFileSync(grammarFile, 'utf8'));

/** Longest first, so that "related news" wins over "related"; spaces match any run of blanks. */
const alternation = (words) =>
  [...new Set(words)]
    .sort((a, b) => b.length - a.length || a.localeCompare(b))
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+'))
    .join('|');

// Abbreviations the reader does not list but headlines use.
const EXTRA_HEDGES = ['well over', 'as many as', 'as much as', 'approx.', 'c.'];

const zone = grammar.repository.furniture.patterns[0];
if (!zone.begin?.startsWith('^\\s*(?i:')) throw new Error('the first furniture pattern is no longer the heading zone');
zone.begin = `^\\s*(?i:${alternation(lexicon.furnitureHeadings)})[:.\\s]*$`;

const hedges = grammar.repository.hedges;
const lookahead = hedges.match.indexOf('(?=\\s+');
if (!hedges.match.startsWith('\\b(?i:') || lookahead < 0) throw new Error('the hedges pattern changed shape');
hedges.match = `\\b(?i:${alternation([...Object.values(lexicon.hedges).flat(), ...EXTRA_HEDGES])})${hedges.match.slice(lookahead)}`;

writeFileSync(grammarFile, `${JSON.stringify(grammar, null, 2)}\n`);
console.log(`${grammarFile}: ${lexicon.furnitureHeadings.length} furniture headings, ${Object.values(lexicon.hedges).flat().length} hedges`);
