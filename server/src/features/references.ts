// References: every mention of the entity at the cursor, in every source and spelling.
// The declaration is always included: a mention in the current document is as much a reference as any.
import type { Location } from 'vscode-languageserver';
import type { CrosscheckService } from '../analysis/service';
import { toLocations } from './positions';

export function references(service: CrosscheckService, uri: string, offset: number): Location[] {
  return service.reading(uri) ? toLocations(service, service.references(uri, offset)) : [];
}
