// How messages name an article's source: its outlet, and, where two articles of one story have the same outlet, its
// file as well ("nyt (basil_19/nyt.txt)", "Reuters (update-2.txt)"), so that no message sets an outlet against
// itself by name alone.
import type { Reading } from '../types';

/** Each reading's source as messages name it, by uri (made once per corpus: `Corpus.sources`). */
export function sourceLabels(readings: readonly Reading[]): Map<string, string> {
  const byOutlet = new Map<string, string[]>();
  for (const reading of readings) {
    const uris = byOutlet.get(reading.meta.source);
    if (uris) uris.push(reading.uri);
    else byOutlet.set(reading.meta.source, [reading.uri]);
  }
  const labels = new Map<string, string>();
  for (const [outlet, uris] of byOutlet) {
    const files = uris.length > 1 ? distinctEnds(uris) : undefined;
    uris.forEach((uri, i) => labels.set(uri, files ? `${outlet} (${files[i]})` : outlet));
  }
  return labels;
}

/** The fewest last segments of each uri's path that tell them apart ("nyt.txt", or "basil_19/nyt.txt" when needed). */
function distinctEnds(uris: string[]): string[] {
  const parts = uris.map((uri) => uri.split(/[?#]/)[0].split('/').filter(Boolean).map(decode));
  const longest = Math.max(...parts.map((p) => p.length));
  for (let k = 1; k < longest; k++) {
    const ends = parts.map((p) => p.slice(-k).join('/'));
    if (new Set(ends).size === ends.length) return ends;
  }
  return uris;
}

function decode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
