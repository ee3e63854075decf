// The statement of a categorical value: a named thing's class, a relative's rank, a charge, what was done to a group.
import { lastWord } from '../../text/lastWord';
import { lexicon } from '../../data/lexicon';
import type { Said, Site } from './site';
import { nearestMention } from './syntax';

/**
 * A categorical value: a named thing's colour or class (the name after the word is the subject), a relative's age
 * rank (relative to the person named: "the younger sister of Liz Cheney", "Liz Cheney's younger sister", "her older
 * sister" in a sentence about one person), a charge (against the person charged), what was done to a group.
 */
export function categoryStatement(site: Site): Said | undefined {
  const { q, ctx } = site;
  const about = q.about ?? q.unit;
  const attach = lexiconAttach(q.unit) ?? 'next';
  if (attach === 'next') {
    const named = ctx.mentions.findIndex((m) => m.start >= q.start && m.end <= q.end && m.kind === 'name');
    return { attribute: 'category', subject: about, entity: named >= 0 ? named : undefined, modifiers: [q.unit], predicate: q.unit, event: q.unit };
  }
  if (attach === 'relative') {
    const anchor = relativeAnchor(site);
    if (anchor === undefined) return undefined;
    return { attribute: 'category', subject: about, entity: anchor, modifiers: [q.unit], predicate: q.unit, event: q.unit };
  }
  if (attach === 'charged') {
    const charged = nearestMention(site, ['person'], 'before', 200);
    return { attribute: 'category', subject: 'charge', entity: charged, modifiers: [q.unit], predicate: q.unit, event: q.unit };
  }
  return { attribute: 'category', subject: about, modifiers: [q.unit], predicate: q.unit, event: q.unit };
}

function lexiconAttach(attribute: string): string | undefined {
  const attributes = lexicon().values.category.attributes as Record<string, { attach: string }>;
  return attributes[attribute]?.attach;
}

/** How far after "the younger sister of" the person it is relative to may be named, in characters. */
const ANCHOR_REACH = 60;

function relativeAnchor(site: Site): number | undefined {
  const { q, ctx, lex } = site;
  const sentence = site.sentence;
  const names = ctx.mentions.map((m, index) => ({ m, index })).filter(({ m }) => m.sentence === q.sentence && m.kind === 'name' && m.type !== 'organization');
  const persons = names.filter(({ m }) => m.type === 'person');
  const of = /^\s+of\s+/.exec(ctx.text.slice(q.end, sentence.end));
  const before = ctx.text.slice(sentence.start, q.start);
  if (of) {
    const from = q.end + of[0].length;
    return persons.find(({ m }) => m.start >= from && m.start - from <= ANCHOR_REACH && !/[,;()]/.test(ctx.text.slice(from, m.start)))?.index;
  }
  if (/['’]s?\s+$/.test(before)) {
    const at = sentence.start + before.replace(/['’]s?\s+$/, '').length;
    return names.find(({ m }) => m.start < at && m.end >= at && m.end <= at + 2)?.index;
  }
  const previous = lastWord(before, /[A-Za-z]/, /\s/, true)?.text.toLowerCase();
  if (previous === undefined || /^(?:her|his|their)$/.test(previous) || !lex.determiners.has(previous)) {
    return names.find(({ m }) => m.end <= q.start && !/^['’]s\b/.test(ctx.text.slice(m.end)))?.index;
  }
  return undefined;
}
