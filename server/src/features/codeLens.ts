// Code lens on claims and quotations that other sources also report: "1 source agrees · 3 differ".
// Clicking it runs PEEK_RELATED_COMMAND with (uri, position, locations): the VS Code extension turns
// these into a peek of the other sources' spans; other clients get the same command and arguments.
import type { CodeLens } from 'vscode-languageserver';
import { describeAgreement } from '../analysis/answers/agreement';
import type { CrosscheckService } from '../analysis/service';
import { PEEK_RELATED_COMMAND } from '../protocol';
import { indexFor, toLocations, toRange } from './positions';

/** Handled by the client, not the server (it is not in executeCommandProvider). */
export { PEEK_RELATED_COMMAND };

export function codeLenses(service: CrosscheckService, uri: string): CodeLens[] {
  const index = indexFor(service, uri);
  if (!index) return [];
  return service.agreements(uri).map((agreement) => {
    const range = toRange(index, agreement);
    return {
      range,
      command: { title: describeAgreement(agreement), command: PEEK_RELATED_COMMAND, arguments: [uri, range.start, toLocations(service, agreement.related)] },
    };
  });
}
