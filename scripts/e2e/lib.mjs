// Shared by the editor scripts (npm run test:e2e, npm run editor, npm run test:vscode): where things live,
// scratch copies of the seeds, free ports, and child processes that are always stopped with their whole group.
import { spawn } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
/** Git-ignored scratch folder: code-server install, profiles, screenshots, logs. */
export const E2E_DIR = join(ROOT, '.e2e');
export const SHOTS_DIR = join(E2E_DIR, 'shots');

const started = Date.now();
export function log(...parts) {
  console.log(`[e2e ${((Date.now() - started) / 1000).toFixed(1).padStart(5)}s]`, ...parts);
}

/** A fresh copy of seeds/ (with its .vscode/settings.json), so that nothing an editor does can touch the checkout. */
export function copySeeds(label) {
  mkdirSync(join(E2E_DIR, 'workspaces'), { recursive: true });
  const dir = mkdtempSync(join(E2E_DIR, 'workspaces', `${label}-`));
  cpSync(join(ROOT, 'seeds'), dir, { recursive: true });
  return dir;
}

export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

const groups = new Set();

/**
 * Spawns a command as the leader of a new process group, so that stopping it also stops whatever it started
 * (code-server's extension hosts and language servers, nvim's language server).
 */
export function spawnGroup(command, args, options = {}) {
  const child = spawn(command, args, { ...options, detached: true });
  groups.add(child);
  const exited = new Promise((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));
  child.exited = exited;
  exited.then(() => groups.delete(child));
  return child;
}

function signalGroup(child, signal) {
  try {
    process.kill(-child.pid, signal);
  } catch {
    // The group is already gone.
  }
}

/** SIGTERM to the child's process group, SIGKILL after `graceMs`; resolves once the leader has exited. */
export async function stopGroup(child, graceMs = 5000) {
  if (!child?.pid) return;
  signalGroup(child, 'SIGTERM');
  const timer = setTimeout(() => signalGroup(child, 'SIGKILL'), graceMs);
  if (child.exitCode === null && child.signalCode === null) await child.exited;
  clearTimeout(timer);
  // Members that ignored SIGTERM (or outlived the leader) go too.
  signalGroup(child, 'SIGKILL');
}

/** Last resort on the way out (an exception, Ctrl+C): nothing started here may outlive this process. */
function killAllGroups() {
  for (const child of groups) signalGroup(child, 'SIGKILL');
}
process.on('exit', killAllGroups);
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(signal, () => {
    log(`${signal}: stopping ${groups.size} process group(s)`);
    Promise.all([...groups].map((child) => stopGroup(child, 3000))).finally(() => process.exit(130));
  });
}

export function removeQuietly(path) {
  rmSync(path, { recursive: true, force: true });
}
