#!/usr/bin/env node
// The command line: `crosscheck check [folder]` lists the findings, `crosscheck export [folder]` prints the
// corpus as JSON. Same analysis and the same file URIs as the language server. Bad input files and a broken
// crosscheck.yaml are reported and skipped, never fatal.
import * as fs from 'fs';
import * as path from 'path';
import { createFolderWorkspace, uriPath } from './node/folder';
import { createReaderPool, defaultJobs } from './node/readerPool';
import { progressBar } from './node/progressBar';
import { createService, type CrosscheckService } from './analysis/service';
import { exportCorpus, exportFindings, lineIndex, type FindingJson, type PositionJson } from './analysis/export';
import type { Severity } from './analysis/types';
import { severityFor } from './analysis/checks/finding';

const USAGE = `Usage: crosscheck <command> [folder] [options]

Commands:
  check [folder]     cross-check the articles in folder (default: ./seeds) and list the findings
  export [folder]    print the corpus (documents, entities, quotations, quantities, findings) as JSON

Options:
  --format <f>       check: text (default) or json; export: json (default, the only format)
  --include-reviewed also report findings marked as reviewed in crosscheck.yaml
  --jobs <n>         threads that read articles (default: the number of cores)
  -h, --help         show this help

Text output is one line per finding, "file:line:col severity code message", with the file
relative to the current directory and 1-based line and column, then indented "related" lines
for the other sources, then a summary. Skipped files and config problems go to stderr, and so
does a progress bar when stderr is a terminal.

Exit status: 0 no finding of severity warning or error, 1 at least one warning or error
(including unreadable files and config errors), 2 usage error, 3 internal error.`;

class UsageError extends Error {}

interface Options {
  command: 'check' | 'export';
  folder: string;
  folderGiven: boolean;
  format: 'text' | 'json';
  includeReviewed: boolean;
  jobs: number;
}

function parseArgs(argv: string[]): Options | 'help' {
  const end = argv.indexOf('--');
  const flags = end < 0 ? argv : argv.slice(0, end);
  if (flags.includes('-h') || flags.includes('--help') || (flags[0] === 'help' && flags.length === 1)) return 'help';
  const positionals: string[] = [];
  let format: string | undefined;
  let includeReviewed = false;
  let jobs = defaultJobs();
  for (let i = 0; i < flags.length; i++) {
    const arg = flags[i];
    if (arg === '--include-reviewed') includeReviewed = true;
    else if (arg === '--jobs' || arg.startsWith('--jobs=')) {
      const value = arg === '--jobs' ? flags[++i] : arg.slice('--jobs='.length);
      if (!value || !/^[1-9]\d{0,2}$/.test(value)) throw new UsageError(`'--jobs' needs a whole number from 1 to 999, not ${value === undefined ? 'nothing' : `'${value}'`}`);
      jobs = Number(value);
    }
    else if (arg === '--format' || arg.startsWith('--format=')) {
      const value = arg === '--format' ? flags[++i] : arg.slice('--format='.length);
      if (!value || value.startsWith('-')) throw new UsageError(`'--format' needs a value: text or json`);
      format = value;
    } else if (arg.startsWith('-') && arg !== '-') throw new UsageError(`unknown option '${arg}'`);
    else positionals.push(arg);
  }
  if (end >= 0) positionals.push(...argv.slice(end + 1));
  const [command, folder, ...rest] = positionals;
  if (command === undefined) throw new UsageError('no command given');
  if (command !== 'check' && command !== 'export') throw new UsageError(`unknown command '${command}' (expected check or export)`);
  if (rest.length > 0) throw new UsageError(`unexpected argument '${rest[0]}' (give one folder)`);
  if (command === 'check' && format !== undefined && format !== 'text' && format !== 'json') {
    throw new UsageError(`unknown format '${format}' for check (expected text or json)`);
  }
  if (command === 'export' && format !== undefined && format !== 'json') {
    throw new UsageError(`export writes JSON only; '--format ${format}' is not supported (use --format json)`);
  }
  return {
    command,
    folder: folder ?? 'seeds',
    folderGiven: folder !== undefined,
    format: command === 'export' ? 'json' : ((format ?? 'text') as 'text' | 'json'),
    includeReviewed,
    jobs,
  };
}

/** A finding of the host itself (a file it could not read, a config problem), with where to show it. */
interface HostFinding extends FindingJson {
  /** Absolute path of the file. */
  path: string;
}

interface Checked {
  /** Absolute path of the folder. */
  folder: string;
  service: CrosscheckService;
  host: HostFinding[];
}

async function run(options: Options): Promise<Checked> {
  const folder = path.resolve(options.folder);
  let stat: fs.Stats | undefined;
  try {
    stat = fs.statSync(folder);
  } catch {
    stat = undefined;
  }
  if (!stat) {
    const hint = options.folderGiven ? '' : ' (no folder was given; the default is ./seeds in the current directory)';
    throw new UsageError(`folder '${options.folder}' not found${hint}`);
  }
  if (!stat.isDirectory()) throw new UsageError(`'${options.folder}' is not a folder`);

  // The same service as the language server's, over the folder on disk; articles are read on `jobs`
  // threads, and each story is checked as soon as its articles are read, while the others are read.
  // One job reads on this thread: a single worker would only add the copying.
  const reader = createReaderPool(options.jobs === 1 ? 0 : options.jobs);
  const service = createService({ workspace: createFolderWorkspace(folder), reader });
  const bar = progressBar();
  try {
    await service.load({
      progress: (done, total) => bar.update('Reading', done, total),
      storyReady: (id) => {
        const story = service.story(id);
        if (story) service.findings(story.uris[0]);
      },
    });
    const stories = service.stories();
    stories.forEach((story, i) => {
      bar.update('Checking', i, stories.length);
      service.findings(story.uris[0]);
    });
  } finally {
    bar.clear();
    await reader.close();
  }
  const host: HostFinding[] = [];
  const configFile = service.configFile();
  if (configFile) {
    const severity = severityFor('config-error', service.config);
    const file = uriPath(configFile.uri) ?? configFile.uri;
    for (const problem of configFile.problems) {
      if (severity === 'off') break;
      host.push({
        code: 'config-error', severity, message: problem.message, file: relativeName(folder, file), path: file,
        start: problem.start, end: problem.end, line: problem.line + 1, column: problem.character + 1, related: [],
      });
    }
  }
  const badInput = severityFor('bad-input', service.config);
  if (badInput !== 'off') {
    for (const skipped of service.skipped()) {
      const file = uriPath(skipped.uri) ?? skipped.uri;
      host.push({ code: 'bad-input', severity: badInput, message: skipped.reason, file: skipped.name, path: file, start: 0, end: 0, line: 1, column: 1, related: [] });
    }
  }
  return { folder, service, host };
}

