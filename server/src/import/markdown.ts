// An imported article as the Markdown file Crosscheck reads: front matter (title, outlet, date, url, byline), the
// title as the first line (the headline), then one paragraph per line with a blank line between.
import { slug } from '../analysis/text/normalize';
import type { ImportedArticle } from './page';

export function articleMarkdown(article: ImportedArticle): string {
  const fields: Array<[string, string | undefined]> = [
    ['title', article.title],
    ['outlet', article.outlet],
    ['date', article.date],
    ['url', article.url],
    ['byline', article.byline],
  ];
  // Double-quoted YAML scalars (JSON strings are valid ones); a date stays bare, as YAML and the reader expect.
  const front = fields.filter(([, value]) => value).map(([key, value]) => `${key}: ${key === 'date' ? value : JSON.stringify(value)}`);
  return `---\n${front.join('\n')}\n---\n\n${[article.title, ...article.paragraphs].join('\n\n')}\n`;
}

/** "daily-courier-talks-end-without-a-deal.md": the outlet and the title, short enough for any file system. */
export function articleFileName(article: ImportedArticle): string {
  const words = `${article.outlet ? `${slug(article.outlet.replace(/\.[a-z]{2,}$/i, ''))}-` : ''}${slug(article.title)}`;
  const cut = words.length <= 80 ? words : words.slice(0, 80).replace(/-[^-]*$/, '');
  return `${cut || 'article'}.md`;
}
