// Inlay hints: the value Crosscheck reads in each quantity, written after it ("nearly 90 minutes (79–90 min)"), so
// that a reader sees how a hedge or a unit was understood. A value the text already shows as written gets none.
import { InlayHintKind, type InlayHint, type Range } from 'vscode-languageserver';
import type { CrosscheckService } from '../analysis/service';
import { formatValue } from '../analysis/text/format';
import { SMALL as NUMBER_WORDS } from '../analysis/read/quantities';
import { indexFor } from './positions';

export function inlayHints(service: CrosscheckService, uri: string, range?: Range): InlayHint[] {
  const reading = service.reading(uri);
  const index = indexFor(service, uri);
  if (!reading || !index) return [];
  const from = range ? index.offsetAt(range.start) : 0;
  const to = range ? index.offsetAt(range.end) : reading.text.length;
  const hints: InlayHint[] = [];
  for (const quantity of reading.quantities) {
    if (quantity.end < from || quantity.end > to) continue;
    const value = formatValue(quantity);
    if (sameAsWritten(value, quantity.text)) continue;
    hints.push({
      position: index.positionAt(quantity.end),
      label: `(${value})`,
      kind: InlayHintKind.Type,
      paddingLeft: true,
      tooltip: `Crosscheck reads “${quantity.text}” as ${value}`,
    });
  }
  return hints;
}

/** "24,000" in "24,000 refugees", "Wednesday", "6 months" for "six months": nothing to add. */
function sameAsWritten(value: string, text: string): boolean {
  const fold = (s: string) => s.toLowerCase().replace(/\s+/g, ' ');
  // Number words other than "a"/"an" read as the digits they are ("an hour" → 60 min is worth a hint).
  const digits = fold(text).replace(/[a-z]+/g, (word) => (word.length > 2 && word in NUMBER_WORDS ? String(NUMBER_WORDS[word]) : word));
  return digits.includes(fold(value));
}
