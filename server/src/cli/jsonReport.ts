// `check --format json` written in pieces: the same bytes as `JSON.stringify(report, null, 2)`, without the whole
// report as one string. At 10,000 articles the report is over 100 MB, and that one string (with the copies made
// while it is built) raised the main thread's heap from 265 to 784 MB at the very end of the run: the run's peak.

/** How many findings are stringified before a piece is written. */
const FINDINGS_PER_PIECE = 500;

/**
 * Writes `{ ...head, [listKey]: list }` as `JSON.stringify` with an indent of two spaces would, piece by piece. The
 * list must be the last key. Strings in JSON hold no raw line breaks, so indenting an item is replacing its breaks.
 */
export function writeJsonReport<T>(head: Record<string, unknown>, listKey: string, list: readonly T[], write: (piece: string) => void): void {
  const opening = JSON.stringify({ ...head, [listKey]: [] }, null, 2);
  if (list.length === 0) {
    write(`${opening}\n`);
    return;
  }
  // The opening ends with `"listKey": []\n}`: cut before the empty list's closing bracket.
  const cut = opening.lastIndexOf('[]');
  write(`${opening.slice(0, cut)}[\n`);
  for (let from = 0; from < list.length; from += FINDINGS_PER_PIECE) {
    const pieces: string[] = [];
    for (let i = from; i < Math.min(list.length, from + FINDINGS_PER_PIECE); i++) {
      const item = `    ${JSON.stringify(list[i], null, 2).replace(/\n/g, '\n    ')}`;
      pieces.push(i < list.length - 1 ? `${item},\n` : `${item}\n`);
    }
    write(pieces.join(''));
  }
  write(`  ]${opening.slice(cut + 2)}\n`);
}
