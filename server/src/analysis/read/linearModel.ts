// The weights of a linear tagger as shipped in data/: feature names, and for each feature a sparse row of
// integer weights (one per tag it votes for), packed as base64 so the file stays small. Loaded once into a
// dense Float32Array, one row of `tags.length` weights per feature.
import { decodeBase64, encodeBase64 } from '../text/base64';

export interface LinearModelFile {
  comment: string;
  tags: string[];
  /** Weights are stored as round(weight × scale). */
  scale: number;
  /** Feature names; row k of `rows` belongs to features[k]. */
  features: string[];
  /** base64 of, for each feature in order: one byte n, then n × (tag byte, int16 little-endian weight). */
  rows: string;
  /** Anything else the tagger needs (thresholds, tag dictionaries). */
  extra?: Record<string, unknown>;
}

export interface LinearModel {
  tags: readonly string[];
  /** Feature → offset of its row in `weights`. */
  index: Map<string, number>;
  weights: Float32Array;
  extra: Record<string, unknown>;
}

export function linearModel(file: LinearModelFile): LinearModel {
  const n = file.tags.length;
  const bytes = decodeBase64(file.rows);
  const weights = new Float32Array(file.features.length * n);
  const index = new Map<string, number>();
  let at = 0;
  file.features.forEach((feature, k) => {
    index.set(feature, k * n);
    const count = bytes[at++];
    for (let j = 0; j < count; j++) {
      const tag = bytes[at];
      const value = (bytes[at + 1] | (bytes[at + 2] << 8)) << 16 >> 16;
      weights[k * n + tag] = value / file.scale;
      at += 3;
    }
  });
  return { tags: file.tags, index, weights, extra: file.extra ?? {} };
}

/** The inverse of `linearModel`'s reading: dense rows (features × tags) → sparse packed base64. */
export function packRows(dense: ArrayLike<number>, features: number, tags: number, scale: number): { rows: string; kept: boolean[] } {
  const out: number[] = [];
  const kept: boolean[] = [];
  for (let k = 0; k < features; k++) {
    const cells: number[] = [];
    for (let t = 0; t < tags; t++) {
      const v = Math.max(-32768, Math.min(32767, Math.round(dense[k * tags + t] * scale)));
      if (v !== 0) cells.push(t, v & 0xff, (v >> 8) & 0xff);
    }
    kept.push(cells.length > 0);
    if (cells.length === 0) continue;
    out.push(cells.length / 3, ...cells);
  }
  return { rows: encodeBase64(Uint8Array.from(out)), kept };
}
