// The command line's arguments: which command, which paths, which report. Wrong arguments are a UsageError, which
// the entry point prints with the usage and exit status 2.
import { defaultJobs } from '../node/readerPool';

export const USAGE = `Usage: crosscheck <command> [paths] [options]

Commands:
  check [folder | file…]   cross-check the articles in a folder (default: the current folder)
                           or the article files listed, and report the findings
  export [folder | file…]  print what was read (documents, entities, quotations, quantities,
                           findings) as JSON
  import page.html…        turn saved web pages into Markdown articles with front matter
                           (title, outlet, date, url, byline)

Options:
  --format <f>        check: text (default), json, html (one self-contained page) or sarif
                      (SARIF 2.1.0, for code scanning); export: json
  --output <file>     write the report to <file> instead of the standard output
  --include-reviewed  also report the findings marked as reviewed in crosscheck.yaml
                      (text output marks them "[reviewed]")
  --jobs <n>          check, export: threads that read articles, this one included
                      (default: the number of cores)
  --into <folder>     import: the folder to write the articles to (default: the current folder)
  --force             import: overwrite an article file that already exists
  -h, --help          show this help

Text output is one line per finding, "file:line:col severity code message", with the file
relative to the current directory and 1-based line and column, then indented "related" lines
for the other sources and the finding's fingerprint (add it to "reviewed:" in crosscheck.yaml
to dismiss the finding), then a summary. Skipped files and config problems go to stderr, and so
does a progress bar while articles are read, when stderr is a terminal.

Exit status: 0 no finding of severity warning or error, 1 at least one warning or error
(including unreadable files and config errors) or, for import, a page that could not be
imported; 2 usage error; 3 internal error.`;

export class UsageError extends Error {}

export type Format = 'text' | 'json' | 'html' | 'sarif';
const CHECK_FORMATS: Format[] = ['text', 'json', 'html', 'sarif'];

export interface CheckOptions {
  command: 'check' | 'export';
  /** A folder, or article files; ['.'] when none was given. */
  paths: string[];
  pathsGiven: boolean;
  format: Format;
  includeReviewed: boolean;
  output?: string;
  /** Threads that read articles; 1 reads on the main thread. */
  jobs: number;
}

export interface ImportOptions {
  command: 'import';
  pages: string[];
  into: string;
  force: boolean;
}

export type Options = CheckOptions | ImportOptions;

const VALUE_OPTIONS = ['--format', '--output', '--into', '--jobs'];

export function parseArgs(argv: string[]): Options | 'help' {
  const end = argv.indexOf('--');
  const flags = end < 0 ? argv : argv.slice(0, end);
  if (flags.includes('-h') || flags.includes('--help') || (flags[0] === 'help' && flags.length === 1)) return 'help';
  const positionals: string[] = [];
  const values = new Map<string, string>();
  const switches = new Set<string>();
  for (let i = 0; i < flags.length; i++) {
    const arg = flags[i];
    const option = VALUE_OPTIONS.find((name) => arg === name || arg.startsWith(`${name}=`));
    if (option) {
      const value = arg === option ? flags[++i] : arg.slice(option.length + 1);
      if (!value || (value.startsWith('-') && value !== '-')) throw new UsageError(`'${option}' needs a value${option === '--format' ? ': text, json, html or sarif' : ''}`);
      values.set(option, value);
    } else if (arg === '--include-reviewed' || arg === '--force') switches.add(arg);
    else if (arg.startsWith('-') && arg !== '-') throw new UsageError(`unknown option '${arg}'`);
    else positionals.push(arg);
  }
  if (end >= 0) positionals.push(...argv.slice(end + 1));
  const [command, ...paths] = positionals;
  if (command === undefined) throw new UsageError('no command given');
  if (command === 'import') return importOptions(paths, values, switches);
  if (command !== 'check' && command !== 'export') throw new UsageError(`unknown command '${command}' (expected check, export or import)`);
  for (const only of ['--into', '--force']) {
    if (values.has(only) || switches.has(only)) throw new UsageError(`'${only}' is an option of import, not of ${command}`);
  }
  const jobs = values.get('--jobs');
  if (jobs !== undefined && !/^[1-9]\d{0,2}$/.test(jobs)) throw new UsageError(`'--jobs' needs a whole number from 1 to 999, not '${jobs}'`);
  const format = values.get('--format');
  if (command === 'check' && format !== undefined && !CHECK_FORMATS.includes(format as Format)) {
    throw new UsageError(`unknown format '${format}' for check (expected text, json, html or sarif)`);
  }
  if (command === 'export' && format !== undefined && format !== 'json') {
    throw new UsageError(`export writes JSON only; '--format ${format}' is not supported (use --format json)`);
  }
  return {
    command,
    paths: paths.length > 0 ? paths : ['.'],
    pathsGiven: paths.length > 0,
    format: command === 'export' ? 'json' : ((format ?? 'text') as Format),
    includeReviewed: switches.has('--include-reviewed'),
    output: values.get('--output'),
    jobs: jobs === undefined ? defaultJobs() : Number(jobs),
  };
}

function importOptions(pages: string[], values: Map<string, string>, switches: Set<string>): ImportOptions {
  if (pages.length === 0) throw new UsageError('import needs at least one saved web page (page.html)');
  for (const only of ['--format', '--output', '--jobs']) if (values.has(only)) throw new UsageError(`'${only}' is not an option of import (use --into <folder>)`);
  if (switches.has('--include-reviewed')) throw new UsageError(`'--include-reviewed' is not an option of import`);
  return { command: 'import', pages, into: values.get('--into') ?? '.', force: switches.has('--force') };
}
