// What one build of a story keeps for the next, when an editor's keystroke builds it again: the entity linking
// (corpus/entities/linkMemo.ts), taken whole when the edit changed no name, and the alignment (corpus/alignMemo.ts),
// whose pairs of unchanged statements are carried.
import { newAlignMemo, type AlignMemo } from './alignMemo';
import { newLinkMemo, type LinkMemo } from './entities/linkMemo';

export interface StoryMemo {
  linking: LinkMemo;
  align: AlignMemo;
}

export function newStoryMemo(): StoryMemo {
  return { linking: newLinkMemo(), align: newAlignMemo() };
}

/**
 * A memo that starts where `memo` stands and goes its own way: for the same story with other members, whose statements
 * placed alike still carry their pairs. What both then hold is either replaced whole or a kept pair's probability,
 * which says itself which features it was scored on (corpus/alignMemo.ts `keptProbability`).
 */
export function forkStoryMemo(memo: StoryMemo): StoryMemo {
  const { articles, pairs, placements } = memo.align;
  return {
    linking: { last: memo.linking.last, reused: 0, linked: 0 },
    align: { articles: new Map(articles), pairs: new Map(pairs), placements: new Map(placements) },
  };
}
