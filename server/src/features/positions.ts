// Offsets (UTF-16 code units, what the analysis uses) <-> LSP positions, at the LSP edge only.
// Positions are always computed on the text the service read, so they agree with its spans.
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Location, Position, Range } from 'vscode-languageserver';
import type { CrosscheckService } from '../analysis/service';
import type { Span } from '../analysis/types';

const cache = new Map<string, TextDocument>();

/** A line index over `text`; reused while the text of `uri` stays the same. */
export function lineIndex(uri: string, text: string): TextDocument {
  const cached = cache.get(uri);
  if (cached && cached.getText() === text) return cached;
  const document = TextDocument.create(uri, 'article', 0, text);
  cache.set(uri, document);
  return document;
}

export function forget(uri: string): void {
  cache.delete(uri);
}

export function toRange(index: TextDocument, span: Span): Range {
  return { start: index.positionAt(span.start), end: index.positionAt(Math.max(span.start, span.end)) };
}

/** The index of the text the service has for `uri`, or undefined for a document it does not know. */
export function indexFor(service: CrosscheckService, uri: string): TextDocument | undefined {
  const reading = service.reading(uri);
  return reading ? lineIndex(uri, reading.text) : undefined;
}

/** The offset of an LSP position in the document as the service read it. */
export function offsetAt(service: CrosscheckService, uri: string, position: Position): number | undefined {
  return indexFor(service, uri)?.offsetAt(position);
}

/** A span of any document of the service as a Location; undefined when the document is unknown. */
export function toLocation(service: CrosscheckService, span: Span & { uri: string }): Location | undefined {
  const index = indexFor(service, span.uri);
  return index ? { uri: span.uri, range: toRange(index, span) } : undefined;
}

/** Spans as Locations, leaving out those in documents the service does not know. */
export function toLocations(service: CrosscheckService, spans: Array<Span & { uri: string }>): Location[] {
  return spans.flatMap((span) => toLocation(service, span) ?? []);
}

export const zeroRange: Range = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
