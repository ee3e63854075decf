// Quick fixes: the replacements a finding offers, and "Mark as reviewed" (its fingerprint added to
// `reviewed:` in crosscheck.yaml), as workspace edits the user may apply. The server never writes files.
import { CodeActionKind, type CodeAction, type Diagnostic, type TextEdit, type WorkspaceEdit } from 'vscode-languageserver';
import { isMap, isScalar, isSeq } from 'yaml';
import { parseValidYaml } from '../analysis/yamlRecovery';
import type { CrosscheckService } from '../analysis/service';
import type { Finding } from '../analysis/types';
import { SOURCE, type DiagnosticData } from './diagnostics';
import { indexFor, lineIndex, toRange, zeroRange } from './positions';

/** The config file the fingerprint goes to: its current text, or none when it is to be created. */
export interface ReviewTarget {
  uri: string;
  text?: string;
}

export function codeActions(service: CrosscheckService, uri: string, diagnostics: Diagnostic[], review?: ReviewTarget): CodeAction[] {
  const ours = diagnostics.filter((d) => d.source === SOURCE && typeof (d.data as DiagnosticData | undefined)?.fingerprint === 'string');
  if (ours.length === 0 || !service.reading(uri)) return [];
  const byFingerprint = new Map<string, Finding>();
  for (const finding of service.findings(uri, { includeReviewed: true })) byFingerprint.set(finding.fingerprint, finding);
  const actions: CodeAction[] = [];
  for (const diagnostic of ours) {
    const fingerprint = (diagnostic.data as DiagnosticData).fingerprint;
    const fixes = byFingerprint.get(fingerprint)?.fixes ?? [];
    for (const fix of fixes) {
      const index = indexFor(service, fix.uri);
      if (!index) continue;
      const edit: TextEdit = { range: toRange(index, fix), newText: fix.newText };
      actions.push({
        title: fix.title,
        kind: CodeActionKind.QuickFix,
        diagnostics: [diagnostic],
        isPreferred: fixes.length === 1 ? true : undefined,
        edit: { changes: { [fix.uri]: [edit] } },
      });
    }
    const edit = review ? reviewedEdit(review, fingerprint) : undefined;
    if (edit) actions.push({ title: 'Mark as reviewed (crosscheck.yaml)', kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], edit });
  }
  return actions;
}

/** Adds `fingerprint` to the `reviewed:` list, keeping the rest of the file as written. */
export function reviewedEdit(target: ReviewTarget, fingerprint: string): WorkspaceEdit | undefined {
  const item = JSON.stringify(fingerprint);
  const { uri, text } = target;
  if (text === undefined) {
    return {
      documentChanges: [
        { kind: 'create', uri, options: { ignoreIfExists: true } },
        { textDocument: { uri, version: null }, edits: [{ range: zeroRange, newText: `reviewed:\n  - ${item}\n` }] },
      ],
    };
  }
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const index = lineIndex(uri, text);
  const insert = (offset: number, newText: string): WorkspaceEdit => ({
    changes: { [uri]: [{ range: toRange(index, { start: offset, end: offset }), newText }] },
  });
  const lineEnd = (offset: number) => {
    const found = text.slice(offset).search(/\r?\n/);
    return found < 0 ? text.length : offset + found;
  };
  const appendList = () => insert(text.length, `${text.length > 0 && !text.endsWith('\n') ? eol : ''}reviewed:${eol}  - ${item}${eol}`);

  // Never rewrite a file that does not parse: the edit could land anywhere in it.
  const doc = parseValidYaml(text);
  if (!doc) return undefined;
  const root = doc.contents;
  if (root === null || (isScalar(root) && (root.value === null || root.value === ''))) return appendList();
  if (!isMap(root)) return undefined;
  const pair = root.items.find((p) => isScalar(p.key) && p.key.value === 'reviewed');
  if (!pair) return appendList();
  const value = pair.value;
  const keyEnd = isScalar(pair.key) && pair.key.range ? pair.key.range[1] : 0;
  if (value === null || (isScalar(value) && value.value === null)) return insert(lineEnd(keyEnd), `${eol}  - ${item}`);
  if (!isSeq(value) || !value.items.every((i) => isScalar(i)) || !value.range) return undefined;
  const items = value.items as Array<{ value: unknown; range?: [number, number, number] | null }>;
  if (items.some((i) => i.value === fingerprint)) return undefined;
  if (value.flow || items.length === 0) {
    const list = `[${[...items.map((i) => String(i.value)), fingerprint].map((v) => JSON.stringify(v)).join(', ')}]`;
    return { changes: { [uri]: [{ range: toRange(index, { start: value.range[0], end: value.range[1] }), newText: list }] } };
  }
  const last = items[items.length - 1].range;
  if (!last) return undefined;
  const dash = text.lastIndexOf('-', last[0]);
  const lineStart = Math.max(text.lastIndexOf('\n', dash) + 1, 0);
  return insert(lineEnd(last[1]), `${eol}${text.slice(lineStart, dash)}- ${item}`);
}
