// `check`'s text output: a line per finding ("file:line:col severity code message"), the other sources' spans as
// indented "related" lines and the finding's fingerprint, then a summary. The first line of each finding is what
// editors' problem matchers read; the indented lines are for the person reading.
import type { Severity } from '../analysis/types';
import { uriPath } from '../node/folder';
import { displayPath, locator, type Checked, type HostFinding } from './checked';

const oneLine = (text: string) => text.replace(/\s*[\r\n]+\s*/g, ' ');

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 || word === 'information' ? '' : 's'}`;
}

/** The host's findings (skipped files, config problems), for stderr. */
export function hostLines(host: HostFinding[]): string {
  return host.map((f) => `${displayPath(f.path)}:${f.line}:${f.column} ${f.severity} ${f.code} ${oneLine(f.message)}\n`).join('');
}

export function textReport(checked: Checked, includeReviewed: boolean): string {
  const { service, host } = checked;
  const where = locator(checked);
  const at = (uri: string, offset: number) => {
    const place = where(uri, offset);
    return `${place.display}:${place.line}:${place.column}`;
  };
  const reviewed = new Set(service.config.reviewed);
  const findings = service.findings(undefined, { includeReviewed: true }).filter((f) => includeReviewed || !reviewed.has(f.fingerprint));
  const sorted = [...findings].sort((a, b) => (a.uri < b.uri ? -1 : a.uri > b.uri ? 1 : a.start - b.start));
  let out = '';
  for (const finding of sorted) {
    const mark = reviewed.has(finding.fingerprint) ? '[reviewed] ' : '';
    out += `${at(finding.uri, finding.start)} ${finding.severity} ${finding.code} ${mark}${oneLine(finding.message)}\n`;
    for (const related of finding.related) out += `    related ${at(related.uri, related.start)} ${oneLine(related.message)}\n`;
    out += `    fingerprint ${finding.fingerprint}\n`;
  }
  const counts = (['error', 'warning', 'information', 'hint'] as Severity[])
    .map((severity) => [severity, sorted.filter((f) => f.severity === severity).length] as const)
    .filter(([, count]) => count > 0)
    .map(([severity, count]) => plural(count, severity));
  let summary = `${plural(service.uris().length, 'file')}, ${sorted.length === 0 ? 'no findings' : `${plural(sorted.length, 'finding')} (${counts.join(', ')})`}`;
  const hidden = includeReviewed ? 0 : service.findings(undefined, { includeReviewed: true }).length - findings.length;
  const marked = includeReviewed ? sorted.filter((f) => reviewed.has(f.fingerprint)).length : 0;
  if (marked > 0) summary += `; ${marked} marked reviewed`;
  if (hidden > 0) summary += `; ${plural(hidden, 'reviewed finding')} not shown (--include-reviewed shows them)`;
  const skipped = host.filter((f) => f.code === 'bad-input').length;
  const problems = host.length - skipped;
  if (skipped > 0) summary += `; ${plural(skipped, 'file')} skipped`;
  if (problems > 0) summary += `; ${plural(problems, 'config problem')}`;
  return `${out}${summary}\n`;
}

/**
 * Why nothing can be compared, when the folder holds fewer than two articles: Crosscheck compares reports of one
 * event by several sources. Undefined when there are two or more.
 */
export function nothingToCompare(checked: Checked, described: string): string | undefined {
  const { service } = checked;
  const articles = service.uris();
  if (articles.length >= 2) return undefined;
  if (articles.length === 1) {
    const file = uriPath(articles[0]);
    return `crosscheck: only one article was read (${file ? displayPath(file) : articles[0]}), so there is nothing to compare it with: Crosscheck compares two or more sources' reports of one event. Put the other outlets' articles beside it.\n`;
  }
  return `crosscheck: no articles in ${described}, so there is nothing to compare. Articles are the files matching ${service.config.articles.join(', ')} (set "articles:" in crosscheck.yaml), or the files you name: crosscheck check a.txt b.md\n`;
}
