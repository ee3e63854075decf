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
