// Findings checked on another thread arrive as structured clones, in which every string is a copy of its own: each
// related location's uri and message, each finding's code. A finding of a large story names every source that says
// otherwise, so at 10,000 generated articles the main thread held 21,484 findings with about 350,000 related locations,
// whose uris and messages were 90 MB of its heap (docs/speed.md, big10k). Strings are values (=== compares their
// characters), so nothing that reads a finding can tell which copy it holds.
import type { Finding } from '../types';

/** The findings, with each repeated string (uris, codes, messages) replaced in place by one copy; uris by the story's own. */
export function shareFindingStrings(findings: Finding[], uris: readonly string[]): Finding[] {
  const held = new Map<string, string>();
  for (const uri of uris) held.set(uri, uri);
  const one = <S extends string>(s: S): S => {
    const copy = held.get(s);
    if (copy !== undefined) return copy as S;
    held.set(s, s);
    return s;
  };
  for (const finding of findings) {
    finding.uri = one(finding.uri);
    finding.code = one(finding.code);
    finding.severity = one(finding.severity);
    finding.message = one(finding.message);
    for (const related of finding.related ?? []) {
      related.uri = one(related.uri);
      related.message = one(related.message);
    }
  }
  return findings;
}
