// Tokenizes text with the extension's TextMate grammar, as VS Code does: vscode-textmate with the
// Oniguruma engine compiled to WebAssembly, loaded from node_modules (nothing is downloaded).
import * as fs from 'fs';
import * as path from 'path';
import * as oniguruma from 'vscode-oniguruma';
import * as textmate from 'vscode-textmate';

const REPO_ROOT = path.resolve(__dirname, '..', '..', '..');
export const GRAMMAR_FILE = path.join(REPO_ROOT, 'syntaxes', 'article.tmLanguage.json');
const SCOPE_NAME = 'source.article';

export interface Token {
  /** Offset of the token in the whole text. */
  start: number;
  end: number;
  text: string;
  scopes: string[];
}

let grammar: Promise<textmate.IGrammar> | undefined;

function loadGrammar(): Promise<textmate.IGrammar> {
  return (grammar ??= (async () => {
    const wasm = fs.readFileSync(require.resolve('vscode-oniguruma/release/onig.wasm'));
    await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength) as ArrayBuffer);
    const registry = new textmate.Registry({
      onigLib: Promise.resolve({
        createOnigScanner: (patterns: string[]) => new oniguruma.OnigScanner(patterns),
        createOnigString: (s: string) => new oniguruma.OnigString(s),
      }),
      loadGrammar: async (scopeName: string) =>
        scopeName === SCOPE_NAME ? textmate.parseRawGrammar(fs.readFileSync(GRAMMAR_FILE, 'utf8'), GRAMMAR_FILE) : null,
    });
    const loaded = await registry.loadGrammar(SCOPE_NAME);
    if (!loaded) throw new Error(`grammar ${SCOPE_NAME} did not load from ${GRAMMAR_FILE}`);
    return loaded;
  })());
}

/** Every token of the text, line by line with the rule stack carried over (quotations span lines). */
export async function tokenize(text: string): Promise<Token[]> {
  const g = await loadGrammar();
  const tokens: Token[] = [];
  let stack = textmate.INITIAL;
  let lineStart = 0;
  for (const line of text.split('\n')) {
    const content = line.endsWith('\r') ? line.slice(0, -1) : line;
    const result = g.tokenizeLine(content, stack);
    for (const t of result.tokens) {
      const end = Math.min(t.endIndex, content.length);
      if (end <= t.startIndex) continue;
      tokens.push({ start: lineStart + t.startIndex, end: lineStart + end, text: content.slice(t.startIndex, end), scopes: t.scopes });
    }
    stack = result.ruleStack;
    lineStart += line.length + 1;
  }
  return tokens;
}

/** The tokens covering the `occurrence`-th `needle` in `text` (throws when it is absent). */
export function tokensOver(tokens: Token[], text: string, needle: string, occurrence = 0): Token[] {
  let at = -1;
  for (let i = 0; i <= occurrence; i++) {
    at = text.indexOf(needle, at + 1);
    if (at < 0) throw new Error(`"${needle}" (#${occurrence}) not in the text`);
  }
  const end = at + needle.length;
  return tokens.filter((t) => t.end > at && t.start < end);
}

/** Whether some scope of the token is `scope` or a child of it ("string.quoted" matches "string.quoted.double.article"). */
export function hasScope(token: Token, scope: string): boolean {
  return token.scopes.some((s) => s === scope || s.startsWith(`${scope}.`));
}
