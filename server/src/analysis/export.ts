// The corpus and its findings as plain JSON, for `crosscheck export` and `crosscheck check --format json`.
// Pure: everything comes from the service; no file system. Offsets are UTF-16 code units into the
// document text; `line` and `column` fields are 1-based (column counts UTF-16 units after the line break).
import type { CrosscheckService } from './service';
import type { EntityType, Finding, QuantityKind, Reading, Severity } from './types';
import { mentionEntity } from './corpus/entities/mentionEntities';

export interface PositionJson {
  /** 1-based line. */
  line: number;
  /** 1-based column in UTF-16 code units. */
  column: number;
}

export interface MentionJson {
  start: number;
  end: number;
  /** The entity's type; null for a pronoun, which names no entity by itself (its `entity` has the type). */
  type: EntityType | null;
  /** Entity id, or null when the mention was not linked to an entity. */
  entity: string | null;
  text: string;
  /** `pronoun`: "he", "her" … standing for the person a mention before it names (its entity is that mention's). */
  kind: 'name' | 'description' | 'handle' | 'pronoun';
  role?: string;
}

export interface SpeakerJson {
  start: number;
  end: number;
  entity: string | null;
  text: string;
}

export interface QuotationJson {
  start: number;
  end: number;
  speaker: SpeakerJson | null;
  /** The quoted words without the quotation marks. */
  text: string;
}

export interface QuantityJson {
  start: number;
  end: number;
  kind: QuantityKind;
  low: number | null;
  high: number | null;
  unit: string;
  text: string;
  hedge: string | null;
}

export interface DocumentJson {
  /** Path relative to the folder ('/'-separated). */
  file: string;
  /** The outlet name (config `sources`), else the file name. */
  source: string;
  date: string | null;
  title: string | null;
  entities: MentionJson[];
  quotations: QuotationJson[];
  quantities: QuantityJson[];
}

export interface EntityJson {
  id: string;
  name: string;
  type: EntityType;
  aliases: string[];
  roles: string[];
  /** Number of documents that mention it. */
  sources: number;
  mentions: { file: string; start: number; end: number }[];
}

export interface RelatedJson extends Partial<PositionJson> {
  file: string;
  start: number;
  end: number;
  message: string;
}

export interface FindingJson extends Partial<PositionJson> {
  code: string;
  severity: Severity;
  message: string;
  file: string;
  start: number;
  end: number;
  related: RelatedJson[];
  fingerprint?: string;
  fixes?: { file: string; start: number; end: number; title: string; newText: string }[];
  /** The id of the story the finding's document is in (findings compare articles of one story only). */
  story?: string;
}

/** A story: the articles of the folder that report one event. */
export interface StoryJson {
  id: string;
  title: string;
  /** Paths relative to the folder, sorted. */
  files: string[];
}

export interface CorpusJson {
  documents: DocumentJson[];
  entities: EntityJson[];
  findings: FindingJson[];
  stories: StoryJson[];
}

export interface ExportOptions {
  /** Also export findings the user marked as reviewed (config `reviewed`). */
  includeReviewed?: boolean;
  /** How a document is named in the output; default `service.documentName(uri)`. */
  fileName?: (uri: string) => string;
}

/** 1-based line and column of a UTF-16 offset; `\r\n`, `\n` and a lone `\r` each end a line. */
export function positionAt(text: string, offset: number): PositionJson {
  return lineIndex(text)(offset);
}

/** A reusable offset → position function for one text (binary search over line starts). */
export function lineIndex(text: string): (offset: number) => PositionJson {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 /* \n */) starts.push(i + 1);
    else if (c === 13 /* \r */ && text.charCodeAt(i + 1) !== 10) starts.push(i + 1);
  }
  return (offset: number) => {
    const at = Math.max(0, Math.min(offset, text.length));
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= at) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: at - starts[lo] + 1 };
  };
}

const byStartThenName = <T extends { file: string; start: number }>(a: T, b: T) =>
  a.file < b.file ? -1 : a.file > b.file ? 1 : a.start - b.start;

/** Builds the offset → position lookups lazily, one per document. */
function positions(service: CrosscheckService) {
  const cache = new Map<string, ((offset: number) => PositionJson) | undefined>();
  return (uri: string, offset: number): PositionJson | undefined => {
    if (!cache.has(uri)) {
      const text = service.text(uri);
      cache.set(uri, text === undefined ? undefined : lineIndex(text));
    }
    return cache.get(uri)?.(offset);
  };
}

/** The findings as JSON: `{ "findings": [...] }`, sorted by file and offset. */
export function findingsJson(service: CrosscheckService, options: ExportOptions = {}): { findings: FindingJson[] } {
  return { findings: exportFindings(service, options) };
}

