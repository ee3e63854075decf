// What a news page says about its article, read from the parsed document: Open Graph and article meta tags, the
// schema.org JSON-LD most news sites embed, <time> elements, the canonical link, and the "saved from" note a
// browser leaves in a saved page. Each field takes the first source that has it, most reliable first.
import { byline, clean } from './text';

export interface PageMeta {
  title?: string;
  /** The outlet: og:site_name, else the domain of the page's address. */
  outlet?: string;
  /** YYYY-MM-DD, as the page writes it (in the page's own time zone). */
  date?: string;
  url?: string;
  byline?: string;
}

export function readPageMeta(document: Document): PageMeta {
  const meta = metaTags(document);
  const ld = newsObject(jsonLd(document));
  const url = pageUrl(document, meta, ld);
  const siteName = meta.get('og:site_name') ?? meta.get('application-name');
  const outlet = meta.get('og:site_name') ?? (url ? domainOf(url) : undefined) ?? name(ld?.publisher) ?? siteName;
  const title = firstText(meta.get('og:title'), ld?.headline, meta.get('twitter:title'), document.title, document.querySelector('h1')?.textContent);
  return {
    title: title ? withoutSiteName(title, [siteName, name(ld?.publisher), outlet]) : undefined,
    outlet: outlet ? clean(outlet) : undefined,
    date: publicationDate(document, meta, ld),
    url,
    byline: byline(meta.get('author') ?? meta.get('byl') ?? meta.get('sailthru.author') ?? authors(ld?.author) ?? bylineElement(document)),
  };
}

/** Every <meta> by its property, name or itemprop (lower case); the first of each wins. */
function metaTags(document: Document): Map<string, string> {
  const tags = new Map<string, string>();
  for (const element of Array.from(document.querySelectorAll('meta[content]'))) {
    const content = clean(element.getAttribute('content') ?? '');
    if (!content) continue;
    for (const attribute of ['property', 'name', 'itemprop']) {
      const key = element.getAttribute(attribute)?.trim().toLowerCase();
      if (key && !tags.has(key)) tags.set(key, content);
    }
  }
  return tags;
}

type Json = Record<string, unknown>;

/** The JSON-LD objects of the page, arrays and @graph lists flattened; a block that is not JSON is left out. */
function jsonLd(document: Document): Json[] {
  const objects: Json[] = [];
  const add = (value: unknown) => {
    if (Array.isArray(value)) value.forEach(add);
    else if (value && typeof value === 'object') {
      objects.push(value as Json);
      if ('@graph' in value) add((value as Json)['@graph']);
    }
  };
  for (const script of Array.from(document.querySelectorAll('script[type="application/ld+json" i]'))) {
    const text = (script.textContent ?? '').replace(/^\s*(?:<!--|\/\/\s*<!\[CDATA\[)|(?:-->|\/\/\s*\]\]>)\s*$/g, '');
    try {
      add(JSON.parse(text));
    } catch {
      // A broken block says nothing.
    }
  }
  return objects;
}

const ARTICLE_TYPE = /(?:^|\W)(?:\w*Article|Report|BlogPosting|LiveBlogPosting)$/;

/** The JSON-LD object that describes the article: a NewsArticle (or any *Article), else one with a headline. */
function newsObject(objects: Json[]): Json | undefined {
  const types = (o: Json) => [o['@type']].flat().map(String);
  return objects.find((o) => types(o).some((t) => ARTICLE_TYPE.test(t))) ?? objects.find((o) => typeof o.headline === 'string');
}

/** A schema.org Person or Organization (or a list, or a plain string) → its name. */
function name(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return name(value[0]);
  if (value && typeof value === 'object' && typeof (value as Json).name === 'string') return (value as Json).name as string;
  return undefined;
}

function authors(value: unknown): string | undefined {
  const list = (Array.isArray(value) ? value : [value]).map(name).filter((n): n is string => !!n && !/^https?:/i.test(n));
  return list.length === 0 ? undefined : list.length === 1 ? list[0] : `${list.slice(0, -1).join(', ')} and ${list[list.length - 1]}`;
}

function firstText(...values: unknown[]): string | undefined {
  for (const value of values) {
    const text = typeof value === 'string' ? clean(value) : '';
    if (text) return text;
  }
  return undefined;
}

/** "Talks end | The Daily Courier" → "Talks end", when the part cut off is the site's name. */
function withoutSiteName(title: string, names: Array<string | undefined>): string {
  const parts = title.split(/\s+[|–—:-]\s+|\s+[|–—]\s*|\s*[|–—]\s+/);
  if (parts.length < 2) return title;
  const known = names.filter((n): n is string => !!n).map((n) => squash(n));
  const last = squash(parts[parts.length - 1]);
  const first = squash(parts[0]);
  if (known.some((n) => n === last || n.includes(last) || last.includes(n))) return title.slice(0, title.lastIndexOf(parts[parts.length - 1])).replace(/[\s|–—:-]+$/, '');
  if (known.some((n) => n === first)) return title.slice(parts[0].length).replace(/^[\s|–—:-]+/, '');
  return title;
}

const squash = (text: string) => text.toLowerCase().replace(/^www\./, '').replace(/\.[a-z]{2,}$/, '').replace(/[^\p{L}\p{N}]+/gu, '');

