// A conditional logit over the candidates of one quotation: P(c) ∝ exp(w · f(c)), f binary features. Trained
// by AdaGrad on the log-likelihood of the right candidates (several may be right: the name and a pronoun naming
// the same person), with an L2 penalty; groups with no right candidate teach nothing and are skipped.
// Deterministic: a seeded shuffle per epoch.

export function train(groups, { epochs = 15, rate = 0.2, l2 = 1e-4, seed = 7 } = {}) {
  const w = new Map();
  const g2 = new Map();
  const usable = groups.filter((g) => g.candidates.some((c) => c.right) && g.candidates.some((c) => !c.right));
  let state = seed;
  const random = () => ((state = (state * 1103515245 + 12345) % 2147483648) / 2147483648);
  const order = usable.map((_, i) => i);
  for (let epoch = 0; epoch < epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j], order[i]];
    }
    for (const gi of order) {
      const cands = usable[gi].candidates;
      const scores = cands.map((c) => c.features.reduce((s, f) => s + (w.get(f) ?? 0), 0));
      const max = Math.max(...scores);
      const exp = scores.map((s) => Math.exp(s - max));
      const z = exp.reduce((a, b) => a + b, 0);
      const zRight = exp.reduce((a, e, i) => a + (cands[i].right ? e : 0), 0);
      const grad = new Map();
      cands.forEach((c, i) => {
        // d(-log P(right))/d score_i = p_i - q_i, q the distribution restricted to the right candidates.
        const g = exp[i] / z - (c.right ? exp[i] / zRight : 0);
        if (g === 0) return;
        for (const f of c.features) grad.set(f, (grad.get(f) ?? 0) + g);
      });
      for (const [f, g] of grad) {
        const wf = w.get(f) ?? 0;
        const total = g + l2 * wf;
        const acc = (g2.get(f) ?? 0) + total * total;
        g2.set(f, acc);
        w.set(f, wf - (rate * total) / Math.sqrt(acc + 1e-8));
      }
    }
  }
  return w;
}

export function choose(candidates, w) {
  let best = null;
  let bestScore = -Infinity;
  for (const c of candidates) {
    const s = c.features.reduce((a, f) => a + (w.get(f) ?? 0), 0);
    if (s > bestScore) {
      best = c;
      bestScore = s;
    }
  }
  return best;
}

/** Share of groups whose chosen candidate is right; groups with no quotation or no candidate count as wrong. */
export function accuracy(groups, w) {
  let right = 0;
  for (const g of groups) if (choose(g.candidates, w)?.right) right++;
  return groups.length ? right / groups.length : 0;
}

/** Accuracy by k-fold cross-validation, the folds made of whole articles (every k-th article by name). */
export function crossValidate(groups, options = {}, k = 5) {
  const files = [...new Set(groups.map((g) => g.file))].sort();
  const foldOf = new Map(files.map((f, i) => [f, i % k]));
  let right = 0;
  const perFold = [];
  for (let fold = 0; fold < k; fold++) {
    const test = groups.filter((g) => foldOf.get(g.file) === fold);
    const w = train(groups.filter((g) => foldOf.get(g.file) !== fold), options);
    const r = test.filter((g) => choose(g.candidates, w)?.right).length;
    right += r;
    perFold.push(test.length ? r / test.length : 0);
  }
  return { accuracy: groups.length ? right / groups.length : 0, perFold };
}
