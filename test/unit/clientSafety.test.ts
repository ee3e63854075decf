// The VS Code client is safe to run on a folder nobody vetted: it declares that it only reads (untrusted
// workspaces), says why it cannot run on virtual file systems, and every webview it creates has a strict
// Content-Security-Policy and loads nothing remote. The
// client is run with stand-ins for VS Code (test/helpers/vscodeStub.ts): every command it registers is run and
// every webview view it provides is resolved, and each HTML document handed to a webview is checked. The
// scripts and styles under media/ are checked for remote addresses and for ways to inject markup.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'fs';
import * as path from 'path';
import * as ts from 'typescript';
import { ROOT } from '../helpers/analysis';
import { CSP_SOURCE, runClient, type CapturedWebview } from '../helpers/vscodeStub';

const CLIENT_MAIN = path.join(ROOT, 'client', 'out', 'extension.js');

/** What is wrong with one webview: its options, its policy, and every address and script in its page. */
function webviewProblems(webview: Pick<CapturedWebview, 'options' | 'cspSource' | 'resourcePrefix'>, html: string): string[] {
  const problems: string[] = [];
  if (webview.options.enableCommandUris) problems.push('enableCommandUris lets the page run commands');
  if (webview.options.enableScripts && !Array.isArray(webview.options.localResourceRoots)) problems.push('scripts are enabled without localResourceRoots');
  const metas = [...html.matchAll(/<meta\s(?:[^>"']|"[^"]*"|'[^']*')*http-equiv=["']Content-Security-Policy["'](?:[^>"']|"[^"]*"|'[^']*')*>/gi)];
  if (metas.length !== 1) return [...problems, `${metas.length} Content-Security-Policy meta tags (one expected)`];
  const head = html.slice(0, metas[0].index);
  if (/<(script|link|style)\b/i.test(head)) problems.push('content loads before the policy');
  const content = /content=(?:"([^"]*)"|'([^']*)')/i.exec(metas[0][0]);
  const policy = content?.[1] ?? content?.[2] ?? '';
  const directives = new Map(policy.split(';').map((d) => d.trim().split(/\s+/)).filter((d) => d[0]).map(([name, ...sources]) => [name.toLowerCase(), sources]));
  if ((directives.get('default-src') ?? []).join(' ') !== "'none'") problems.push(`default-src is not 'none': ${policy}`);
  const nonces = new Set<string>();
  for (const [name, sources] of directives) {
    for (const source of sources) {
      const nonce = /^'nonce-([^']+)'$/.exec(source);
      if (nonce) nonces.add(nonce[1]);
      else if (source === webview.cspSource || source === "'none'" || source === "'self'") continue;
      else problems.push(`${name} allows ${source}`);
    }
  }
  for (const tag of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    const nonce = /\bnonce=["']([^"']+)["']/i.exec(tag[1])?.[1];
    if (!nonce || !nonces.has(nonce)) problems.push(`a script without the page's nonce: ${tag[0].slice(0, 80)}`);
    if (tag[2].trim() !== '') problems.push('an inline script');
  }
  for (const attribute of html.matchAll(/\b(src|href|action|srcset|poster|data)\s*=\s*["']([^"']*)["']/gi)) {
    const value = attribute[2];
    if (!value.startsWith(webview.resourcePrefix) && !value.startsWith('#')) problems.push(`${attribute[1]}="${value}" is not a resource of the extension`);
  }
  if (/\son[a-z]+\s*=/i.test(html)) problems.push('an inline event handler');
  if (/<(iframe|object|embed|base|frame)\b/i.test(html)) problems.push('an iframe, object, embed or base element');
  if (/url\(\s*['"]?(?:https?:)?\/\//i.test(html)) problems.push('a remote url() in a style');
  return problems;
}

/** The webview creations in the client's sources, by the view type written at each (or the call's text). */
function webviewCreations(): Array<{ where: string; viewType?: string }> {
  const found: Array<{ where: string; viewType?: string }> = [];
  const dir = path.join(ROOT, 'client', 'src');
  const calls = new Set(['createWebviewPanel', 'registerWebviewViewProvider', 'registerCustomEditorProvider', 'registerWebviewPanelSerializer']);
  for (const name of fs.readdirSync(dir).filter((f) => f.endsWith('.ts'))) {
    const file = path.join(dir, name);
    const source = ts.createSourceFile(file, fs.readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
    const visit = (node: ts.Node) => {
      if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression) && calls.has(node.expression.name.text)) {
        const first = node.arguments[0];
        found.push({ where: `client/src/${name}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}`, viewType: first && ts.isStringLiteral(first) ? first.text : undefined });
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return found;
}

test('every webview the client creates has a strict Content-Security-Policy and loads nothing remote', async (t) => {
  const run = await runClient(CLIENT_MAIN, ROOT, path.join(ROOT, 'seeds'));
  const creations = webviewCreations();
  t.diagnostic(`${run.commands.size} commands run; ${run.webviews.length} webviews created (${run.webviews.map((w) => w.viewType).join(', ')}); ${creations.length} creation sites in client/src`);
  // Every place in the sources that creates a webview was reached, so that none goes unchecked.
  for (const creation of creations) {
    assert.ok(
      run.webviews.some((w) => creation.viewType === undefined || w.viewType === creation.viewType),
      `${creation.where} creates a webview no command opened: teach runClient how to reach it`,
    );
  }
  assert.ok(run.webviews.length >= creations.length, `${creations.length} creation sites but ${run.webviews.length} webviews seen`);
  for (const webview of run.webviews) {
    assert.ok(webview.html.length > 0, `${webview.viewType} was never given a page`);
    for (const html of webview.html) assert.deepEqual(webviewProblems(webview, html), [], `${webview.viewType}`);
  }
});

test('the webview check itself catches loose policies, remote content and inline code', () => {
  const webview = { options: { enableScripts: true, localResourceRoots: [] }, cspSource: CSP_SOURCE, resourcePrefix: `${CSP_SOURCE}/` };
  const page = (csp: string, body = '') => `<html><head><meta http-equiv="Content-Security-Policy" content="${csp}"></head><body>${body}</body></html>`;
  const good = page(`default-src 'none'; style-src ${CSP_SOURCE}; script-src 'nonce-abc'`, `<script nonce="abc" src="${CSP_SOURCE}/media/x.js"></script>`);
  assert.deepEqual(webviewProblems(webview, good), []);
  const bad: Array<[string, string]> = [
    ['<html><body>no policy</body></html>', 'no policy'],
    [page(`default-src *`), 'default-src *'],
    [page(`default-src 'none'; script-src 'unsafe-inline'`), 'unsafe-inline'],
    [page(`default-src 'none'; script-src https://cdn.example.com`), 'a remote script host'],
    [page(`default-src 'none'; img-src https:`), 'any https image'],
    [page(`default-src 'none'; script-src 'nonce-abc'`, '<script nonce="abc">alert(1)</script>'), 'an inline script'],
    [page(`default-src 'none'; script-src 'nonce-abc'`, '<script src="x.js"></script>'), 'a script without nonce'],
    [page(`default-src 'none'`, '<img src="https://tracker.example.com/p.gif">'), 'a remote image'],
    [page(`default-src 'none'`, '<a href="#" onclick="run()">x</a>'), 'an inline handler'],
    [page(`default-src 'none'`, '<iframe></iframe>'), 'an iframe'],
    [page(`default-src 'none'`, '<div style="background:url(//example.com/a.png)"></div>'), 'a remote url()'],
  ];
  for (const [html, what] of bad) assert.ok(webviewProblems(webview, html).length > 0, `not caught: ${what}`);
  assert.ok(webviewProblems({ ...webview, options: { enableCommandUris: true } }, good).length > 0, 'command URIs not caught');
});

test('the webviews\' scripts and styles (media/) name no remote address and inject no markup', () => {
  const media = path.join(ROOT, 'media');
  const files = fs.existsSync(media) ? fs.readdirSync(media, { recursive: true }).map(String).filter((f) => /\.(js|css|html)$/.test(f)) : [];
  for (const file of files) {
    const text = fs.readFileSync(path.join(media, file), 'utf8');
    assert.doesNotMatch(text, /\b(?:https?:)?\/\/[a-z0-9.-]+\.[a-z]{2,}/i, `${file} names a remote address`);
    if (file.endsWith('.js')) {
      assert.doesNotMatch(text, /\.(?:innerHTML|outerHTML)\s*=|insertAdjacentHTML|document\.write|\beval\s*\(|new Function\s*\(/, `${file} builds markup or code from strings`);
    }
  }
});

test('the extension declares untrusted-workspace support (it only reads) and its virtual-workspace limit', () => {
  const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
  assert.equal(manifest.capabilities?.untrustedWorkspaces?.supported, true, 'a read-only checker runs in Restricted Mode');
  const virtual = manifest.capabilities?.virtualWorkspaces;
  assert.ok(virtual && (virtual.supported === false || virtual.supported === 'limited'), JSON.stringify(virtual));
  assert.ok(typeof virtual.description === 'string' && virtual.description.length > 20, 'the limit is explained to the user');
  // Nothing the manifest contributes runs code from the workspace: no task, debugger or terminal profile.
  for (const contribution of ['taskDefinitions', 'debuggers', 'terminal']) assert.equal(manifest.contributes?.[contribution], undefined, contribution);
});
