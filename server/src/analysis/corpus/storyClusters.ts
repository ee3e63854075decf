// Average-link grouping of a neighbourhood of articles: the two closest groups merge while their mean pair
// probability is at least the threshold. Used on the neighbourhood of one article at a time, never on a folder.

export interface ClusterUnit {
  /** How many articles the unit stands for (a story kept whole counts all its articles). */
  size: number;
}

/**
 * Groups units 0..n-1 given the mean pair probability between two units. A merged group's mean with another is the
 * size-weighted mean of its parts' (average link). `canMerge` may refuse a merge whatever the mean. Deterministic:
 * of equal candidates, the pair with the smallest indices merges first. Returns groups of unit indices, each sorted,
 * in order of their first unit.
 */
export function averageLink(
  units: ClusterUnit[],
  mean: (i: number, j: number) => number,
  threshold: number,
  canMerge: (a: number[], b: number[]) => boolean = () => true,
): number[][] {
  const n = units.length;
  const groups: Array<number[] | undefined> = units.map((_, i) => [i]);
  const sizes = units.map((u) => u.size);
  // means[a * n + b]: the mean pair probability between the articles of groups a and b.
  const means = new Float64Array(n * n);
  for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) means[i * n + j] = means[j * n + i] = mean(i, j);
  // A refusal holds for the groups as they were; a grown group is asked again.
  const refused = new Uint8Array(n * n);
  for (;;) {
    let best = -1;
    let bestA = -1;
    let bestB = -1;
    for (let a = 0; a < n; a++) {
      if (!groups[a]) continue;
      const row = a * n;
      for (let b = a + 1; b < n; b++) {
        const m = means[row + b];
        if (m > best && m >= threshold && groups[b] && !refused[row + b]) {
          best = m;
          bestA = a;
          bestB = b;
        }
      }
    }
    if (bestA < 0) break;
    if (!canMerge(groups[bestA]!, groups[bestB]!)) {
      refused[bestA * n + bestB] = 1;
      continue;
    }
    const [sa, sb] = [sizes[bestA], sizes[bestB]];
    groups[bestA] = [...groups[bestA]!, ...groups[bestB]!].sort((x, y) => x - y);
    groups[bestB] = undefined;
    sizes[bestA] = sa + sb;
    for (let c = 0; c < n; c++) {
      if (c === bestA || !groups[c]) continue;
      means[bestA * n + c] = means[c * n + bestA] = (sa * means[bestA * n + c] + sb * means[bestB * n + c]) / (sa + sb);
      refused[Math.min(bestA, c) * n + Math.max(bestA, c)] = 0;
    }
  }
  return groups.filter((g): g is number[] => g !== undefined).sort((x, y) => x[0] - y[0]);
}
