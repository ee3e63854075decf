// "Go to related claim": the same claim, quantity or quotation as the other sources report it.
import type { Location } from 'vscode-languageserver';
import type { CrosscheckService } from '../analysis/service';
import { toLocations } from './positions';

export function definition(service: CrosscheckService, uri: string, offset: number): Location[] {
  return service.reading(uri) ? toLocations(service, service.related(uri, offset)) : [];
}
