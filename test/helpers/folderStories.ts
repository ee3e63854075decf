// A story index for service tests: an article's story is the folder in its name ("quake/a.txt" → "quake"), so that
// a test says which articles belong together without depending on the automatic grouping.
import type * as Api from '../../server/src/analysis/index';

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
