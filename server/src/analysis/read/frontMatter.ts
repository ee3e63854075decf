// Optional YAML-like front matter at the top of an article: source/outlet, date, title.
export interface FrontMatter {
  /** Offset where the article body starts (0 without front matter). */
  end: number;
  source?: string;
  date?: string;
  title?: string;
}

export function readFrontMatter(text: string): FrontMatter {
  const m = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/.exec(text);
  if (!m) return { end: 0 };
  const out: FrontMatter = { end: m[0].length };
  for (const line of m[1].split(/\r?\n/)) {
    const field = /^\s*(source|outlet|date|title)\s*:\s*(.*?)\s*$/i.exec(line);
    if (!field) continue;
    const value = unquote(field[2]);
    const key = field[1].toLowerCase();
    if (key === 'date') out.date = /^\d{4}-\d{2}-\d{2}/.test(value) ? value.slice(0, 10) : undefined;
    else if (key === 'title') out.title = value;
    else out.source = value;
  }
  return out;
}

/** A YAML scalar as written: "double quoted" (JSON escapes, as `crosscheck import` writes them), 'single', or plain. */
function unquote(value: string): string {
  if (/^".*"$/.test(value)) {
    try {
      return String(JSON.parse(value));
    } catch {
      return value.slice(1, -1);
    }
  }
  if (/^'.*'$/.test(value)) return value.slice(1, -1).replace(/''/g, "'");
  return value.replace(/^["']|["']$/g, '');
}
