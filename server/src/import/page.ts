// A saved web page → the article it holds: its paragraphs (Mozilla's Readability over a jsdom document, the same
// extraction as Firefox's Reader View) and what the page says about it (title, outlet, date, url, byline), from the
// page's meta tags, its JSON-LD and its markup. jsdom runs no script and loads nothing: the page is only read.
import { Readability } from '@mozilla/readability';
import { JSDOM } from 'jsdom';
import { decodePage } from './decode';
import { readPageMeta, WRITTEN_DATE, type PageMeta } from './meta';
import { byline, clean } from './text';
import boilerplate from './boilerplate.json';

export interface ImportedArticle extends PageMeta {
  title: string;
  /** The article's text, one paragraph per entry, without the title. */
  paragraphs: string[];
}

export type PageResult = { ok: true; article: ImportedArticle } | { ok: false; reason: string };

/** Fewer words than this is a page without an article (an index, a log-in form, a cookie wall). */
const MIN_WORDS = 25;

export function readPage(bytes: Uint8Array): PageResult {
  const decoded = decodePage(bytes);
  if (!decoded.ok) return decoded;
  let dom: JSDOM;
  try {
    dom = new JSDOM(decoded.text, { contentType: 'text/html' });
  } catch (error) {
    return { ok: false, reason: `the HTML could not be read (${error instanceof Error ? error.message : String(error)})` };
  }
  const document = dom.window.document;
  if (!document.querySelector('body *, head > :not(meta[charset])') && !/<[a-z!]/i.test(decoded.text)) {
    return { ok: false, reason: 'this is not a web page: it has no HTML markup (import reads pages saved from a browser as .html; copy text articles into the folder as they are)' };
  }
  // Read what the page says about itself before Readability, which rewrites the document.
  const meta = readPageMeta(document);
  let parsed: ReturnType<Readability<Node>['parse']>;
  try {
    parsed = new Readability<Node>(document, { serializer: (node) => node }).parse();
  } catch (error) {
    return { ok: false, reason: `the HTML could not be read (${error instanceof Error ? error.message : String(error)})` };
  } finally {
    dom.window.close();
  }
  const content = parsed?.content;
  const title = meta.title ?? clean(parsed?.title ?? '');
  const paragraphs = content ? withoutRepeats(paragraphsOf(content), title, meta.byline) : [];
  const words = paragraphs.join(' ').split(/\s+/).filter(Boolean).length;
  if (words < MIN_WORDS) {
    return { ok: false, reason: `no article found in the page (${words === 0 ? 'no text' : `only ${words} words of text`} outside its navigation, links and forms)` };
  }
  return {
    ok: true,
    article: {
      ...meta,
      title: title || paragraphs[0].slice(0, 120),
      outlet: meta.outlet ?? (clean(parsed?.siteName ?? '') || undefined),
      byline: meta.byline ?? byline(parsed?.byline),
      date: meta.date,
      paragraphs,
    },
  };
}

const SKIPPED = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'IMG', 'PICTURE', 'VIDEO', 'AUDIO', 'IFRAME', 'OBJECT', 'BUTTON', 'INPUT', 'SELECT', 'TEXTAREA', 'FORM', 'CANVAS']);
const BLOCKS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DD', 'DETAILS', 'DIV', 'DL', 'DT', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6',
  'HEADER', 'HR', 'LI', 'MAIN', 'OL', 'P', 'PRE', 'SECTION', 'SUMMARY', 'TABLE', 'TBODY', 'TFOOT', 'THEAD', 'TR', 'UL',
]);
const DROPPED_LINES = new Set(boilerplate.lines.map((line) => line.toLowerCase()));
const DROPPED_STARTS = new RegExp(`^(?:${boilerplate.starts.join('|')})`, 'i');

/** Site furniture left inside the article: "Advertisement", "© 2024 …", a line that is only a timestamp. */
function isBoilerplate(line: string): boolean {
  return DROPPED_LINES.has(line.toLowerCase()) || DROPPED_STARTS.test(line) || isTimestamp(line);
}

/** "· March 5, 2024, 8:15 p.m.", "Updated 06/03/2024 09.10 GMT": a date and a time, and nothing else to read. */
function isTimestamp(line: string): boolean {
  const rest = line
    .replace(WRITTEN_DATE, ' ')
    .replace(/\b\d{4}-\d{2}-\d{2}(?:T[\d:.+-]+Z?)?|\b\d{1,2}[/.]\d{1,2}[/.]\d{2,4}\b/g, ' ')
    .replace(/\b\d{1,2}(?:[:.]\d{2})?\s*(?:a\.?m\.?|p\.?m\.?)?(?:\s+[A-Z]{2,4}\b)?/gi, ' ')
    .replace(new RegExp(`\\b(?:${boilerplate.timestampWords.join('|')})\\b`, 'gi'), ' ');
  return rest !== line && !/[\p{L}\p{N}]/u.test(rest);
}

/** The text of the article's block elements, one paragraph each; a line break inside one starts a new one. */
function paragraphsOf(root: Node): string[] {
  const out: string[] = [];
  let run = '';
  const flush = () => {
    const text = clean(run);
    if (text && !isBoilerplate(text)) out.push(text);
    run = '';
  };
  const walk = (node: Node) => {
    for (const child of Array.from(node.childNodes)) {
      if (child.nodeType === 3 /* text */) run += child.nodeValue ?? '';
      else if (child.nodeType === 1 /* element */) {
        const tag = (child as Element).tagName.toUpperCase();
        if (SKIPPED.has(tag) || (child as Element).getAttribute('aria-hidden') === 'true') continue;
        if (tag === 'BR') flush();
        else if (tag === 'TD' || tag === 'TH') {
          run += ' ';
          walk(child);
          run += ' ';
        } else if (BLOCKS.has(tag)) {
          flush();
          walk(child);
          flush();
        } else walk(child);
      }
    }
  };
  walk(root);
  flush();
  return out;
}

/** The title and the byline are in the front matter: drop them where the page repeats them above the text. */
function withoutRepeats(paragraphs: string[], title: string, byline?: string): string[] {
  const same = (a: string, b?: string) => b !== undefined && a.toLowerCase().replace(/\W+/g, '') === b.toLowerCase().replace(/\W+/g, '');
  let start = 0;
  while (start < Math.min(paragraphs.length, 3)) {
    const line = paragraphs[start];
    if (same(line, title) || same(line, byline) || same(line.replace(/^by\s+/i, ''), byline)) start++;
    else break;
  }
  return paragraphs.slice(start);
}
