// Trained weights → the shipped file format (server/src/analysis/read/linearModel.ts) and back.
import { outModule } from './conll.mjs';

/** Quantises and packs trained weights; rows that round to all zeros are dropped. */
export function toFile(root, trained, { scale, comment, extra }) {
  const { packRows } = outModule(root, 'read/linearModel.js');
  const T = trained.tags.length;
  // Sorted feature names make two runs write the same bytes.
  const order = trained.names.map((_, k) => k).sort((a, b) => (trained.names[a] < trained.names[b] ? -1 : trained.names[a] > trained.names[b] ? 1 : 0));
  const dense = new Float64Array(order.length * T);
  order.forEach((k, j) => dense.set(trained.weights.subarray(k * T, k * T + T), j * T));
  const { rows, kept } = packRows(dense, order.length, T, scale);
  const features = order.map((k) => trained.names[k]).filter((_, j) => kept[j]);
  return { comment, tags: trained.tags, scale, features, rows, ...(extra ? { extra } : {}) };
}

/** The file as the product loads it. */
export function fromFile(root, file) {
  return outModule(root, 'read/linearModel.js').linearModel(file);
}
