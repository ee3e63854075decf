// `check --format sarif`: the findings as a SARIF 2.1.0 log, for GitHub code scanning and other SARIF viewers.
// One rule per finding code (with its help text), one result per finding with the other sources' spans as related
// locations and Crosscheck's fingerprint as a partial fingerprint, so that an alert survives edits elsewhere in
// the file. Paths are relative to the current directory (%SRCROOT%): run it from the repository root for an upload.
import * as path from 'path';
import { pathToFileURL } from 'url';
import { DEFAULT_SEVERITY } from '../analysis/checks/finding';
import type { FindingCode, Severity } from '../analysis/types';
import { locator, type Checked, type Place } from './checked';
import { FINDING_CODES } from './findingCodes';

export const SARIF_SCHEMA = 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json';
/** The package's version (package.json). */
const TOOL_VERSION = '0.1.0';
const SRCROOT = '%SRCROOT%';
/** The key of Crosscheck's own fingerprint in `partialFingerprints`. */
export const FINGERPRINT_KEY = 'crosscheck/v1';

type Level = 'error' | 'warning' | 'note';
const LEVEL: Record<Severity, Level> = { error: 'error', warning: 'warning', information: 'note', hint: 'note' };

interface Location {
  physicalLocation: {
    artifactLocation: { uri: string; uriBaseId: string };
    region: { startLine: number; startColumn: number; endLine?: number; endColumn?: number; charOffset?: number; charLength?: number; snippet?: { text: string } };
  };
}

/** One finding as the reports share it: the service's findings and the host's (skipped files, config problems). */
interface Item {
  code: FindingCode;
  severity: Severity;
  message: string;
  location: Location;
  related: Array<Location & { message: string }>;
  fingerprint?: string;
  reviewed: boolean;
}

export function sarifLog(checked: Checked, includeReviewed: boolean): object {
  const items = [...serviceItems(checked, includeReviewed), ...hostItems(checked)];
  const codes = Object.keys(FINDING_CODES) as FindingCode[];
  const rules = codes.map((code) => ({
    id: code,
    name: FINDING_CODES[code].name,
    shortDescription: { text: FINDING_CODES[code].short },
    fullDescription: { text: FINDING_CODES[code].help.replace(/`/g, '') },
    help: { text: FINDING_CODES[code].help.replace(/`/g, ''), markdown: FINDING_CODES[code].help },
    defaultConfiguration: { level: LEVEL[DEFAULT_SEVERITY[code]] },
    properties: { tags: ['crosscheck', code.endsWith('-conflict') ? 'conflict' : code.startsWith('quote') ? 'quotation' : 'wording'] },
  }));
  const results = items.map((item) => {
    const result: Record<string, unknown> = {
      ruleId: item.code,
      ruleIndex: codes.indexOf(item.code),
      level: LEVEL[item.severity],
      message: { text: item.message },
      locations: [item.location],
    };
    if (item.related.length > 0) {
      result.relatedLocations = item.related.map(({ message, ...location }, i) => ({ id: i + 1, ...location, message: { text: message } }));
    }
    if (item.fingerprint) result.partialFingerprints = { [FINGERPRINT_KEY]: item.fingerprint };
    if (item.reviewed) result.suppressions = [{ kind: 'external', status: 'accepted', justification: 'Marked as reviewed in crosscheck.yaml' }];
    return result;
  });
  return {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'Crosscheck', version: TOOL_VERSION, semanticVersion: TOOL_VERSION, rules } },
        originalUriBaseIds: { [SRCROOT]: { uri: `${pathToFileURL(process.cwd()).href.replace(/\/?$/, '/')}` } },
        columnKind: 'utf16CodeUnits',
        invocations: [{ executionSuccessful: true }],
        results,
      },
    ],
  };
}

function serviceItems(checked: Checked, includeReviewed: boolean): Item[] {
  const where = locator(checked);
  const reviewed = new Set(checked.service.config.reviewed);
  const textOf = (uri: string, start: number, end: number) => checked.service.text(uri)?.slice(start, end);
  const locate = (uri: string, start: number, end: number) => location(where(uri, start), where(uri, end), start, end, textOf(uri, start, end));
  return checked.service
    .findings(undefined, { includeReviewed })
    .map((finding) => ({
      code: finding.code,
      severity: finding.severity,
      message: finding.message,
      location: locate(finding.uri, finding.start, finding.end),
      related: finding.related.map((related) => ({ ...locate(related.uri, related.start, related.end), message: related.message })),
      fingerprint: finding.fingerprint,
      reviewed: reviewed.has(finding.fingerprint),
    }));
}

function hostItems(checked: Checked): Item[] {
  return checked.host.map((finding) => {
    const place = { path: finding.path, display: finding.file, line: finding.line ?? 1, column: finding.column ?? 1 };
    const span = finding.end > finding.start ? { start: finding.start, end: finding.end } : undefined;
    return {
      code: finding.code as FindingCode,
      severity: finding.severity,
      message: finding.message,
      location: location(place, place, span?.start, span?.end),
      related: [],
      reviewed: false,
    };
  });
}

/** A span's region; without a span (a file that could not be read), the place alone. */
function location(start: Place, end: Place, from?: number, to?: number, snippet?: string): Location {
  const region: Location['physicalLocation']['region'] = { startLine: start.line, startColumn: start.column };
  if (from !== undefined && to !== undefined && to > from) {
    Object.assign(region, { endLine: end.line, endColumn: end.column, charOffset: from, charLength: to - from });
  }
  if (snippet) region.snippet = { text: snippet };
  return { physicalLocation: { artifactLocation: { uri: artifactUri(start), uriBaseId: SRCROOT }, region } };
}

/** "seeds/002_x.txt": relative to the current directory, '/'-separated and URI-escaped. */
function artifactUri(place: Place): string {
  const relative = place.path ? path.relative(process.cwd(), place.path) : place.display;
  return relative.split(path.sep).map(encodeURIComponent).join('/');
}
