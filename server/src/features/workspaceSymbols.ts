// Workspace symbols: the stories of the folder (kind Namespace: a story holds the articles about one event) and the
// entities of all sources, found by any of their spellings.
import { SymbolKind, type SymbolInformation } from 'vscode-languageserver';
import type { CrosscheckService } from '../analysis/service';
import { entitySymbolKind } from './documentSymbols';
import { toLocation } from './positions';

export function workspaceSymbols(services: CrosscheckService[], query: string): SymbolInformation[] {
  const needle = query.trim().toLowerCase();
  const symbols: SymbolInformation[] = [];
  for (const service of services) symbols.push(...storySymbols(service, needle));
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

/** A story is found by its title and placed on the headline of its first article. */
function storySymbols(service: CrosscheckService, needle: string): SymbolInformation[] {
  const symbols: SymbolInformation[] = [];
  for (const story of service.stories()) {
    if (needle && !story.title.toLowerCase().includes(needle)) continue;
    const uri = story.uris[0];
    const headline = service.reading(uri)?.paragraphs.find((p) => p.kind === 'headline');
    const location = toLocation(service, { uri, start: headline?.start ?? 0, end: headline?.end ?? 0 });
    if (!location) continue;
    const count = story.uris.length;
    symbols.push({ name: story.title, kind: SymbolKind.Namespace, location, containerName: `story · ${count} ${count === 1 ? 'article' : 'articles'}` });
  }
  return symbols;
}