export function exportFindings(service: CrosscheckService, options: ExportOptions = {}): FindingJson[] {
  const fileName = options.fileName ?? ((uri: string) => service.documentName(uri));
  const position = positions(service);
  const findings = service.findings(undefined, { includeReviewed: options.includeReviewed });
  return findings
    .map((finding) => {
      const json = findingToJson(finding, fileName, position);
      const story = service.storyOf(finding.uri);
      if (story !== undefined) json.story = story;
      return json;
    })
    .sort((a, b) => byStartThenName(a, b) || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
}

/** The folder's stories, each with its documents' paths. */
export function exportStories(service: CrosscheckService, options: ExportOptions = {}): StoryJson[] {
  const fileName = options.fileName ?? ((uri: string) => service.documentName(uri));
  return service.stories().map((story) => ({ id: story.id, title: story.title, files: story.uris.map(fileName).sort() }));
}

export function findingToJson(
  finding: Finding,
  fileName: (uri: string) => string,
  position: (uri: string, offset: number) => PositionJson | undefined = () => undefined,
): FindingJson {
  const out: FindingJson = {
    code: finding.code,
    severity: finding.severity,
    message: finding.message,
    file: fileName(finding.uri),
    start: finding.start,
    end: finding.end,
    ...position(finding.uri, finding.start),
    related: finding.related.map((related) => ({
      file: fileName(related.uri),
      start: related.start,
      end: related.end,
      ...position(related.uri, related.start),
      message: related.message,
    })),
    fingerprint: finding.fingerprint,
  };
  if (finding.fixes?.length) {
    out.fixes = finding.fixes.map((fix) => ({ file: fileName(fix.uri), start: fix.start, end: fix.end, title: fix.title, newText: fix.newText }));
  }
  return out;
}

/** A document's pronouns that stand for a person entity, as mentions of it. */
function pronounsOf(uri: string, reading: Reading, corpus: ReturnType<CrosscheckService['corpus']>): MentionJson[] {
  return (reading.pronouns ?? []).flatMap((p, k) => {
    const entity = corpus.entityById.get(corpus.pronounEntity.get(`${uri}#${k}`) ?? '');
    return entity ? [{ start: p.start, end: p.end, type: null, entity: entity.id, text: p.text, kind: 'pronoun' as const }] : [];
  });
}

/** Every document's mentions, quotations and quantities, the entities across documents, and the findings. */
export function exportCorpus(service: CrosscheckService, options: ExportOptions = {}): CorpusJson {
  const fileName = options.fileName ?? ((uri: string) => service.documentName(uri));
  // Entities are linked within a story: each document's mentions are looked up in its story's corpus.
  const entityOf = (uri: string, mention: number): string | null => mentionEntity(service.corpus(uri).mentionEntity, uri, mention) ?? null;

  const documents: DocumentJson[] = [];
  for (const uri of service.uris()) {
    const reading = service.reading(uri);
    if (!reading) continue;
    documents.push({
      file: fileName(uri),
      source: service.sourceName(uri),
      date: reading.meta.date ?? null,
      title: reading.meta.title ?? null,
      // The corpus has the last word: a tentative mention it did not link is no entity, and a
      // mention's type is its entity's.
      entities: reading.mentions.flatMap((mention, index) => {
        const id = entityOf(uri, index);
        const entity = id ? service.corpus(uri).entityById.get(id) : undefined;
        if (!entity) return [];
        const json: MentionJson = {
          start: mention.start,
          end: mention.end,
          type: entity.type,
          entity: entity.id,
          text: mention.text,
          kind: mention.kind,
        };
        if (mention.role) json.role = mention.role;
        return [json];
      }).concat(pronounsOf(uri, reading, service.corpus(uri))).sort((a, b) => a.start - b.start),
      quotations: reading.quotations.map((quotation) => {
        const speaker = quotation.speaker;
        return {
          start: quotation.start,
          end: quotation.end,
          speaker: speaker
            ? {
                start: speaker.start,
                end: speaker.end,
                entity: entityOf(uri, speaker.mention),
                text: reading.mentions[speaker.mention]?.text ?? reading.text.slice(speaker.start, speaker.end),
              }
            : quotation.speakerPhrase
              ? { start: quotation.speakerPhrase.start, end: quotation.speakerPhrase.end, entity: null, text: quotation.speakerPhrase.text }
              : null,
          text: quotation.text,
        };
      }),
      quantities: reading.quantities.map((quantity) => ({
        start: quantity.start,
        end: quantity.end,
        kind: quantity.kind,
        low: quantity.low ?? null,
        high: quantity.high ?? null,
        unit: quantity.unit,
        text: quantity.text,
        hedge: quantity.hedge ?? null,
      })),
    });
  }
  documents.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));

  const entities: EntityJson[] = service.entities().map((entity) => ({
    id: entity.id,
    name: entity.name,
    type: entity.type,
    aliases: [...entity.aliases],
    roles: [...entity.roles],
    sources: entity.sources,
    mentions: entity.mentions.map((span) => ({ file: fileName(span.uri), start: span.start, end: span.end })).sort(byStartThenName),
  }));

  return { documents, entities, findings: exportFindings(service, options), stories: exportStories(service, options) };
}
