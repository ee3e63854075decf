// The one analysis service behind the language server, the CLI and the tests.
// Reading is per document and cached; the corpus (entities, claim and quotation groups) and the
// findings are rebuilt lazily on the first question after a change, never on the hover path itself.
import { defaultConfig, type Config } from './config';
import { buildCorpus, type Corpus } from './corpus/corpus';
import { runChecks } from './checks/checks';
import { readArticle } from './read/readArticle';
import { targetAt } from './corpus/targets';
import { relatedSpans, referenceSpans } from './corpus/navigation';
import { agreementsIn, type Agreement } from './answers/agreement';
import type { Entity, EntityType, Finding, Reading, RelatedSpan, SourceSpan, Span, Target } from './types';

export interface DocumentOptions {
  version?: number;
  /** Path relative to the workspace root: the key of `config.sources`, and the fallback source name. */
  name?: string;
}

export type SymbolKind = 'person' | 'organization' | 'place' | 'other' | 'claim' | 'quotation';

export interface ArticleSymbol extends Span {
  name: string;
  kind: SymbolKind;
  detail?: string;
  /** Entity id for entity symbols. */
  entity?: string;
}

export interface FindingFilter {
  /** Also return findings whose fingerprint is in `config.reviewed`. */
  includeReviewed?: boolean;
}

export interface CrosscheckService {
  readonly config: Config;
  setConfig(config: Config): void;
  /** Re-reads one document from its current text (unsaved text counts). */
  update(uri: string, text: string, options?: DocumentOptions): Reading;
  remove(uri: string): void;
  uris(): string[];
  reading(uri: string): Reading | undefined;
  /** The name a document is known by in messages: its outlet when known, else its file name. */
  sourceName(uri: string): string;
  /** The workspace-relative path given for a document, or its uri. */
  documentName(uri: string): string;
  corpus(): Corpus;
  /** Findings on one document, or on all when `uri` is omitted; severity `off` findings are dropped. */
  findings(uri?: string, filter?: FindingFilter): Finding[];
  at(uri: string, offset: number): Target | undefined;
  /** "Go to related claim": the same claim, quantity or quotation in the other sources. */
  related(uri: string, offset: number): RelatedSpan[];
  /** Every mention of the entity at the offset, in every source and spelling. */
  references(uri: string, offset: number): SourceSpan[];
  entities(): Entity[];
  entity(id: string): Entity | undefined;
  symbols(uri: string): ArticleSymbol[];
  /** The names (and handles) in one document that stand for an entity, typed as the corpus types it: for highlighting. */
  names(uri: string): NameSpan[];
  /** The document's claims and quotations that other sources also report: how many agree and differ. */
  agreements(uri: string): Agreement[];
}

export interface NameSpan extends Span {
  type: Exclude<EntityType, 'other'>;
}

