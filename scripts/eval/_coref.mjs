// Standard coreference measures over a set of mentions, each with a gold entity key and a predicted one (null:
// a singleton of its own). MUC (Vilain et al. 1995), B³ (Bagga & Baldwin 1998), CEAF-e (Luo 2005, entity
// similarity φ4, optimal alignment by the Hungarian algorithm), CoNLL F1 (their mean, as in the CoNLL-2011/2012
// shared tasks), and pairwise link precision and recall.

const f1 = (p, r) => (p + r ? (2 * p * r) / (p + r) : 0);
const score = (p, r) => ({ precision: p, recall: r, f1: f1(p, r) });

/** Mentions grouped into entities by a key; a null key makes a singleton. */
function partition(mentions, keyOf) {
  const groups = new Map();
  mentions.forEach((m, i) => {
    const key = keyOf(m) ?? `\u0000singleton${i}`;
    const list = groups.get(key) ?? [];
    list.push(i);
    groups.set(key, list);
  });
  return [...groups.values()];
}

function muc(key, response) {
  const side = (a, b) => {
    const where = new Map();
    b.forEach((group, g) => group.forEach((i) => where.set(i, g)));
    let num = 0;
    let den = 0;
    for (const group of a) {
      num += group.length - new Set(group.map((i) => where.get(i))).size;
      den += group.length - 1;
    }
    return den ? num / den : 0;
  };
  return score(side(response, key), side(key, response));
}

function b3(key, response, n) {
  const side = (a, b) => {
    const where = new Map();
    b.forEach((group, g) => group.forEach((i) => where.set(i, g)));
    let total = 0;
    for (const group of a) {
      const counts = new Map();
      for (const i of group) counts.set(where.get(i), (counts.get(where.get(i)) ?? 0) + 1);
      for (const c of counts.values()) total += (c * c) / group.length;
    }
    return n ? total / n : 0;
  };
  return score(side(response, key), side(key, response));
}

function ceafE(key, response) {
  const sets = (groups) => groups.map((g) => new Set(g));
  const K = sets(key);
  const R = sets(response);
  const phi = (a, b) => {
    let common = 0;
    for (const i of a) if (b.has(i)) common++;
    return (2 * common) / (a.size + b.size);
  };
  const similarity = K.map((k) => R.map((r) => phi(k, r)));
  const best = maxAssignment(similarity);
  return score(R.length ? best / R.length : 0, K.length ? best / K.length : 0);
}

/** The largest total of a one-to-one assignment of rows to columns (Hungarian algorithm on the costs max − s). */
function maxAssignment(s) {
  const rows = s.length;
  const cols = rows ? s[0].length : 0;
  const n = Math.max(rows, cols);
  if (n === 0) return 0;
  let max = 0;
  for (const row of s) for (const v of row) max = Math.max(max, v);
  const cost = Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j) => (i < rows && j < cols ? max - s[i][j] : max)));
  const u = new Array(n + 1).fill(0);
  const v = new Array(n + 1).fill(0);
  const p = new Array(n + 1).fill(0);
  const way = new Array(n + 1).fill(0);
  for (let i = 1; i <= n; i++) {
    p[0] = i;
    let j0 = 0;
    const minv = new Array(n + 1).fill(Infinity);
    const used = new Array(n + 1).fill(false);
    do {
      used[j0] = true;
      const i0 = p[j0];
      let delta = Infinity;
      let j1 = 0;
      for (let j = 1; j <= n; j++) {
        if (used[j]) continue;
        const cur = cost[i0 - 1][j - 1] - u[i0] - v[j];
        if (cur < minv[j]) {
          minv[j] = cur;
          way[j] = j0;
        }
        if (minv[j] < delta) {
          delta = minv[j];
          j1 = j;
        }
      }
      for (let j = 0; j <= n; j++) {
        if (used[j]) {
          u[p[j]] += delta;
          v[j] -= delta;
        } else minv[j] -= delta;
      }
      j0 = j1;
    } while (p[j0] !== 0);
    do {
      const j1 = way[j0];
      p[j0] = p[j1];
      j0 = j1;
    } while (j0);
  }
  let total = 0;
  for (let j = 1; j <= n; j++) if (p[j] - 1 < rows && j - 1 < cols) total += s[p[j] - 1][j - 1];
  return total;
}

/** Pairwise links: pairs of mentions in one entity; `counts(a, b)` says which pairs count (e.g. across documents). */
export function pairwise(mentions, counts = () => true) {
  let tp = 0;
  let predicted = 0;
  let gold = 0;
  for (let i = 0; i < mentions.length; i++)
    for (let j = i + 1; j < mentions.length; j++) {
      const a = mentions[i];
      const b = mentions[j];
      if (!counts(a, b)) continue;
      const g = a.gold === b.gold;
      const s = a.predicted != null && a.predicted === b.predicted;
      if (g) gold++;
      if (s) predicted++;
      if (g && s) tp++;
    }
  return { ...score(predicted ? tp / predicted : 0, gold ? tp / gold : 0), tp, predicted, gold };
}

/**
 * MUC, B³, CEAF-e and CoNLL F1 over mentions `{ gold, predicted }` (keys; predicted null = singleton), computed on
 * the whole set at once: keys should already be distinct across topics.
 */
export function corefScores(mentions) {
  const key = partition(mentions, (m) => m.gold);
  const response = partition(mentions, (m) => m.predicted);
  const scores = { muc: muc(key, response), b3: b3(key, response, mentions.length), ceafE: ceafE(key, response) };
  return { ...scores, conllF1: (scores.muc.f1 + scores.b3.f1 + scores.ceafE.f1) / 3 };
}
