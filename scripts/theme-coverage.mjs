#!/usr/bin/env node
// Which colour each theme gives Crosscheck's semantic token types, resolved the way VS Code resolves
// a token type without a semantic rule of its own: the `semanticTokenScopes` of package.json are
// probed in order, and the first scope that some `tokenColors` rule of the theme matches decides
// (even when that rule sets only a font style). Run it on the themes of a VS Code or code-server
// install, e.g.
//   node scripts/theme-coverage.mjs .e2e/code-server/node_modules/code-server/lib/vscode/extensions
// It prints one row per theme and how many themes colour every type, and every type apart.
// Simplified: rules with parent selectors ("meta.x entity.y") are skipped, as no article scope has
// parents that such a rule would name.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join, dirname, basename } from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const jsonc = require('jsonc-parser');
const root = join(dirname(new URL(import.meta.url).pathname), '..');
const extensionsDir = process.argv[2];
if (!extensionsDir || !existsSync(extensionsDir)) {
  console.error('usage: node scripts/theme-coverage.mjs <folder of VS Code extensions holding theme-*>');
  process.exit(2);
}

const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const scopes = manifest.contributes.semanticTokenScopes.find((s) => s.language === 'article').scopes;
const types = Object.keys(scopes);

function loadTheme(file) {
  const theme = jsonc.parse(readFileSync(file, 'utf8'));
  const inherited = theme.include ? loadTheme(join(dirname(file), theme.include)) : { rules: [] };
  const own = Array.isArray(theme.tokenColors) ? theme.tokenColors : [];
  return { rules: [...inherited.rules, ...own], foreground: (theme.colors?.['editor.foreground'] ?? inherited.foreground)?.toLowerCase() };
}

function matchScore(selector, scope) {
  if (/\s/.test(selector.trim())) return -1;
  const s = selector.trim();
  return scope === s || scope.startsWith(`${s}.`) ? s.split('.').length : -1;
}

/** The foreground for the first probe scope any rule matches; undefined when none colours it. */
function resolve(theme, probes) {
  for (const scope of probes) {
    let matched = false;
    let foreground;
    let best = -1;
    for (const rule of theme.rules) {
      const selectors = Array.isArray(rule.scope) ? rule.scope : typeof rule.scope === 'string' ? rule.scope.split(',') : [];
      for (const selector of selectors) {
        const score = matchScore(selector, scope);
        if (score < 0) continue;
        if (rule.settings?.foreground || typeof rule.settings?.fontStyle === 'string') matched = true;
        if (rule.settings?.foreground && score >= best) {
          foreground = rule.settings.foreground.toLowerCase();
          best = score;
        }
      }
    }
    if (matched) return foreground === theme.foreground ? undefined : foreground;
  }
  return undefined;
}

const rows = [];
for (const extension of readdirSync(extensionsDir).filter((d) => d.startsWith('theme-')).sort()) {
  const pkg = JSON.parse(readFileSync(join(extensionsDir, extension, 'package.json'), 'utf8'));
  for (const t of pkg.contributes?.themes ?? []) {
    if (!t.path.endsWith('.json')) continue;
    const theme = loadTheme(join(extensionsDir, extension, t.path));
    rows.push({ theme: basename(t.path, '.json'), colours: types.map((type) => resolve(theme, scopes[type])) });
  }
}
console.log(['theme', ...types].join('\t'));
for (const r of rows) console.log([r.theme, ...r.colours.map((c) => c ?? '-')].join('\t'));
const all = rows.filter((r) => r.colours.every(Boolean));
const apart = all.filter((r) => new Set(r.colours).size === types.length);
console.log(`\n${rows.length} themes: ${all.length} colour every type, ${apart.length} colour the ${types.length} types apart`);
for (const type of types) console.log(`${type}: coloured by ${rows.filter((r) => r.colours[types.indexOf(type)]).length}`);
