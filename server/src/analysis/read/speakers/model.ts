// The attribution model: a linear score over each candidate's features, learned on PolNeAR train by
// scripts/train-speakers.mjs (a conditional logit over the candidates of one quotation). The candidate with the
// highest score speaks. Without weights (a build that has not trained) the rules' choice speaks.
import model from '../../data/speakerModel.json';
import type { SpeakerCandidate } from './candidates';

const WEIGHTS: ReadonlyMap<string, number> = new Map(Object.entries((model as { weights: Record<string, number> }).weights));

export function score(features: readonly string[], weights: ReadonlyMap<string, number> = WEIGHTS): number {
  let total = 0;
  for (const f of features) total += weights.get(f) ?? 0;
  return total;
}

/** The candidate the model ranks first; null when there is none. */
export function chooseSpeaker(candidates: readonly SpeakerCandidate[], weights: ReadonlyMap<string, number> = WEIGHTS): SpeakerCandidate | null {
  if (weights.size === 0) return candidates.find((c) => c.features.includes('rule')) ?? null;
  let best: SpeakerCandidate | null = null;
  let bestScore = -Infinity;
  for (const c of candidates) {
    const s = score(c.features, weights);
    if (s > bestScore) {
      best = c;
      bestScore = s;
    }
  }
  return best;
}