export function createService(options: { config?: Config } = {}): CrosscheckService {
  let config = options.config ?? defaultConfig();
  const readings = new Map<string, Reading>();
  const names = new Map<string, string>();
  let corpusCache: Corpus | undefined;
  let findingsCache: Finding[] | undefined;
  /** Per document, for the corpus in `corpusCache`: the editor asks again after every pass. */
  const agreementsCache = new Map<string, Agreement[]>();

  const invalidate = () => {
    corpusCache = undefined;
    findingsCache = undefined;
    agreementsCache.clear();
  };
  const corpus = (): Corpus => (corpusCache ??= buildCorpus([...readings.values()], config));
  const allFindings = (): Finding[] => (findingsCache ??= runChecks(corpus(), config));

  const sourceInfo = (uri: string) => config.sources[names.get(uri) ?? ''] ?? {};

  const service: CrosscheckService = {
    get config() {
      return config;
    },
    setConfig(next) {
      const before = JSON.stringify({ ...config, reviewed: [] });
      config = next;
      // Reading depends on source metadata and tolerances; reviewed fingerprints only filter findings.
      if (before !== JSON.stringify({ ...next, reviewed: [] })) {
        for (const [uri, reading] of readings) readings.set(uri, reRead(uri, reading.text, reading.version));
      }
      invalidate();
    },
    update(uri, text, opts = {}) {
      if (opts.name !== undefined) names.set(uri, opts.name);
      const previous = readings.get(uri);
      if (previous && previous.text === text) {
        if (opts.version !== undefined) previous.version = opts.version;
        return previous;
      }
      const reading = reRead(uri, text, opts.version ?? (previous ? previous.version + 1 : 0));
      readings.set(uri, reading);
      invalidate();
      return reading;
    },
    remove(uri) {
      if (readings.delete(uri)) invalidate();
      names.delete(uri);
    },
    uris: () => [...readings.keys()],
    reading: (uri) => readings.get(uri),
    sourceName: (uri) => readings.get(uri)?.meta.source ?? fallbackName(names.get(uri) ?? uri),
    documentName: (uri) => names.get(uri) ?? uri,
    corpus,
    findings(uri, filter = {}) {
      const reviewed = new Set(filter.includeReviewed ? [] : config.reviewed);
      return allFindings().filter((f) => (uri === undefined || f.uri === uri) && !reviewed.has(f.fingerprint));
    },
    at: (uri, offset) => targetAt(corpus(), uri, offset),
    related: (uri, offset) => relatedSpans(corpus(), uri, offset),
    references: (uri, offset) => referenceSpans(corpus(), uri, offset),
    entities: () => corpus().entities,
    entity: (id) => corpus().entityById.get(id),
    symbols: (uri) => articleSymbols(corpus(), uri),
    names: (uri) => entityNames(corpus(), uri),
    agreements(uri) {
      const built = corpus();
      let cached = agreementsCache.get(uri);
      if (!cached) agreementsCache.set(uri, (cached = agreementsIn(built, uri)));
      return cached;
    },
  };

  function reRead(uri: string, text: string, version: number): Reading {
    const info = sourceInfo(uri);
    return readArticle(text, {
      uri,
      version,
      source: info.source ?? fallbackName(names.get(uri) ?? uri),
      date: info.date,
      tolerances: config.tolerances,
    });
  }

  return service;
}

/** "seeds/000_642705d574fadfd9.txt" → "000_642705d574fadfd9". */
export function fallbackName(path: string): string {
  const base = path.replace(/\\/g, '/').split('/').pop() ?? path;
  return decodeURIComponent(base.replace(/\.(txt|md|markdown)$/i, ''));
}

function articleSymbols(corpus: Corpus, uri: string): ArticleSymbol[] {
  const reading = corpus.readings.get(uri);
  if (!reading) return [];
  const symbols: ArticleSymbol[] = [];
  const seen = new Set<string>();
  reading.mentions.forEach((mention, index) => {
    const entityId = corpus.mentionEntity.get(`${uri}#${index}`);
    const entity = entityId ? corpus.entityById.get(entityId) : undefined;
    if (!entity || mention.kind !== 'name' || seen.has(entity.id)) return;
    seen.add(entity.id);
    symbols.push({
      name: entity.name,
      kind: entity.type,
      detail: entity.roles[0],
      entity: entity.id,
      start: mention.start,
      end: mention.end,
    });
  });
  reading.claims.forEach((claim) => {
    const quantity = reading.quantities[claim.quantity];
    symbols.push({ name: `${claim.attribute}: ${quantity.text}`, kind: 'claim', detail: claim.trigger, start: claim.start, end: claim.end });
  });
  reading.quotations.forEach((quotation) => {
    const speaker = quotation.speaker ? reading.mentions[quotation.speaker.mention].text : (quotation.speakerPhrase?.text ?? 'unknown speaker');
    const words = quotation.text.length > 48 ? `${quotation.text.slice(0, 45)}…` : quotation.text;
    symbols.push({ name: `“${words}”`, kind: 'quotation', detail: speaker, start: quotation.start, end: quotation.end });
  });
  return symbols.sort((a, b) => a.start - b.start);
}

/**
 * Names linked to an entity of a known type, in document order. The corpus' type wins over the
 * mention's own guess (one source's "Kremlin" is typed by all of them); descriptions ("the Ukrainian
 * president") are left out, since colouring a common noun phrase as a name would mislead.
 */
function entityNames(corpus: Corpus, uri: string): NameSpan[] {
  const reading = corpus.readings.get(uri);
  if (!reading) return [];
  const names: NameSpan[] = [];
  reading.mentions.forEach((mention, index) => {
    if (mention.kind === 'description') return;
    const id = corpus.mentionEntity.get(`${uri}#${index}`);
    const type = id ? corpus.entityById.get(id)?.type : undefined;
    if (type && type !== 'other') names.push({ start: mention.start, end: mention.end, type });
  });
  return names.sort((a, b) => a.start - b.start);
}
