// The source matrix of a story for the editor: the analysis' answer with each entry's span as an LSP range.
import { sourceMatrix } from '../analysis/answers/matrix';
import type { CrosscheckService } from '../analysis/service';
import type { MatrixResult } from '../protocol';
import { indexFor, toRange, zeroRange } from './positions';

/** Answers for the corpus they were built from: the status bar asks after every pass, the open matrix too. */
const cache = new WeakMap<object, Map<string, MatrixResult>>();

/** `uris`: the story's documents (all of the service's by default); `story`: its name. */
export function matrix(service: CrosscheckService, story: string, uris?: string[]): MatrixResult {
  // Marking a finding reviewed changes the counts but not the corpus.
  const key = `${story}\n${uris?.join('\n') ?? '*'}\n${service.config.reviewed.join(',')}`;
  const corpus = service.corpus(uris?.[0] ?? service.stories()[0]?.uris[0]);
  const answers = cache.get(corpus) ?? new Map<string, MatrixResult>();
  cache.set(corpus, answers);
  const cached = answers.get(key);
  if (cached) return cached;
  const result = build(service, story, uris);
  answers.set(key, result);
  return result;
}

function build(service: CrosscheckService, story: string, uris?: string[]): MatrixResult {
  const answer = sourceMatrix(service, uris);
  const rangeOf = (entry: { uri: string; start: number; end: number }) => {
    const index = indexFor(service, entry.uri);
    return index ? toRange(index, entry) : zeroRange;
  };
  return {
    story,
    sources: answer.sources,
    findings: answer.findings,
    topics: answer.topics.map((topic) => ({
      title: topic.title,
      rows: topic.rows.map((row) => ({
        id: row.id,
        kind: row.kind,
        label: row.label,
        disagreement: row.disagreement,
        cells: row.cells.map((cell) => ({
          state: cell.state,
          entries: cell.entries.map(({ start, end, ...entry }) => ({ ...entry, range: rangeOf({ uri: entry.uri, start, end }) })),
        })),
      })),
    })),
  };
}
