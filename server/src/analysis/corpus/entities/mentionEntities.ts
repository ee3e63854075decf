// Each mention's entity id. The corpus's map is keyed `${uri}#${mentionIndex}` (what the hosts, the export and the
// tests read); the corpus's own passes ask it for every mention of a story at every keystroke, and making and hashing
// a key with the article's uri cost more than the rest of the asking. `MentionEntities` keeps each article's ids by
// mention index as well, and `mentionEntity` asks those when it can.

/** Each mention's entity id by `${uri}#${mentionIndex}`, and by uri then mention index. */
export class MentionEntities extends Map<string, string> {
  private readonly byUri = new Map<string, Array<string | undefined>>();

  /** The entity of mention `index` of article `uri` is `id`. */
  setMention(uri: string, index: number, id: string): void {
    this.set(`${uri}#${index}`, id);
    let ids = this.byUri.get(uri);
    if (!ids) this.byUri.set(uri, (ids = []));
    ids[index] = id;
  }

  /** The entity ids of an article's mentions, by mention index (undefined for a mention of no entity). */
  ofArticle(uri: string): ReadonlyArray<string | undefined> {
    return this.byUri.get(uri) ?? NONE;
  }
}

const NONE: ReadonlyArray<string | undefined> = [];

/** The entity of mention `index` of article `uri`, in any map keyed `${uri}#${mentionIndex}`. */
export function mentionEntity(map: ReadonlyMap<string, string>, uri: string, index: number | undefined): string | undefined {
  if (index === undefined) return undefined;
  return map instanceof MentionEntities ? map.ofArticle(uri)[index] : map.get(`${uri}#${index}`);
}

/** The entity of each mention of article `uri` by index: the map's own list, or a lookup by key. */
export function articleMentionEntities(map: ReadonlyMap<string, string>, uri: string): (index: number | undefined) => string | undefined {
  if (map instanceof MentionEntities) {
    const ids = map.ofArticle(uri);
    return (index) => (index === undefined ? undefined : ids[index]);
  }
  return (index) => (index === undefined ? undefined : map.get(`${uri}#${index}`));
}
