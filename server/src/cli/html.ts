// `check --format html`: one self-contained page (inline style, no script, nothing fetched; a Content-Security-Policy
// says so): the sources, the source matrix of each story (analysis/answers/matrix.ts, the model the VS Code
// webview shows), then every finding with the words of each side quoted in their sentence.
import { sourceMatrix, type MatrixCell, type SourceMatrix } from '../analysis/answers/matrix';
import type { Finding, Reading, Span } from '../analysis/types';
import { locator, type Checked } from './checked';
import { FINDING_CODES } from './findingCodes';

/** A story: the documents reported on together (the service's stories). */
export interface Story {
  name: string;
  uris: string[];
}

export interface HtmlOptions {
  /** What was checked, for the title ("seeds"). */
  title: string;
  includeReviewed: boolean;
  stories?: Story[];
}

export function htmlReport(checked: Checked, options: HtmlOptions): string {
  const { service } = checked;
  // A folder that is one story is named by the folder; several are named by their titles.
  const found = service.stories();
  const stories = options.stories ?? (found.length === 1 ? [{ name: options.title, uris: found[0].uris }] : found.map((s) => ({ name: s.title, uris: s.uris })));
  const reviewed = new Set(service.config.reviewed);
  const findings = service.findings(undefined, { includeReviewed: options.includeReviewed });
  const matrices = stories.map((story) => ({ story, matrix: sourceMatrix(service, story.uris) }));
  const sources = matrices.flatMap(({ matrix }) => matrix.sources);
  const body = [
    `<header><h1>Crosscheck report: ${esc(options.title)}</h1>`,
    `<p class="summary">${count(sources.length, 'source')} · ${count(findings.length, 'finding')}${checked.host.length > 0 ? ` · ${count(checked.host.length, 'file problem')}` : ''}</p></header>`,
    sourcesSection(checked, matrices.map((m) => m.matrix)),
    ...matrices.map(({ story, matrix }) => matrixSection(story, matrix, stories.length > 1)),
    findingsSection(checked, findings, reviewed),
    hostSection(checked),
    '<footer>Made by <code>crosscheck check --format html</code>. Offsets are read from the files as they were at that moment.</footer>',
  ].join('\n');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<meta name="generator" content="Crosscheck">
<title>Crosscheck report: ${esc(options.title)}</title>
<style>${STYLE}</style>
</head>
<body>
${body}
</body>
</html>
`;
}

function sourcesSection(checked: Checked, matrices: SourceMatrix[]): string {
  const where = locator(checked);
  const rows = matrices
    .flatMap((m) => m.sources)
    .map((s) => `<tr><th scope="row">${esc(s.name)}</th><td><code>${esc(where(s.uri, 0).display)}</code></td><td>${esc(s.date ?? '')}</td><td>${esc(s.title ?? '')}</td><td class="number">${s.findings}</td></tr>`);
  return `<section id="sources"><h2>Sources</h2>
<table class="sources"><thead><tr><th scope="col">Source</th><th scope="col">File</th><th scope="col">Date</th><th scope="col">Title</th><th scope="col">Findings</th></tr></thead>
<tbody>${rows.join('\n') || '<tr><td colspan="5">No articles were read.</td></tr>'}</tbody></table></section>`;
}

function matrixSection(story: Story, matrix: SourceMatrix, named: boolean): string {
  const heading = `<h2>What the sources say${named ? `: ${esc(story.name)}` : ''}</h2>`;
  if (matrix.topics.length === 0) {
    return `<section class="matrix">${heading}<p>No claim or quotation is reported by two or more of these sources.</p></section>`;
  }
  const columns = matrix.sources.length + 1;
  const head = `<thead><tr><th scope="col">Claim or quotation</th>${matrix.sources.map((s) => `<th scope="col">${esc(s.name)}</th>`).join('')}</tr></thead>`;
  const body = matrix.topics
    .map((topic) => {
      const rows = topic.rows.map(
        (row) => `<tr class="${row.disagreement ? 'disagreement' : ''}"><th scope="row">${esc(row.label)}</th>${row.cells.map((cell) => matrixCell(cell)).join('')}</tr>`,
      );
      return `<tr class="topic"><th colspan="${columns}" scope="colgroup">${esc(topic.title)}</th></tr>\n${rows.join('\n')}`;
    })
    .join('\n');
  return `<section class="matrix">${heading}
<p class="legend"><span class="cell agree">agrees</span> <span class="cell differ">differs</span> <span class="cell absent">not reported</span> — a cell differs when its value cannot be true together with at least as many other sources as it agrees with. Under the words, the value as Crosscheck reads it.</p>
<div class="scroll"><table class="matrix">${head}<tbody>${body}</tbody></table></div></section>`;
}

function matrixCell(cell: MatrixCell): string {
  if (cell.state === 'absent') return '<td class="cell absent">—</td>';
  const entries = cell.entries.map((entry) => {
    const title = [entry.value, entry.comparison].filter(Boolean).join(' · ');
    const value = entry.value.toLowerCase() === entry.text.toLowerCase() ? '' : `<small>${esc(entry.value)}</small>`;
    return `<div class="entry" title="${esc(title)}">${esc(clip(entry.text, 160))}${value}</div>`;
  });
  return `<td class="cell ${cell.state}">${entries.join('')}</td>`;
}

function findingsSection(checked: Checked, findings: Finding[], reviewed: Set<string>): string {
  if (findings.length === 0) return '<section id="findings"><h2>Findings</h2><p>No findings.</p></section>';
  const where = locator(checked);
  const { service } = checked;
  const quote = (uri: string, span: Span, label: string) => {
    const reading = service.reading(uri);
    const place = where(uri, span.start);
    const words = reading ? inSentence(reading, span) : '';
    return `<figure><blockquote>${words}</blockquote><figcaption>${esc(label)} — <code>${esc(place.display)}:${place.line}:${place.column}</code></figcaption></figure>`;
  };
  const items = findings.map((finding) => {
    const help = FINDING_CODES[finding.code];
    const others = finding.related.map((related) => quote(related.uri, related, service.sourceName(related.uri)));
    return `<article class="finding ${finding.severity}">
<h3><span class="severity">${finding.severity}</span> <code title="${esc(help.short)}">${finding.code}</code>${reviewed.has(finding.fingerprint) ? ' <span class="reviewed">reviewed</span>' : ''}</h3>
<p>${esc(finding.message)}</p>
${quote(finding.uri, finding, service.sourceName(finding.uri))}
${others.length > 0 ? `<div class="others">${others.join('\n')}</div>` : ''}
<p class="fingerprint">fingerprint <code>${esc(finding.fingerprint)}</code></p>
</article>`;
  });
  return `<section id="findings"><h2>Findings</h2>\n${items.join('\n')}</section>`;
}

function hostSection(checked: Checked): string {
  if (checked.host.length === 0) return '';
  const items = checked.host.map((f) => `<li><code>${esc(f.file)}:${f.line ?? 1}</code> <span class="severity">${f.severity}</span> <code>${f.code}</code> ${esc(f.message)}</li>`);
  return `<section id="problems"><h2>Files not checked and configuration problems</h2><ul>${items.join('')}</ul></section>`;
}

/** The sentence that holds a span, with the span marked; long sentences are cut around it. */
function inSentence(reading: Reading, span: Span): string {
  const sentence = reading.sentences.find((s) => span.start >= s.start && span.start < s.end) ?? span;
  const start = Math.min(sentence.start, span.start);
  const end = Math.max(sentence.end, span.end);
  const before = reading.text.slice(start, span.start);
  const after = reading.text.slice(span.end, end);
  const words = (text: string) => text.replace(/\s+/g, ' ');
  return `${esc(clipStart(words(before), 200))}<mark>${esc(words(reading.text.slice(span.start, span.end)))}</mark>${esc(clip(words(after), 200))}`;
}

function clip(text: string, length: number): string {
  return text.length <= length ? text : `${text.slice(0, length - 1).trimEnd()}…`;
}

function clipStart(text: string, length: number): string {
  return text.length <= length ? text : `…${text.slice(text.length - length + 1).trimStart()}`;
}

function count(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

function esc(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

const STYLE = `
:root { color-scheme: light dark; --fg: #1f2328; --muted: #59636e; --bg: #ffffff; --line: #d1d9e0; --head: #f6f8fa;
  --agree: #dafbe1; --agree-line: #4ac26b; --differ: #ffebe9; --differ-line: #e5534b; --absent: transparent; --mark: #fff8c5; }
@media (prefers-color-scheme: dark) { :root { --fg: #e6edf3; --muted: #9198a1; --bg: #0d1117; --line: #3d444d; --head: #151b23;
  --agree: #12261e; --agree-line: #2ea043; --differ: #2d1214; --differ-line: #f85149; --mark: #4d3e00; } }
* { box-sizing: border-box; }
body { margin: 0 auto; max-width: 100rem; padding: 1.5rem; font: 15px/1.5 system-ui, -apple-system, "Segoe UI", sans-serif; color: var(--fg); background: var(--bg); }
h1 { font-size: 1.6rem; margin: 0; } h2 { font-size: 1.25rem; margin-top: 2rem; border-bottom: 1px solid var(--line); padding-bottom: .3rem; } h3 { font-size: 1rem; margin: 0 0 .3rem; }
.summary, .legend, footer, figcaption, .fingerprint, small { color: var(--muted); }
code { font: .85em ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; }
table { border-collapse: collapse; width: 100%; } th, td { border: 1px solid var(--line); padding: .35rem .5rem; text-align: left; vertical-align: top; }
thead th { background: var(--head); } td.number { text-align: right; }
.scroll { overflow-x: auto; }
table.matrix th[scope=row] { font-weight: 600; min-width: 14rem; }
tr.topic th { background: var(--head); font-size: .8rem; text-transform: uppercase; letter-spacing: .04em; color: var(--muted); }
.cell.agree { background: var(--agree); box-shadow: inset 3px 0 var(--agree-line); }
.cell.differ { background: var(--differ); box-shadow: inset 3px 0 var(--differ-line); }
.cell.absent { color: var(--muted); text-align: center; }
.legend .cell { display: inline-block; padding: 0 .5rem; border: 1px solid var(--line); }
.entry + .entry { margin-top: .4rem; border-top: 1px dotted var(--line); padding-top: .4rem; }
.entry small { display: block; }
.finding { border: 1px solid var(--line); border-left-width: 4px; border-radius: 4px; padding: .8rem 1rem; margin: 1rem 0; }
.finding.error { border-left-color: var(--differ-line); } .finding.warning { border-left-color: #d29922; } .finding.information, .finding.hint { border-left-color: #4493f8; }
.severity { text-transform: uppercase; font-size: .75rem; letter-spacing: .05em; }
.reviewed { font-size: .75rem; border: 1px solid var(--line); border-radius: 1rem; padding: 0 .5rem; }
figure { margin: .6rem 0; } blockquote { margin: 0; padding: .3rem .8rem; border-left: 3px solid var(--line); }
mark { background: var(--mark); color: inherit; padding: 0 .1rem; }
.others figure blockquote { border-left-style: dashed; }
footer { margin-top: 3rem; font-size: .85rem; }
`;
