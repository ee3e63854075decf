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
  /** Feature → offset of its row in `weights` (built on first use: the taggers find rows through `rowOf` and `templateIndex`). */
  readonly index: Map<string, number>;
  weights: Float32Array;
  extra: Record<string, unknown>;
}

/**
 * A model's feature rows by template, then by value: "x3=ing" is row `get('x3').get('ing')`. A template is the name
 * before the first "=" (templates never hold one), so a (template, value) lookup finds exactly the row the name
 * `${template}=${value}` has in `index`. The taggers find a new word's rows this way without building the names.
 */
export type TemplateIndex = ReadonlyMap<string, ReadonlyMap<string, number>>;

/**
 * A loaded model. Its rows are indexed once, by template (`templateIndex`) and, for a name without "=", by name;
 * the flat name → row Map of `index` is built only if something asks for it. Every isolate that reads loads the
 * models: two Maps of every feature name were a third of that load.
 */
class Model implements LinearModel {
  private names: Map<string, number> | undefined;
  constructor(
    readonly tags: readonly string[],
    readonly weights: Float32Array,
    readonly extra: Record<string, unknown>,
    readonly templates: TemplateIndex,
    readonly plain: ReadonlyMap<string, number>,
    private readonly features: readonly string[],
  ) {}

  get index(): Map<string, number> {
    if (!this.names) {
      const names = new Map<string, number>();
      const n = this.tags.length;
      this.features.forEach((feature, k) => names.set(feature, k * n));
      this.names = names;
    }
    return this.names;
  }
}

export function linearModel(file: LinearModelFile): LinearModel {
  const n = file.tags.length;
  const bytes = decodeBase64(file.rows);
  const weights = new Float32Array(file.features.length * n);
  const templates = new Map<string, Map<string, number>>();
  const plain = new Map<string, number>();
  const features = file.features;
  let at = 0;
  for (let k = 0; k < features.length; k++) {
    const feature = features[k];
    // A name given twice keeps its last row, at its first place in the order, as Map.set in `index` would.
    const eq = feature.indexOf('=');
    if (eq < 0) plain.set(feature, k * n);
    else {
      const template = feature.slice(0, eq);
      let rows = templates.get(template);
      if (!rows) templates.set(template, (rows = new Map()));
      rows.set(feature.slice(eq + 1), k * n);
    }
    const count = bytes[at++];
    for (let j = 0; j < count; j++) {
      const tag = bytes[at];
      const value = ((bytes[at + 1] | (bytes[at + 2] << 8)) << 16) >> 16;
      weights[k * n + tag] = value / file.scale;
      at += 3;
    }
  }
  return new Model(file.tags, weights, file.extra ?? {}, templates, plain, features);
}

const templateIndexes = new WeakMap<LinearModel, TemplateIndex>();

export function templateIndex(model: LinearModel): TemplateIndex {
  if (model instanceof Model) return model.templates;
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

/** The row of a feature by its name (undefined when the model lacks it): `index.get(name)`, through the template index. */
export function rowOf(model: LinearModel, name: string): number | undefined {
  if (!(model instanceof Model)) return model.index.get(name);
  const eq = name.indexOf('=');
  if (eq < 0) return model.plain.get(name);
  return model.templates.get(name.slice(0, eq))?.get(name.slice(eq + 1));
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
  for (const f of features) addRow(model, rowOf(model, f), into, at);
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
