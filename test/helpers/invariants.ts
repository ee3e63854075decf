// What must hold of the analysis on any input: it answers every question without throwing, every span it
// gives lies inside its document's text on UTF-16 boundaries, and its answers do not depend on the order in
// which documents arrived. Used by the property tests and the stress worker, through the service API only.
import type * as Api from '../../server/src/analysis/index';

export interface SpanProblem {
  where: string;
  start: unknown;
  end: unknown;
  length: number;
}

const isHigh = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLow = (code: number) => code >= 0xdc00 && code <= 0xdfff;

/** Whether an offset falls between the two halves of a surrogate pair. */
function splitsPair(text: string, offset: number): boolean {
  return offset > 0 && offset < text.length && isHigh(text.charCodeAt(offset - 1)) && isLow(text.charCodeAt(offset));
}

function badSpan(text: string, start: unknown, end: unknown): boolean {
  if (typeof start !== 'number' || typeof end !== 'number' || !Number.isInteger(start) || !Number.isInteger(end)) return true;
  return start < 0 || end < start || end > text.length || splitsPair(text, start) || splitsPair(text, end);
}

/**
 * Every object with numeric `start` and `end` in a value (a reading, a finding), checked against `textOf` its
 * `uri` (or the owner's text when it has none). Object graphs are walked once per object.
 */
export function spanProblems(value: unknown, ownText: string, textOf: (uri: string) => string | undefined, where: string): SpanProblem[] {
  const problems: SpanProblem[] = [];
  const seen = new Set<object>();
  const walk = (node: unknown, path: string, text: string) => {
    if (!node || typeof node !== 'object' || seen.has(node)) return;
    seen.add(node);
    const record = node as Record<string, unknown>;
    let own = text;
    if (typeof record.uri === 'string') {
      const other = textOf(record.uri);
      if (other === undefined) {
        problems.push({ where: `${path} (unknown uri ${record.uri})`, start: record.start, end: record.end, length: -1 });
        return;
      }
      own = other;
    }
    if ('start' in record && 'end' in record && badSpan(own, record.start, record.end)) {
      problems.push({ where: path, start: record.start, end: record.end, length: own.length });
    }
    if (Array.isArray(node)) node.forEach((item, i) => walk(item, `${path}[${i}]`, own));
    else for (const [key, child] of Object.entries(record)) if (key !== 'text' && child && typeof child === 'object') walk(child, `${path}.${key}`, own);
  };
  walk(value, where, ownText);
  return problems;
}

/**
 * Asks the service every question a host asks (findings, symbols, names, agreements, and at a spread of
 * offsets: target, related, references) and checks each answer's spans. Throws on the first broken invariant
 * with what broke; an exception of the service itself propagates as it is.
 */
export function checkService(service: Api.CrosscheckService, probes = 12): void {
  const textOf = (uri: string) => service.reading(uri)?.text;
  // The service turns an exception of the reader into a skipped document: that is a failure here.
  const failed = service.skipped().filter((s) => /could not be analysed/.test(s.reason));
  if (failed.length > 0) throw new Error(`the reader threw: ${failed.map((s) => `${s.name}: ${s.reason}`).join('; ')}`);
  const problems: SpanProblem[] = [];
  for (const uri of service.uris()) {
    const reading = service.reading(uri);
    if (!reading) throw new Error(`${uri} is listed but has no reading`);
    const text = reading.text;
    problems.push(...spanProblems(reading, text, textOf, `reading(${uri})`));
    problems.push(...spanProblems(service.findings(uri, { includeReviewed: true }), text, textOf, `findings(${uri})`));
    problems.push(...spanProblems(service.symbols(uri), text, textOf, `symbols(${uri})`));
    problems.push(...spanProblems(service.names(uri), text, textOf, `names(${uri})`));
    problems.push(...spanProblems(service.agreements(uri), text, textOf, `agreements(${uri})`));
    for (let k = 0; k <= probes; k++) {
      const offset = Math.floor((text.length * k) / probes);
      problems.push(...spanProblems(service.at(uri, offset), text, textOf, `at(${uri}, ${offset})`));
      problems.push(...spanProblems(service.related(uri, offset), text, textOf, `related(${uri}, ${offset})`));
      problems.push(...spanProblems(service.references(uri, offset), text, textOf, `references(${uri}, ${offset})`));
    }
    if (problems.length > 0) break;
  }
  // Entities carry mentions of every document.
  problems.push(...spanProblems(service.entities(), '', textOf, 'entities()'));
  if (problems.length > 0) throw new Error(`spans outside their text or inside a surrogate pair:\n${problems.slice(0, 10).map((p) => JSON.stringify(p)).join('\n')}`);
}

/** The service's answers as one comparable value: findings, entities and per-document readings, in a fixed order. */
export function snapshot(service: Api.CrosscheckService): string {
  const uris = [...service.uris()].sort();
  const findings = service
    .findings(undefined, { includeReviewed: true })
    .map((f) => JSON.stringify(f))
    .sort();
  const entities = service
    .entities()
    .map((e) => JSON.stringify({ name: e.name, type: e.type, mentions: [...e.mentions].map((m) => `${m.uri}#${m.start}-${m.end}`).sort() }))
    .sort();
  const readings = uris.map((uri) => {
    const { version: _version, ...reading } = service.reading(uri)!;
    return JSON.stringify(reading);
  });
  return JSON.stringify({ uris, findings, entities, readings });
}
