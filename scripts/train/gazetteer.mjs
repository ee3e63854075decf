// Gazetteer lists from labelled documents (CoNLL-2003 train only): names seen at least MIN_COUNT times with one
// dominant type, and first names of people. Used for data/gazetteer.json (scripts/build-gazetteer.mjs) and, per
// fold, for the entity tagger's training, so that a training document's gazetteer features never come from itself.
export const MIN_COUNT = 2;

/** `docs`: documents of sentences of { words, ner (BIO or BILOU) }. */
export function gazetteerLists(docs) {
  const counts = { PER: new Map(), LOC: new Map(), ORG: new Map(), MISC: new Map() };
  const firstNames = new Map();
  const bump = (map, key) => map.set(key, (map.get(key) ?? 0) + 1);
  for (const doc of docs) {
    for (const s of doc) {
      let open = null;
      const flush = () => {
        if (!open) return;
        const name = open.words.join(' ');
        bump(counts[open.type], name);
        if (open.type === 'PER' && open.words.length >= 2 && /^[A-Z][a-z]+$/.test(open.words[0])) bump(firstNames, open.words[0]);
        open = null;
      };
      s.ner.forEach((tag, i) => {
        if (tag === 'O') return flush();
        const type = tag.slice(2);
        if (tag[0] === 'B' || tag[0] === 'U' || !open || open.type !== type) {
          flush();
          open = { type, words: [] };
        }
        open.words.push(s.words[i]);
      });
      flush();
    }
  }
  const dominant = (type) => {
    const out = [];
    for (const [name, n] of counts[type]) {
      if (n < MIN_COUNT) continue;
      const others = Object.entries(counts).filter(([t]) => t !== type).reduce((sum, [, m]) => sum + (m.get(name) ?? 0), 0);
      if (n >= 2 * others) out.push(name);
    }
    return out.sort();
  };
  return {
    firstNames: [...firstNames].filter(([, n]) => n >= MIN_COUNT).map(([w]) => w).sort(),
    places: dominant('LOC'),
    organizations: dominant('ORG'),
    persons: dominant('PER'),
    misc: dominant('MISC'),
  };
}
