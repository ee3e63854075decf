// The extension manifest and the server agree: every semantic token type the server sends is declared
// in package.json with a standard super type and TextMate scopes (else VS Code drops the token and
// themes colour nothing), and the code lens' command is one the extension provides.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'fs';
import * as path from 'path';
import { ROOT } from '../helpers/analysis';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { SEMANTIC_TOKENS_LEGEND } = require(path.join(ROOT, 'server', 'out', 'features', 'semanticTokens')) as typeof import('../../server/src/features/semanticTokens');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { PEEK_RELATED_COMMAND } = require(path.join(ROOT, 'server', 'out', 'features', 'codeLens')) as typeof import('../../server/src/features/codeLens');

interface Manifest {
  contributes: {
    semanticTokenTypes: Array<{ id: string; superType?: string }>;
    semanticTokenScopes: Array<{ language?: string; scopes: Record<string, string[]> }>;
    commands: Array<{ command: string }>;
    configurationDefaults: Record<string, Record<string, unknown>>;
  };
}

const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as Manifest;
// The standard token types of LSP 3.17, which every theme that styles semantic tokens knows.
const STANDARD_TYPES = new Set(['namespace', 'type', 'class', 'enum', 'interface', 'struct', 'typeParameter', 'parameter', 'variable', 'property', 'enumMember', 'event', 'function', 'method', 'macro', 'keyword', 'modifier', 'comment', 'string', 'number', 'regexp', 'operator', 'decorator']);

test('contributions: every semantic token type the server sends is declared, with a standard super type and scopes for articles', () => {
  const declared = new Map(manifest.contributes.semanticTokenTypes.map((t) => [t.id, t]));
  const scopes = manifest.contributes.semanticTokenScopes.find((s) => s.language === 'article')?.scopes ?? {};
  for (const type of SEMANTIC_TOKENS_LEGEND.tokenTypes) {
    if (STANDARD_TYPES.has(type)) continue;
    const declaration = declared.get(type);
    assert.ok(declaration, `${type} is not in contributes.semanticTokenTypes`);
    assert.ok(STANDARD_TYPES.has(declaration.superType ?? ''), `${type} needs a standard super type, has ${declaration.superType}`);
    assert.ok((scopes[type] ?? []).length > 0, `${type} has no TextMate scopes in contributes.semanticTokenScopes`);
  }
  // Themes that do not opt in to semantic highlighting would ignore the tokens otherwise.
  assert.equal(manifest.contributes.configurationDefaults['[article]']['editor.semanticHighlighting.enabled'], true);
});

test('contributions: the code lens command is an extension command', () => {
  assert.ok(manifest.contributes.commands.some((c) => c.command === PEEK_RELATED_COMMAND));
  const client = fs.readFileSync(path.join(ROOT, 'client', 'src', 'extension.ts'), 'utf8');
  // The client takes the name from the protocol module it shares with the server (see layering.test.ts).
  assert.match(client, /registerCommand\(PEEK_RELATED_COMMAND\b/, 'client/src/extension.ts registers the command');
});

test('contributions: the Stories view the client fills is declared in the Explorer', () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { STORIES_VIEW_ID } = require(path.join(ROOT, 'server', 'out', 'protocol')) as typeof import('../../server/src/protocol');
  const views = (manifest.contributes as unknown as { views?: Record<string, Array<{ id: string }>> }).views ?? {};
  assert.ok((views.explorer ?? []).some((v) => v.id === STORIES_VIEW_ID), `${STORIES_VIEW_ID} is not in contributes.views.explorer`);
});
