// What one text reads as values (Q) and statements (C). A tool for working on the reader, not a figure.
//   node scripts/eval/_read.mjs '<text>' | --file <path>
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { out } from './_injectInProcess.mjs';

const require = createRequire(import.meta.url);
const { readArticle } = require(join(out, 'analysis', 'read', 'readArticle.js'));
const { defaultConfig } = require(join(out, 'analysis', 'config.js'));
const args = process.argv.slice(2);
const text = args[0] === '--file' ? readFileSync(args[1], 'utf8') : args[0];
const r = readArticle(text, { tolerances: defaultConfig().tolerances });
for (const q of r.quantities) console.log(`Q ${q.kind} “${q.text}” ${JSON.stringify(q.value ?? q.min ?? '')} ${q.unit ?? ''}`);
for (const c of r.claims) {
  const q = r.quantities[c.quantity];
  console.log(`C ${c.attribute} “${q.text}” subj=${c.subject ?? '-'} pred=${c.predicate ?? '-'} mods=[${c.modifiers}] measure=${c.measure ?? '-'} scope=${c.scope.time}${c.scope.when ? ':' + c.scope.when : ''}${c.scope.incident ? ' inc=' + c.scope.incident : ''}${c.entity !== undefined ? ' @' + r.mentions[c.entity].text : ''}`);
}
