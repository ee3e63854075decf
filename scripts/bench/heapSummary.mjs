// What a heap snapshot holds, by kind of object and by what holds it: the self size of every object summed by its
// type and constructor (strings as one kind), and by the property (or element) through which its first retainer holds
// it (and by the two first retainers). A coarse breakdown, not retained sizes: enough to tell the texts from the story index from the readings.
// Usage: node --max-old-space-size=8000 scripts/bench/heapSummary.mjs <file.heapsnapshot> [--top 40]
import fs from 'node:fs';

const file = process.argv[2];
const topAt = process.argv.indexOf('--top');
const top = topAt > 0 ? Number(process.argv[topAt + 1]) : 40;
const snapshot = JSON.parse(fs.readFileSync(file, 'utf8'));
const { meta } = snapshot.snapshot;
const nodeFields = meta.node_fields;
const edgeFields = meta.edge_fields;
const nodeTypes = meta.node_types[0];
const edgeTypes = meta.edge_types[0];
const { nodes, edges, strings } = snapshot;
const N = nodeFields.length;
const E = edgeFields.length;
const [typeAt, nameAt, sizeAt, edgeCountAt] = ['type', 'name', 'self_size', 'edge_count'].map((f) => nodeFields.indexOf(f));
const [edgeTypeAt, edgeNameAt, toAt] = ['type', 'name_or_index', 'to_node'].map((f) => edgeFields.indexOf(f));

const count = nodes.length / N;
const kindOf = (i) => {
  const type = nodeTypes[nodes[i * N + typeAt]];
  if (type === 'string' || type === 'concatenated string' || type === 'sliced string') return 'string';
  return `${type}:${strings[nodes[i * N + nameAt]]}`.slice(0, 60);
};

// The first retainer of each node, and the edge's name.
const retainer = new Int32Array(count).fill(-1);
const via = new Array(count);
for (let i = 0, e = 0; i < count; i++) {
  const edgesOf = nodes[i * N + edgeCountAt];
  for (let k = 0; k < edgesOf; k++, e += E) {
    const to = edges[e + toAt] / N;
    const edgeType = edgeTypes[edges[e + edgeTypeAt]];
    if (edgeType === 'weak' || edgeType === 'shortcut' || retainer[to] >= 0) continue;
    retainer[to] = i;
    via[to] = edgeType === 'element' || edgeType === 'hidden' ? `[${edgeType}]` : String(strings[edges[e + edgeNameAt]]).slice(0, 30);
  }
}

const byKind = new Map();
const byHolder = new Map();
const byChain = new Map();
let total = 0;
for (let i = 0; i < count; i++) {
  const size = nodes[i * N + sizeAt];
  total += size;
  const kind = kindOf(i);
  const k = byKind.get(kind) ?? { size: 0, n: 0 };
  k.size += size;
  k.n++;
  byKind.set(kind, k);
  const holder = retainer[i] >= 0 ? `${kindOf(retainer[i])}.${via[i]} → ${kind}` : `(root) → ${kind}`;
  const h = byHolder.get(holder) ?? { size: 0, n: 0 };
  h.size += size;
  h.n++;
  byHolder.set(holder, h);
  const up = retainer[i] >= 0 ? retainer[retainer[i]] : -1;
  const chain = up >= 0 ? `${kindOf(up)}.${via[retainer[i]]} → ${holder}` : holder;
  const c = byChain.get(chain) ?? { size: 0, n: 0 };
  c.size += size;
  c.n++;
  byChain.set(chain, c);
}

const mb = (b) => (b / 1048576).toFixed(1);
console.log(`${count} objects, ${mb(total)} MB (self sizes)`);
for (const [title, map] of [
  ['by kind', byKind],
  ['by first retainer', byHolder],
  ['by the first two retainers', byChain],
]) {
  console.log(`\n${title}: MB, objects`);
  for (const [key, { size, n }] of [...map].sort((a, b) => b[1].size - a[1].size).slice(0, top)) console.log(`${mb(size).padStart(8)} ${String(n).padStart(9)}  ${key}`);
}
