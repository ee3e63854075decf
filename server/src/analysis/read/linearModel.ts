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

/**
 * A model's feature rows by template, then by value: "x3=ing" is row `get('x3').get('ing')`. A template is the name
 * before the first "=" (templates never hold one), so a (template, value) lookup finds exactly the row the name
 * `${template}=${value}` has in `index`. The taggers find a new word's rows this way without building the names.
 */
export type TemplateIndex = ReadonlyMap<string, ReadonlyMap<string, number>>;

const templateIndexes = new WeakMap<LinearModel, TemplateIndex>();

export function templateIndex(model: LinearModel): TemplateIndex {
  let out = templateIndexes.get(model) as Map<string, Map<string, number>> | undefined;
  if (out) return out;
  out = new Map();
  for (const [name, row] of model.index) {
    const eq = name.indexOf('=');
    if (eq < 0) continue;
    const template = name.slice(0, eq);
    let rows = out.get(template);
    if (!rows) out.set(template, (rows = new Map()));
    rows.set(name.slice(eq + 1), row);
  }
  templateIndexes.set(model, out);
  return out;
}

/** Adds row `row` of the weights (none when undefined) to `into` from `at`, each sum rounded to 32 bits as stored. */
export function addRow(model: LinearModel, row: number | undefined, into: Float32Array, at: number): void {
  if (row === undefined) return;
  const W = model.weights;
  const T = model.tags.length;
  for (let t = 0; t < T; t++) into[at + t] += W[row + t];
}

/** Adds the rows of the named features, in their order (a name the model lacks adds nothing). */
export function addRows(model: LinearModel, features: readonly string[], into: Float32Array, at: number): void {
  for (const f of features) addRow(model, model.index.get(f), into, at);
}

const NO_ROWS: ReadonlyMap<string, number> = new Map();

/**
 * Zeroed rows cut from large shared buffers. A typed array of more than 64 bytes gets a buffer of its own outside
 * V8's heap, which is slow to allocate and to collect; a tagger's cache takes a few such rows per new word.
 */
export class RowSlab<A extends Float32Array | Int32Array> {
  private chunk: A;
  private used = 0;
  constructor(
    private readonly make: (length: number) => A,
    private readonly chunkLength = 1 << 16,
  ) {
    this.chunk = make(0);
  }

  /** A new zeroed row of `length` (a view into the current buffer). */
  take(length: number): A {
    if (this.used + length > this.chunk.length) {
      this.chunk = this.make(Math.max(this.chunkLength, length));
      this.used = 0;
    }
    const row = this.chunk.subarray(this.used, this.used + length) as A;
    this.used += length;
    return row;
  }
}

/** Rows of one template whose values are small whole numbers (word clusters), by number; -1 where the model has none. */
export function numberedRows(rows: ReadonlyMap<string, number>): Int32Array {
  let size = 0;
  for (const value of rows.keys()) if (isIndex(value)) size = Math.max(size, Number(value) + 1);
  const out = new Int32Array(size).fill(-1);
  for (const [value, row] of rows) if (isIndex(value)) out[Number(value)] = row;
  return out;
}

/** A value that String(k) writes for a whole number k ("12", not "012" or "1e3"), so the lookup by number matches the name. */
function isIndex(value: string): boolean {
  return /^(0|[1-9]\d{0,8})$/.test(value);
}

/** The row of number k in a numberedRows table (undefined when none). */
export function rowOfNumber(table: Int32Array, k: number): number | undefined {
  const row = k >= 0 && k < table.length ? table[k] : -1;
  return row < 0 ? undefined : row;
}

/** One template's rows by value (empty when the model has none). */
export function templateRows(index: TemplateIndex, template: string): ReadonlyMap<string, number> {
  return index.get(template) ?? NO_ROWS;
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
