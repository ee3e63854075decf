// The source matrix of one story as plain data: rows are the claims and quotations its sources report, grouped by
// what they are about; columns are the sources; each cell holds what that source writes, marked agree, differ or
// absent. The VS Code webview and the CLI's HTML report both show this one answer.
//
// "Agree" and "differ" are the code lens' counts (corpus/agreement.ts), which mean what the checks mean: a cell
// differs when its value is disjoint from (a quotation worded differently than) at least as many other sources as
// it agrees with; a source whose value fits both sides agrees.
import type { Agreement } from './agreement';
import type { CrosscheckService } from '../service';
import { matrixRows, type RowEntry } from './matrixRows';

export type CellState = 'agree' | 'differ' | 'absent';

export interface MatrixSource {
  uri: string;
  /** The outlet (front matter or crosscheck.yaml), else the file name. */
  name: string;
  /** The path the host gave the document (relative to the folder). */
  file: string;
  date?: string;
  title?: string;
  /** Findings on this document, reviewed ones left out. */
  findings: number;
}

export interface MatrixEntry extends RowEntry {
  /** "agrees with 1 source, differs from 3": how the other sources compare with this wording. */
  comparison?: string;
}

export interface MatrixCell {
  state: CellState;
  /** What the source writes, in document order; empty when absent. */
  entries: MatrixEntry[];
}

export interface MatrixRow {
  id: string;
  kind: 'claim' | 'quotation';
  label: string;
  /** One cell per source, in the order of `SourceMatrix.sources`. */
  cells: MatrixCell[];
  /** Some cell differs. */
  disagreement: boolean;
}

export interface MatrixTopic {
  title: string;
  rows: MatrixRow[];
}

export interface SourceMatrix {
  sources: MatrixSource[];
  topics: MatrixTopic[];
  /** Findings over the story's documents. */
  findings: number;
}

/** The matrix of the story made of `uris` (default: the first story of the service). */
export function sourceMatrix(service: CrosscheckService, uris: string[] = service.stories()[0]?.uris ?? []): SourceMatrix {
  const known = [...new Set(uris)].filter((uri) => service.reading(uri) !== undefined).sort((a, b) => compareNames(service, a, b));
  const sources = known.map((uri) => describeSource(service, uri));
  const column = new Map(known.map((uri, i) => [uri, i]));
  const agreements = agreementIndex(service, known);

  // A story has one corpus: the one its first document belongs to.
  const rows = (known.length === 0 ? [] : matrixRows(service.corpus(known[0]), new Set(known)))
    .map((draft) => {
      const cells: MatrixCell[] = known.map(() => ({ state: 'absent', entries: [] }));
      for (const entry of [...draft.entries].sort((a, b) => a.start - b.start)) {
        const cell = cells[column.get(entry.uri)!];
        const agreement = agreements.get(spanKey(entry));
        cell.entries.push(agreement ? { ...entry, comparison: comparison(agreement) } : entry);
        if (cell.state !== 'differ') cell.state = agreement && differs(agreement) ? 'differ' : 'agree';
      }
      const first = cells.findIndex((cell) => cell.state !== 'absent');
      const row: MatrixRow = { id: draft.id, kind: draft.kind, label: draft.label, cells, disagreement: cells.some((c) => c.state === 'differ') };
      // Claims first (the figures to compare at a glance), then quotations; each in the order the sources tell them.
      return { draft, row, order: [draft.kind === 'claim' ? 0 : 1, first, cells[first].entries[0].start] };
    })
    .sort((a, b) => a.order[0] - b.order[0] || a.order[1] - b.order[1] || a.order[2] - b.order[2]);

  const topics = new Map<string, MatrixTopic>();
  for (const { draft, row } of rows) {
    const topic = topics.get(draft.topic) ?? { title: draft.topic.replace(/^./, (c) => c.toUpperCase()), rows: [] };
    topic.rows.push(row);
    topics.set(draft.topic, topic);
  }
  return { sources, topics: [...topics.values()], findings: sources.reduce((sum, s) => sum + s.findings, 0) };
}

function describeSource(service: CrosscheckService, uri: string): MatrixSource {
  const meta = service.reading(uri)!.meta;
  const source: MatrixSource = { uri, name: service.sourceName(uri), file: service.documentName(uri), findings: service.findings(uri).length };
  if (meta.date) source.date = meta.date;
  if (meta.title) source.title = meta.title;
  return source;
}

function compareNames(service: CrosscheckService, a: string, b: string): number {
  const x = service.documentName(a);
  const y = service.documentName(b);
  return x < y ? -1 : x > y ? 1 : 0;
}

const spanKey = (span: { uri: string; start: number; end: number }) => `${span.uri}#${span.start}#${span.end}`;

/** The code lens' agreement of every claim and quotation of the story, by its span. */
function agreementIndex(service: CrosscheckService, uris: string[]): Map<string, Agreement> {
  const index = new Map<string, Agreement>();
  for (const uri of uris) for (const agreement of service.agreements(uri)) index.set(spanKey({ uri, ...agreement }), agreement);
  return index;
}

/** The side the checks report: at least as many other sources differ as agree. */
function differs(agreement: Agreement): boolean {
  return agreement.differing > 0 && agreement.differing >= agreement.agreeing;
}

function comparison(agreement: Agreement): string {
  const sources = (n: number) => `${n} other source${n === 1 ? '' : 's'}`;
  const parts: string[] = [];
  if (agreement.agreeing > 0) parts.push(`${agreement.kind === 'quotation' ? 'worded the same as' : 'agrees with'} ${sources(agreement.agreeing)}`);
  if (agreement.differing > 0) parts.push(`${agreement.kind === 'quotation' ? 'worded differently from' : 'differs from'} ${sources(agreement.differing)}`);
  if (agreement.partial > 0) parts.push(`overlaps ${sources(agreement.partial)} in part`);
  return parts.join('; ');
}
