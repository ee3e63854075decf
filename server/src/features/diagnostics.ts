// Findings -> LSP diagnostics; config problems and skipped files as diagnostics too.
import { DiagnosticSeverity, type Diagnostic, type DiagnosticRelatedInformation } from 'vscode-languageserver';
import type { ConfigProblem } from '../analysis/config';
import type { CrosscheckService } from '../analysis/service';
import { severityFor } from '../analysis/checks/finding';
import type { Finding, FindingCode, Severity } from '../analysis/types';
import { indexFor, lineIndex, toLocation, toRange, zeroRange } from './positions';

export const SOURCE = 'crosscheck';

export interface DiagnosticData {
  fingerprint: string;
}

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

/**
 * A finding as a diagnostic, its range on `index` (default: the text the service read). `textOf` gives the text of
 * other articles the service has not read yet (a story foreseen from stored readings).
 */
export function findingDiagnostic(
  service: CrosscheckService,
  finding: Finding,
  index = indexFor(service, finding.uri),
  textOf?: (uri: string) => string | undefined,
): Diagnostic | undefined {
  if (!index) return undefined;
  const relatedInformation: DiagnosticRelatedInformation[] = [];
  for (const related of finding.related) {
    const text = textOf?.(related.uri);
    const location = text !== undefined ? { uri: related.uri, range: toRange(lineIndex(related.uri, text), related) } : toLocation(service, related);
    if (location) relatedInformation.push({ location, message: related.message || service.sourceName(related.uri) });
  }
  const data: DiagnosticData = { fingerprint: finding.fingerprint };
  return {
    range: toRange(index, finding),
    severity: SEVERITY[finding.severity] ?? DiagnosticSeverity.Warning,
    code: finding.code,
    source: SOURCE,
    message: finding.message,
    relatedInformation: relatedInformation.length > 0 ? relatedInformation : undefined,
    data,
  };
}

/** One document's diagnostics (its story is checked first, if it was not yet). */
export function documentDiagnostics(service: CrosscheckService, uri: string): Diagnostic[] {
  return service.findings(uri).flatMap((finding) => findingDiagnostic(service, finding) ?? []);
}

/** The LSP severity of a host-made finding, by the same rule as the analysis' own; undefined when off. */
function configuredSeverity(service: CrosscheckService, code: FindingCode): DiagnosticSeverity | undefined {
  const level = severityFor(code, service.config);
  return level === 'off' ? undefined : SEVERITY[level];
}

/**
 * Problems of crosscheck.yaml at their reported place. A problem reported past the last
 * non-blank character (YAML reports an unclosed bracket at the end of the input) is shown at
 * the end of the last line that has content, which is where the user has to look.
 */
export function configDiagnostics(service: CrosscheckService, uri: string, text: string, problems: ConfigProblem[]): Diagnostic[] {
  const severity = configuredSeverity(service, 'config-error');
  if (severity === undefined) return [];
  const index = lineIndex(uri, text);
  const contentEnd = text.trimEnd().length;
  return problems.map((problem) => {
    let start = index.offsetAt({ line: problem.line, character: problem.character });
    let end = Math.max(start, problem.end);
    if (start >= contentEnd && contentEnd > 0) {
      start = contentEnd - 1;
      end = contentEnd;
    }
    // An ignored key or code is a warning; what was lost (a default used instead) keeps the configured level.
    const level = problem.severity === 'warning' ? Math.max(severity, DiagnosticSeverity.Warning) : severity;
    return { range: toRange(index, { start, end }), severity: level as DiagnosticSeverity, code: 'config-error', source: SOURCE, message: problem.message };
  });
}

/** A file that looks like an article but could not be read: one diagnostic at its start. */
export function badInputDiagnostics(service: CrosscheckService, reason: string): Diagnostic[] {
  const severity = configuredSeverity(service, 'bad-input');
  if (severity === undefined) return [];
  return [{ range: zeroRange, severity, code: 'bad-input', source: SOURCE, message: `Crosscheck ${reason}` }];
}

/** A stable key of a diagnostics set, to skip re-publishing an unchanged one. */
export function diagnosticsKey(diagnostics: Diagnostic[]): string {
  return JSON.stringify(diagnostics);
}