function relativeName(folder: string, file: string): string {
  return path.relative(folder, file).split(path.sep).join('/');
}

function displayPath(file: string): string {
  return path.relative(process.cwd(), file) || file;
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

const oneLine = (text: string) => text.replace(/\s*[\r\n]+\s*/g, ' ');

function hostLines(host: HostFinding[]): string {
  return host.map((f) => `${displayPath(f.path)}:${f.line}:${f.column} ${f.severity} ${f.code} ${oneLine(f.message)}\n`).join('');
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 || word === 'information' ? '' : 's'}`;
}

function textReport(checked: Checked, includeReviewed: boolean): { out: string; severities: Severity[] } {
  const { service, host } = checked;
  const indexes = new Map<string, (offset: number) => PositionJson>();
  const where = (uri: string, offset: number): string => {
    const reading = service.reading(uri);
    const file = uriPath(uri);
    if (!reading || file === undefined) return `${service.documentName(uri)}:1:1`;
    let index = indexes.get(uri);
    if (!index) indexes.set(uri, (index = lineIndex(reading.text)));
    const { line, column } = index(offset);
    return `${displayPath(file)}:${line}:${column}`;
  };
  const findings = [...service.findings(undefined, { includeReviewed })].sort((a, b) =>
    a.uri < b.uri ? -1 : a.uri > b.uri ? 1 : a.start - b.start,
  );
  let out = '';
  for (const finding of findings) {
    out += `${where(finding.uri, finding.start)} ${finding.severity} ${finding.code} ${oneLine(finding.message)}\n`;
    for (const related of finding.related) out += `    related ${where(related.uri, related.start)} ${oneLine(related.message)}\n`;
  }
  const counts = (['error', 'warning', 'information', 'hint'] as Severity[])
    .map((severity) => [severity, findings.filter((f) => f.severity === severity).length] as const)
    .filter(([, count]) => count > 0)
    .map(([severity, count]) => plural(count, severity));
  let summary = `${plural(service.uris().length, 'file')}, ${findings.length === 0 ? 'no findings' : `${plural(findings.length, 'finding')} (${counts.join(', ')})`}`;
  const skipped = host.filter((f) => f.code === 'bad-input').length;
  const problems = host.length - skipped;
  if (skipped > 0) summary += `; ${plural(skipped, 'file')} skipped`;
  if (problems > 0) summary += `; ${plural(problems, 'config problem')}`;
  out += `${summary}\n`;
  return { out, severities: [...findings.map((f) => f.severity), ...host.map((f) => f.severity)] };
}

function jsonHost(host: HostFinding[]): FindingJson[] {
  return host.map(({ path: _path, ...finding }) => finding);
}

async function main(argv: string[]): Promise<number> {
  const options = parseArgs(argv);
  if (options === 'help') {
    write(`${USAGE}\n`);
    return 0;
  }
  const checked = await run(options);
  const { folder, service, host } = checked;
  process.stderr.write(hostLines(host));
  const skipped = service.skipped().map((s) => ({ file: s.name, reason: s.reason }));

  if (options.command === 'export') {
    const corpus = exportCorpus(service, { includeReviewed: options.includeReviewed });
    corpus.findings = [...jsonHost(host), ...corpus.findings];
    write(`${JSON.stringify({ folder: displayPath(folder), ...corpus, skipped }, null, 2)}\n`);
    return 0;
  }
  let severities: Severity[];
  if (options.format === 'json') {
    const findings = [...jsonHost(host), ...exportFindings(service, { includeReviewed: options.includeReviewed })];
    severities = findings.map((f) => f.severity);
    write(`${JSON.stringify({ folder: displayPath(folder), files: service.uris().length, skipped, findings }, null, 2)}\n`);
  } else {
    const report = textReport(checked, options.includeReviewed);
    severities = report.severities;
    write(report.out);
  }
  return severities.some((s) => s === 'error' || s === 'warning') ? 1 : 0;
}

function write(text: string): void {
  try {
    process.stdout.write(text);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EPIPE') throw error;
  }
}

// A closed pipe (`crosscheck check | head`) ends the program quietly.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});
process.stderr.on('error', () => undefined);

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    if (error instanceof UsageError) {
      const short = USAGE.split('\n\n').slice(0, 2).join('\n\n');
      process.stderr.write(`crosscheck: ${error.message}\n\n${short}\n\nRun 'crosscheck --help' for the options and exit codes.\n`);
      process.exitCode = 2;
    } else {
      const detail = process.env.CROSSCHECK_DEBUG && error instanceof Error ? error.stack : errorMessage(error);
      process.stderr.write(`crosscheck: internal error: ${detail}\n`);
      process.exitCode = 3;
    }
  },
);
