// Averaged perceptron weights with lazy averaging (average = w − u / c), grown as features are added.
export class AveragedWeights {
  constructor(tags) {
    this.tags = tags;
    this.ids = new Map();
    this.names = [];
    this.w = new Float64Array(1 << 16);
    this.u = new Float64Array(1 << 16);
    this.c = 1;
  }

  /** Row offset of a feature, created when `create`; undefined for an unknown feature otherwise. */
  id(feature, create) {
    let id = this.ids.get(feature);
    if (id === undefined && create) {
      id = this.names.length * this.tags;
      this.ids.set(feature, id);
      this.names.push(feature);
      if (id + this.tags > this.w.length) {
        const grow = (a) => {
          const b = new Float64Array(a.length * 2);
          b.set(a);
          return b;
        };
        this.w = grow(this.w);
        this.u = grow(this.u);
      }
    }
    return id;
  }

  update(id, tag, delta) {
    this.w[id + tag] += delta;
    this.u[id + tag] += this.c * delta;
  }

  tick() {
    this.c++;
  }

  /** The averaged weights as one dense array (features × tags). */
  averaged() {
    const n = this.names.length * this.tags;
    const out = new Float64Array(n);
    for (let k = 0; k < n; k++) out[k] = this.w[k] - this.u[k] / this.c;
    return out;
  }
}

/** Features seen at least `min` times in `lists` (arrays of arrays of feature names). */
export function frequent(lists, min) {
  const counts = new Map();
  for (const list of lists) for (const fs of list) for (const f of fs) counts.set(f, (counts.get(f) ?? 0) + 1);
  return new Set([...counts].filter(([, n]) => n >= min).map(([f]) => f));
}
