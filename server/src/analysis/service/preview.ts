// An open document's findings before its folder is read: the story a load foresaw from the store, else the
// document read on this thread and checked alone.
import { buildCorpus } from '../corpus/corpus';
import { runChecks } from '../checks/checks';
import { readArticle } from '../read/readArticle';
import { isSkipped } from '../workspace';
import type { Finding, Reading } from '../types';
import { loadConfig } from './changes';
import { readingOf, readKeyOf, readOptions, recentKey, recentText, remember } from './documents';
import type { Job, ServiceState } from './state';

export function preview(s: ServiceState, uri: string): { reading: Reading; findings: Finding[]; others?: ReadonlyMap<string, Reading> } | undefined {
  if (s.foreseeing) return undefined;
  const story = s.foreseen.get(uri);
  const found = story && s.workspace.read(uri, s.config);
  if (story && found && !isSkipped(found) && found.text === story.readings.get(uri)!.text) {
    const reviewed = new Set(s.config.reviewed);
    return { reading: story.readings.get(uri)!, findings: story.findings.filter((f) => f.uri === uri && !reviewed.has(f.fingerprint)), others: story.readings };
  }
  const under = s.loaded ? s.config : loadConfig(s);
  const reading = previewReading(s, uri, under);
  if (!reading) return undefined;
  const reviewed = new Set(under.reviewed);
  const findings = runChecks(buildCorpus([reading], under), under).filter((f) => f.uri === uri && !reviewed.has(f.fingerprint));
  return { reading, findings };
}

export function previewReading(s: ServiceState, uri: string, under = s.loaded ? s.config : loadConfig(s)): Reading | undefined {
  const found = s.workspace.read(uri, under);
  if (!found || isSkipped(found)) return undefined;
  const readKey = readKeyOf(s, found.name, under);
  const job: Job = { uri, name: found.name, text: found.text, readKey, version: found.version ?? 0 };
  const known = s.docs.get(uri);
  const reading =
    known && known.text === found.text && known.readKey === readKey
      ? readingOf(s, uri)!
      : (recentText(s.recent.get(recentKey(uri, readKey, found.text)), found.text) ?? readArticle(found.text, readOptions(s, job, under)));
  if (reading !== known?.reading) remember(s, uri, { reading, readKey });
  return reading;
}
