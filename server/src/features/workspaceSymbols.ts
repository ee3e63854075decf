// Workspace symbols: the entities of all sources, found by any of their spellings.
import type { SymbolInformation } from 'vscode-languageserver';
import type { CrosscheckService } from '../analysis/service';
import { entitySymbolKind } from './documentSymbols';
import { toLocation } from './positions';

export function workspaceSymbols(services: CrosscheckService[], query: string): SymbolInformation[] {
  const needle = query.trim().toLowerCase();
  const symbols: SymbolInformation[] = [];
  for (const service of services) {
    for (const entity of service.entities()) {
      const names = [entity.name, ...entity.aliases];
      if (needle && !names.some((name) => name.toLowerCase().includes(needle))) continue;
      const first = entity.mentions[0];
      const location = first ? toLocation(service, first) : undefined;
      if (!location) continue;
      symbols.push({
        name: entity.name.trim() || '(unnamed)',
        kind: entitySymbolKind(entity.type),
        location,
        containerName: `${entity.type} · ${entity.sources} ${entity.sources === 1 ? 'source' : 'sources'}`,
      });
    }
  }
  return symbols;
}
