// Pass 2b of reading names: rules that overrule the entity tagger. Each stays only while it helps on a held-out
// train fold (a model trained without that fold) as well as on dev: `node scripts/eval/rules.mjs` measures each one
// by turning it off. Rules that did not help on both were removed: a first-name rule ("Eva Cruz" is a person)
// changed nothing on either, and keeping the hand lists' types ("Kremlin" an organisation, where CoNLL writes a
// place) cost 1.8 points on the train fold and 2.0 on dev. See docs/taggers.md for the figures.
import type { Lexicon } from '../../data/lexicon';
import type { Mention } from '../../types';
import type { NameSpan } from './names';

export interface OverrideRule {
  name: string;
  apply(names: NameSpan[], lex: Lexicon): void;
}

/**
 * A name that is what follows the first name of a person the document names in full is that person ("Walsh" after
 * "Tom Walsh", "Strauss - Kahn" after "Dominique Strauss - Kahn").
 */
const bareSurname: OverrideRule = {
  name: 'bare-surname',
  apply(names) {
    const tails = new Set<string>();
    for (const n of names) {
      const words = n.mention.text.toLowerCase().split(/\s+/);
      if (n.mention.type === 'person' && words.length >= 2) tails.add(words.slice(1).join(' '));
    }
    for (const n of names) if (n.mention.type !== 'person' && tails.has(n.mention.text.toLowerCase().split(/\s+/).join(' '))) n.mention.type = 'person';
  },
};

export const OVERRIDE_RULES: readonly OverrideRule[] = [bareSurname];

/** Every rule the measure turns off by name: the overrides here and the headline pass (mentions/headlines.ts). */
export const RULE_NAMES: readonly string[] = [...OVERRIDE_RULES.map((r) => r.name), 'headline-case'];

/** Rules turned off by name (scripts/eval/rules.mjs measures each rule this way; the product turns none off). */
export const disabledRules = new Set<string>();

export function applyOverrides(names: NameSpan[], lex: Lexicon): Mention[] {
  for (const rule of OVERRIDE_RULES) if (!disabledRules.has(rule.name)) rule.apply(names, lex);
  return names.map((n) => n.mention);
}
