// References: every mention of the entity at the cursor, in every source and spelling.
// The declaration is always included: a mention in the current document is as much a reference as any.
import type { Location } from 'vscode-languageserver';
import type { CrosscheckService } from '../analysis/service';
import { toLocation } from './positions';

export function references(service: CrosscheckService, uri: string, offset: number): Location[] {
  if (!service.reading(uri)) return [];
  const locations: Location[] = [];
  for (const span of service.references(uri, offset)) {
    const location = toLocation(service, span);
    if (location) locations.push(location);
  }
  return locations;
}
