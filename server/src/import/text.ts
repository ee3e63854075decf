// Small text helpers of the page import.

/** Whitespace (and no-break spaces) folded to single spaces. */
export function clean(text: string): string {
  return text.replace(/[\s\u00a0]+/g, ' ').trim();
}

/** "By Jane Doe and John Roe" → "Jane Doe and John Roe"; a link or an over-long line is no byline. */
export function byline(text: string | null | undefined): string | undefined {
  const value = clean(text ?? '').replace(/^by\s+/i, '');
  if (!value || value.length > 160 || /^https?:\/\//i.test(value)) return undefined;
  return value;
}
