// One entity per real-world referent across sources and spellings, made by passes run in order, one file
// each. People are grouped by surname (transliteration variants and likely misspellings meet), split where
// first names disagree ("Bill" vs "Hillary Clinton"); a bare surname joins the full name it most likely
// stands for; a description ("the Ukrainian president") joins the person who holds that role; places and
// organisations meet through aliases ("U.S." = "United States"), spellings and acronyms.
import type { Config } from '../../config';
import type { Entity, Reading } from '../../types';
import { mergeAcronyms } from './acronyms';
import { linkBareSurnames } from './bareSurnames';
import { linkDescriptions } from './descriptions';
import { mergeDualNames } from './dualNames';
import { linkFullNames } from './fullNames';
import { linkFusedHeadlines } from './fusedHeadlines';
import { openHeadedPlaces } from './headedPlaces';
import { startLinking } from './linking';
import { mergeMinoritySpellings } from './minoritySpellings';
import { toEntities } from './toEntities';
import type { MentionEntities } from './mentionEntities';
import { keepLinking, keptLinking, linkingInput, type LinkMemo } from './linkMemo';
import { linkTypedSurnames } from './typedSurnames';
import { linkUnsureNames } from './unsureNames';
import { mergeVowelVariants } from './vowelVariants';

export { compatibleFirstNames, sameSurname } from './names';

/** `memo`: what the story's last linking kept, taken when the passes would read the same (linkMemo.ts). */
export function linkEntities(readings: Reading[], config: Config, memo?: LinkMemo): { entities: Entity[]; mentionEntity: MentionEntities } {
  const input = memo ? linkingInput(readings) : '';
  const kept = memo && keptLinking(memo, readings, input, config);
  if (kept) return kept;
  const state = startLinking(readings, config);
  const headedPlaces = openHeadedPlaces(state);
  const aside = linkFullNames(state, headedPlaces);
  linkUnsureNames(state, aside.unsure);
  linkBareSurnames(state, aside.bare);
  linkTypedSurnames(state);
  linkFusedHeadlines(state, aside.fused);
  linkDescriptions(state, aside.descriptions);
  mergeVowelVariants(state);
  mergeMinoritySpellings(state);
  mergeDualNames(state);
  mergeAcronyms(state);
  const linked = toEntities(state.clusters, readings, new Set(aside.fused));
  if (memo) keepLinking(memo, input, config, state.asked, linked);
  return linked;
}
