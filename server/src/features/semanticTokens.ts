// Semantic tokens: every name the analysis links to an entity, typed person, organization or place,
// so editors colour names by what they stand for. The token types are Crosscheck's own; the VS Code
// extension declares them with standard super types and TextMate scopes (package.json), so that any
// theme colours them. Read from the cached reading and corpus: nothing is computed per request but
// the positions.
import { SemanticTokensBuilder, type Range, type SemanticTokens, type SemanticTokensLegend } from 'vscode-languageserver';
import type { CrosscheckService, NameSpan } from '../analysis/service';
import { indexFor } from './positions';

const TOKEN_TYPES: ReadonlyArray<NameSpan['type']> = ['person', 'organization', 'place'];

export const SEMANTIC_TOKENS_LEGEND: SemanticTokensLegend = { tokenTypes: [...TOKEN_TYPES], tokenModifiers: [] };

/** The tokens of the whole document, or of the names that overlap `range`. */
export function semanticTokens(service: CrosscheckService, uri: string, range?: Range): SemanticTokens {
  const index = indexFor(service, uri);
  if (!index) return { data: [] };
  const from = range ? index.offsetAt(range.start) : 0;
  const to = range ? index.offsetAt(range.end) : Infinity;
  const builder = new SemanticTokensBuilder();
  let previousEnd = 0;
  for (const name of service.names(uri)) {
    // Tokens must not overlap, and a token on two lines needs a capability few clients have.
    if (name.end <= from || name.start >= to || name.start < previousEnd) continue;
    const start = index.positionAt(name.start);
    const end = index.positionAt(name.end);
    if (start.line !== end.line || end.character <= start.character) continue;
    builder.push(start.line, start.character, end.character - start.character, TOKEN_TYPES.indexOf(name.type), 0);
    previousEnd = name.end;
  }
  return builder.build();
}
