// `crosscheck import page.html… [--into folder] [--force]`: each saved web page becomes a Markdown article in the
// folder. A page that is not HTML, has no article, or would overwrite a file (without --force) is reported on
// stderr and skipped; the others are still imported. Exit status 1 when any page was not imported.
import * as fs from 'fs';
import * as path from 'path';
import { articleFileName, articleMarkdown } from '../import/markdown';
import { readPage } from '../import/page';
import { UsageError, type ImportOptions } from './args';
import { displayPath, errorMessage } from './checked';

/** `out` hears what was written, `err` what was not and why. */
export function importPages(options: ImportOptions, out: (line: string) => void, err: (line: string) => void): number {
  const into = path.resolve(options.into);
  if (fs.existsSync(into) && !fs.statSync(into).isDirectory()) throw new UsageError(`--into '${options.into}' is a file, not a folder`);
  const written = new Set<string>();
  let failed = 0;
  for (const page of options.pages) {
    const fail = (reason: string) => {
      failed++;
      err(`crosscheck import: ${page}: ${reason}\n`);
    };
    let bytes: Buffer;
    try {
      if (fs.statSync(page).isDirectory()) {
        fail('is a folder; give the saved pages (.html files) themselves');
        continue;
      }
      bytes = fs.readFileSync(page);
    } catch (error) {
      fail(`could not be read (${(error as NodeJS.ErrnoException).code ?? errorMessage(error)})`);
      continue;
    }
    const result = readPage(bytes);
    if (!result.ok) {
      fail(result.reason);
      continue;
    }
    const file = freeName(path.join(into, articleFileName(result.article)), written);
    if (fs.existsSync(file) && !options.force) {
      fail(`${displayPath(file)} already exists; not overwritten (--force overwrites it)`);
      continue;
    }
    fs.mkdirSync(into, { recursive: true });
    fs.writeFileSync(file, articleMarkdown(result.article));
    written.add(file);
    const { outlet, date } = result.article;
    out(`${displayPath(file)}: “${result.article.title}”${outlet ? `, ${outlet}` : ''}${date ? `, ${date}` : ''} (${result.article.paragraphs.length} paragraphs)\n`);
  }
  if (failed > 0 && options.pages.length > 1) err(`crosscheck import: ${options.pages.length - failed} of ${options.pages.length} pages imported\n`);
  return failed > 0 ? 1 : 0;
}

/** Two pages of one run with the same outlet and title get "-2", "-3" …, never each other's file. */
function freeName(file: string, written: Set<string>): string {
  if (!written.has(file)) return file;
  const { dir, name, ext } = path.parse(file);
  for (let n = 2; ; n++) {
    const next = path.join(dir, `${name}-${n}${ext}`);
    if (!written.has(next)) return next;
  }
}