/** The page's address: canonical link, og:url, the browser's "saved from" note, the JSON-LD url. Absolute http(s) only. */
function pageUrl(document: Document, meta: Map<string, string>, ld: Json | undefined): string | undefined {
  const saved = savedFrom(document);
  const mainEntity = ld?.mainEntityOfPage;
  const candidates = [
    document.querySelector('link[rel~="canonical" i]')?.getAttribute('href'),
    meta.get('og:url'),
    saved,
    typeof ld?.url === 'string' ? ld.url : undefined,
    typeof mainEntity === 'string' ? mainEntity : mainEntity && typeof mainEntity === 'object' ? ((mainEntity as Json)['@id'] as string | undefined) : undefined,
  ];
  const base = candidates.find((c) => c && /^https?:\/\//i.test(c.trim()));
  for (const candidate of candidates) {
    if (!candidate) continue;
    try {
      const url = new URL(candidate.trim(), base ?? undefined);
      if (url.protocol === 'http:' || url.protocol === 'https:') return url.href;
    } catch {
      // Not an address.
    }
  }
  return undefined;
}

/**
 * Browsers and page savers note where a page came from in a comment: "saved from url=(0071)https://…" (Chrome,
 * Internet Explorer, Edge), "url: https://…" (SingleFile).
 */
function savedFrom(document: Document): string | undefined {
  const walker = document.createTreeWalker(document, 128 /* NodeFilter.SHOW_COMMENT */);
  for (let node = walker.nextNode(), seen = 0; node && seen < 20; node = walker.nextNode(), seen++) {
    const text = node.nodeValue ?? '';
    const match = /saved from url=\(\d+\)(\S+)/i.exec(text) ?? /\burl:\s*(https?:\/\/\S+)/i.exec(text);
    if (match) return match[1];
  }
  return undefined;
}

/** "www.dailycourier.example" → "dailycourier.example". */
export function domainOf(url: string): string | undefined {
  try {
    return new URL(url).hostname.replace(/^(?:www\d?|m|amp|mobile)\./, '') || undefined;
  } catch {
    return undefined;
  }
}

/**
 * When the article was published: the article:published_time meta tag, a <time> marked as the publication date,
 * the JSON-LD datePublished, the first <time> of the article's header, then other date meta tags. A time the page
 * labels as an update is not the publication date.
 */
function publicationDate(document: Document, meta: Map<string, string>, ld: Json | undefined): string | undefined {
  const fromMeta = (...keys: string[]) => keys.map((key) => meta.get(key)).find((value) => value && isoDate(value));
  const timeOf = (selector: string) =>
    Array.from(document.querySelectorAll(selector))
      .filter((element) => !/updat|modif|edited/i.test(`${element.className} ${element.parentElement?.className ?? ''} ${element.textContent ?? ''} ${element.getAttribute('itemprop') ?? ''}`))
      .map((element) => element.getAttribute('datetime') ?? element.getAttribute('content') ?? element.textContent ?? '')
      .find((value) => isoDate(value));
  const value =
    fromMeta('article:published_time', 'og:article:published_time', 'article.published', 'datepublished') ??
    timeOf('time[itemprop~="datePublished" i], [itemprop~="datePublished" i][datetime], time[pubdate], time[class*="publish" i]') ??
    (typeof ld?.datePublished === 'string' && isoDate(ld.datePublished) ? ld.datePublished : undefined) ??
    timeOf('article header time, article time, header time, main time') ??
    fromMeta('pubdate', 'publishdate', 'publish-date', 'publication_date', 'date', 'dc.date', 'dc.date.issued', 'dcterms.created', 'dcterms.issued', 'sailthru.date', 'parsely-pub-date') ??
    timeOf('time');
  return value ? isoDate(value) : undefined;
}

/** "February 12, 2025", "Feb. 12 2025", "12 February 2025", in a line such as "Published Feb. 12, 2025 at 3:04 p.m.". */
export const WRITTEN_DATE = /\b(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?,?\s+\d{4})\b/i;

/** "2025-02-12T14:03:00-05:00" → "2025-02-12" (the date as the page writes it); "February 12, 2025" too. */
export function isoDate(value: string): string | undefined {
  const text = value.trim();
  const iso = /^(\d{4})-?(\d{2})-?(\d{2})(?:$|[T\s])/.exec(text);
  const written = iso ? undefined : WRITTEN_DATE.exec(text)?.[0];
  const parsed = written ? new Date(written.replace(/\./g, '')) : undefined;
  const [year, month, day] = iso
    ? [Number(iso[1]), Number(iso[2]), Number(iso[3])]
    : parsed && !Number.isNaN(parsed.getTime())
      ? [parsed.getFullYear(), parsed.getMonth() + 1, parsed.getDate()]
      : [0, 0, 0];
  if (year < 1990 || year > 2100 || month < 1 || month > 12 || day < 1 || day > 31) return undefined;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** A byline the page marks up without meta tags: rel=author links or an element classed "byline" or "author". */
function bylineElement(document: Document): string | undefined {
  const element = document.querySelector('[itemprop~="author" i] [itemprop~="name" i], [rel~="author" i], [class*="byline" i], [class*="author-name" i]');
  const text = clean(element?.textContent ?? '');
  return text && text.length <= 160 ? text : undefined;
}
