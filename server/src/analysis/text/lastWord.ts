// The last word before an offset, found by scanning backwards from the end of the text before it.
//
// The idiom /(word+)gap*$/ run on a slice before an offset is quadratic: an unanchored search tries every start
// in the slice, and from each one the run of word characters (and the gap after it) is scanned to the end of the
// slice before the `$` fails. A sentence of one endless word, or of one endless gap, hangs it. Scanning back from
// the end finds the same match in one pass over the word and the gap.

/** The code point that ends at `end`: a surrogate pair is one, a lone half is itself. */
function codePointBefore(text: string, end: number): string {
  const low = text.charCodeAt(end - 1);
  if (low >= 0xdc00 && low <= 0xdfff && end >= 2) {
    const high = text.charCodeAt(end - 2);
    if (high >= 0xd800 && high <= 0xdbff) return text.slice(end - 2, end);
  }
  return text[end - 1];
}

/**
 * Where the run of characters that `accepts` (an expression of one character, such as /\p{L}/u) takes, ending at
 * `end`, starts; `end` when the character before `end` is not one of them. Code points are tested whole.
 */
export function runStart(text: string, end: number, accepts: RegExp): number {
  let at = end;
  while (at > 0) {
    const c = codePointBefore(text, at);
    if (!accepts.test(c)) break;
    at -= c.length;
  }
  return at;
}

/**
 * The match of /(word+)gap*$/ (gap+ when `gapNeeded`) in `text`, for `word` and `gap` expressions of one character
 * that share no character: the word's text and where it starts (the run of word characters just before the gap
 * at the end, all of it, as the leftmost match of the expression takes it).
 */
export function lastWord(text: string, word: RegExp, gap: RegExp, gapNeeded = false): { text: string; index: number } | undefined {
  const end = runStart(text, text.length, gap);
  if (gapNeeded && end === text.length) return undefined;
  const index = runStart(text, end, word);
  return index === end ? undefined : { text: text.slice(index, end), index };
}
