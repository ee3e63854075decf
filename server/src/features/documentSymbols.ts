// The outline of one article: the entities it names, its claims and its quotations.
import { SymbolKind, type DocumentSymbol } from 'vscode-languageserver';
import type { CrosscheckService, SymbolKind as ArticleSymbolKind } from '../analysis/service';
import type { EntityType } from '../analysis/types';
import { lineIndex, toRange } from './positions';

// Namespace is kept for stories (workspace symbols): a place is an EnumMember, as its semantic token is.
export const SYMBOL_KIND: Record<ArticleSymbolKind, SymbolKind> = {
  person: SymbolKind.Object,
  organization: SymbolKind.Module,
  place: SymbolKind.EnumMember,
  other: SymbolKind.Constant,
  claim: SymbolKind.Number,
  quotation: SymbolKind.String,
};

export function entitySymbolKind(type: EntityType): SymbolKind {
  return SYMBOL_KIND[type] ?? SymbolKind.Constant;
}

export function documentSymbols(service: CrosscheckService, uri: string): DocumentSymbol[] {
  const symbols = service.symbols(uri);
  // An open article the folder has not read yet is outlined as it reads alone (editors ask once per text).
  const text = (service.reading(uri) ?? service.previewReading(uri))?.text;
  if (text === undefined) return [];
  const index = lineIndex(uri, text);
  return symbols.map((symbol) => {
    const range = toRange(index, symbol);
    return {
      // Editors reject symbols with empty names.
      name: symbol.name.trim() || '(unnamed)',
      detail: symbol.detail,
      kind: SYMBOL_KIND[symbol.kind] ?? SymbolKind.Constant,
      range,
      selectionRange: range,
    };
  });
}
