// "Go to related claim": the same claim, quantity or quotation as the other sources report it.
import type { Location } from 'vscode-languageserver';
import type { CrosscheckService } from '../analysis/service';
import { toLocation } from './positions';

export function definition(service: CrosscheckService, uri: string, offset: number): Location[] {
  if (!service.reading(uri)) return [];
  const locations: Location[] = [];
  for (const span of service.related(uri, offset)) {
    const location = toLocation(service, span);
    if (location) locations.push(location);
  }
  return locations;
}
