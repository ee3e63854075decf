#!/usr/bin/env node
// The command line: `crosscheck check [folder | file…]` reports the findings (text, JSON, HTML or SARIF),
// `crosscheck export` prints the corpus as JSON, `crosscheck import page.html…` turns saved web pages into articles.
// Same analysis and the same file URIs as the language server. Bad input files and a broken crosscheck.yaml are
// reported and skipped, never fatal.
import * as fs from 'fs';
import * as path from 'path';
import { exportCorpus, exportFindings, type FindingJson } from './analysis/export';
import type { Severity } from './analysis/types';
import { parseArgs, UsageError, USAGE, type CheckOptions } from './cli/args';
import { check, displayPath, errorMessage, type HostFinding } from './cli/checked';
import { hostLines, nothingToCompare, textReport } from './cli/text';
import { htmlReport } from './cli/html';
import { sarifLog } from './cli/sarif';
import { writeJsonReport } from './cli/jsonReport';

function jsonHost(host: HostFinding[]): FindingJson[] {
  return host.map(({ path: _path, ...finding }) => finding);
}

async function main(argv: string[]): Promise<number> {
  const options = parseArgs(argv);
  if (options === 'help') {
    write(`${USAGE}\n`);
    return 0;
  }
  // The import command brings jsdom, a third of a second to load that `check` and `export` do not need.
  if (options.command === 'import') {
    const { importPages } = await import('./cli/import');
    return importPages(options, write, (line) => process.stderr.write(line));
  }
  return checkOrExport(options);
}

async function checkOrExport(options: CheckOptions): Promise<number> {
  const report = reportTo(options.output);
  // The HTML report (each story's source matrix) and `export` (every reading) need the readings; the other reports
  // need the findings and the texts only.
  const findingsOnly = options.command === 'check' && options.format !== 'html';
  const checked = await check(options.paths, options.pathsGiven, options.jobs, findingsOnly);
  const { service, host } = checked;
  process.stderr.write(hostLines(host));
  const relative = options.paths.length === 1 ? path.relative(process.cwd(), path.resolve(options.paths[0])) : undefined;
  const why = nothingToCompare(checked, relative === undefined ? 'the files given' : relative === '' ? 'the current folder' : relative);
  if (why) process.stderr.write(why);
  const skipped = service.skipped().map((s) => ({ file: s.name, reason: s.reason }));
  const folder = displayPath(checked.folder);

  if (options.command === 'export') {
    const corpus = exportCorpus(service, { includeReviewed: options.includeReviewed });
    corpus.findings = [...jsonHost(host), ...corpus.findings];
    whole(report, `${JSON.stringify({ folder, ...corpus, skipped }, null, 2)}\n`);
    return 0;
  }
  const severities: Severity[] = [...service.findings(undefined, { includeReviewed: options.includeReviewed }).map((f) => f.severity), ...host.map((f) => f.severity)];
  switch (options.format) {
    case 'json': {
      const findings = [...jsonHost(host), ...exportFindings(service, { includeReviewed: options.includeReviewed })];
      writeJsonReport({ folder, files: service.uris().length, skipped }, 'findings', findings, report.piece);
      report.end();
      break;
    }
    case 'html':
      whole(report, htmlReport(checked, { title: path.basename(checked.folder), includeReviewed: options.includeReviewed }));
      break;
    case 'sarif':
      whole(report, `${JSON.stringify(sarifLog(checked, options.includeReviewed), null, 2)}\n`);
      break;
    default:
      whole(report, textReport(checked, options.includeReviewed));
  }
  return severities.some((s) => s === 'error' || s === 'warning') ? 1 : 0;
}

/** Where a report goes, in one piece or several: `end` after the last. */
interface Report {
  piece(text: string): void;
  end(): void;
}

/**
 * Where the report goes: `--output FILE` (checked before any work: its folder must exist; written only once the
 * report is made, so a run that fails leaves the file as it was), or stdout.
 */
function reportTo(output: string | undefined): Report {
  if (output === undefined || output === '-') return { piece: write, end: () => undefined };
  const file = path.resolve(output);
  if (fs.existsSync(file) && fs.statSync(file).isDirectory()) throw new UsageError(`--output '${output}' is a folder; give a file name`);
  if (!fs.existsSync(path.dirname(file))) throw new UsageError(`--output '${output}': the folder ${displayPath(path.dirname(file))} does not exist`);
  let fd: number | undefined;
  return {
    piece: (text) => {
      fd ??= fs.openSync(file, 'w');
      fs.writeSync(fd, text);
    },
    end: () => {
      fd ??= fs.openSync(file, 'w');
      fs.closeSync(fd);
      process.stderr.write(`crosscheck: wrote ${displayPath(file)}\n`);
    },
  };
}

function whole(report: Report, text: string): void {
  report.piece(text);
  report.end();
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
