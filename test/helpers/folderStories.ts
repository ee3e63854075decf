// A story index for service tests: an article's story is the folder in its name ("quake/a.txt" → "quake"), so that
// a test says which articles belong together without depending on the automatic grouping.
import type * as Api from '../../server/src/analysis/index';

/** Two stories by folder, each with a disagreement across its articles: a call's length, a quotation's words. */
export const TWO_FOLDER_STORIES: Readonly<Record<string, string>> = {
  'lee/a': 'Mayor Ann Lee and Governor Tom Walsh spoke for two hours on Monday.',
  'lee/b': 'Lee and Walsh spoke for about two hours.',
  'lee/c': 'Walsh and Lee spoke for 20 minutes.',
  'bridge/a': 'Engineer Eva Cruz said: "We will rebuild the old bridge before the winter comes."',
  'bridge/b': 'Cruz said "we will rebuild the bridge before winter arrives."',
};

/** A new index; `fed`, when given, records every uri the service hands it, in order. */
export function byFolder(fed?: string[]): Api.StoryIndex {
  const storyOf = new Map<string, string>();
  return {
    update(uri) {
      fed?.push(uri);
      const id = uri.split('/')[0];
      if (storyOf.get(uri) === id) return { changed: [] };
      storyOf.set(uri, id);
      return { changed: [id] };
    },
    remove(uri) {
      const id = storyOf.get(uri);
      storyOf.delete(uri);
      return { changed: id === undefined ? [] : [id] };
    },
    stories() {
      const ids = [...new Set(storyOf.values())].sort();
      return ids.map((id) => ({ id, title: id, uris: [...storyOf].filter(([, s]) => s === id).map(([uri]) => uri).sort() }));
    },
    storyOf: (uri) => storyOf.get(uri),
  };
}
