// The words a pattern finds in a text, kept line by line: a keystroke changes one line of an article, and every other
// line gives the words it gave before. A pattern that matches no line end, and whose look-behind refuses no line end,
// finds in each line alone what it finds there in the whole text, so the set is the same.
import { Recent, SENTENCES_KEPT } from './recent';

export class LineWords {
  private readonly kept = new Recent<string, string[]>(SENTENCES_KEPT);

  /** `pattern` global; `word` makes the word kept of each match. */
  constructor(
    private readonly pattern: RegExp,
    private readonly word: (match: string) => string,
  ) {}

  /** The words of the text, in the order first found. */
  of(text: string): Set<string> {
    const out = new Set<string>();
    for (let start = 0; start <= text.length; ) {
      const newline = text.indexOf('\n', start);
      const end = newline < 0 ? text.length : newline;
      if (end > start) for (const w of this.ofLine(text.slice(start, end))) out.add(w);
      start = end + 1;
    }
    return out;
  }

  /** Lets the kept lines go. */
  clear(): void {
    this.kept.clear();
  }

  private ofLine(line: string): string[] {
    return this.kept.getOr(line, () => (line.match(this.pattern) ?? []).map(this.word));
  }
}
