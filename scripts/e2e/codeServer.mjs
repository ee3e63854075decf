// code-server (VS Code 1.100.3 served to a browser) for the end-to-end tests and `npm run editor`.
// Installed from the npm registry into .e2e/code-server on first use; nothing else is downloaded.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { E2E_DIR, freePort, log, spawnGroup, stopGroup } from './lib.mjs';

/** The newest code-server whose engines.node is 20 (4.103 and later need Node 22). */
export const CODE_SERVER_VERSION = '4.100.3';
const INSTALL_DIR = join(E2E_DIR, 'code-server');
const ENTRY = join(INSTALL_DIR, 'node_modules', 'code-server', 'out', 'node', 'entry.js');
/**
 * code-server 4.100.3 depends on @vscode/ripgrep 1.15.11, whose postinstall downloads this archive from GitHub
 * unless it is already in its cache under os.tmpdir(). The cache is seeded with Debian's rg instead.
 */
const RIPGREP_CACHE = join('vscode-ripgrep-cache-1.15.11', 'ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz');
/** Where code-server would look up extensions: an address that refuses connections, so it never reaches a marketplace. */
const NO_GALLERY = JSON.stringify({ serviceUrl: 'http://127.0.0.1:9/gallery', itemUrl: 'http://127.0.0.1:9/item' });
const USER_SETTINGS = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'telemetry.telemetryLevel': 'off',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'update.mode': 'none',
  'security.workspace.trust.enabled': false,
  'workbench.enableExperiments': false,
  'chat.disableAIFeatures': true,
  // The scratch workspaces live inside this checkout's git repository; no prompt to open it.
  'git.openRepositoryInParentFolders': 'never',
};

function installedVersion() {
  try {
    return JSON.parse(readFileSync(join(INSTALL_DIR, 'node_modules', 'code-server', 'package.json'), 'utf8')).version;
  } catch {
    return undefined;
  }
}

function which(command) {
  const result = spawnSync('sh', ['-c', `command -v ${command}`], { encoding: 'utf8' });
  return result.status === 0 ? result.stdout.trim() : undefined;
}

/** Installs code-server into .e2e/code-server unless that version is already there. Throws with a clear message. */
export function ensureCodeServer() {
  if (installedVersion() === CODE_SERVER_VERSION && existsSync(ENTRY)) return ENTRY;
  const rg = which('rg');
  if (!rg) throw new Error('ripgrep is missing: apt-get install ripgrep (code-server needs rg, and must not download it)');
  for (const header of ['/usr/include/krb5.h', '/usr/include/X11/extensions/XKBfile.h']) {
    if (!existsSync(header)) throw new Error(`${header} is missing: apt-get install libkrb5-dev libxkbfile-dev libsecret-1-dev`);
  }
  log(`installing code-server ${CODE_SERVER_VERSION} into ${INSTALL_DIR} (npm registry; about 2 minutes)`);
  const tmp = join(E2E_DIR, 'tmp');
  mkdirSync(join(tmp, 'vscode-ripgrep-cache-1.15.11'), { recursive: true });
  const tar = spawnSync('tar', ['czf', join(tmp, RIPGREP_CACHE), '-C', '/usr/bin', 'rg'], { stdio: 'inherit' });
  if (tar.status !== 0) throw new Error('could not seed the ripgrep cache from /usr/bin/rg');
  mkdirSync(INSTALL_DIR, { recursive: true });
  // allowScripts: npm 11 warns about (and later npm versions skip) dependency install scripts not approved here;
  // code-server's postinstall installs VS Code's own modules; argon2's install asks GitHub for a prebuilt binary,
  // which fails offline, and then builds it from source (--fallback-to-build).
  const manifest = { name: 'crosscheck-e2e-code-server', private: true, allowScripts: { [`code-server@${CODE_SERVER_VERSION}`]: true, 'argon2@0.31.2': true } };
  writeFileSync(join(INSTALL_DIR, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  const npm = spawnSync('npm', ['install', '--no-audit', '--no-fund', '--no-save', `code-server@${CODE_SERVER_VERSION}`], {
    cwd: INSTALL_DIR,
    stdio: 'inherit',
    env: {
      ...process.env,
      TMPDIR: tmp,
      // code-server's postinstall refuses to run as root without it; node-pty's postinstall runs `npx node-gyp`.
      npm_config_unsafe_perm: 'true',
      npm_config_yes: 'true',
    },
  });
  if (npm.status !== 0 || installedVersion() !== CODE_SERVER_VERSION) {
    throw new Error(`npm install code-server@${CODE_SERVER_VERSION} failed (exit ${npm.status}); see the output above`);
  }
  return ENTRY;
}

/** A profile (config, user data, extensions) under .e2e/profiles/<name>, reset to the test settings. */
function profile(name) {
  const dir = join(E2E_DIR, 'profiles', name);
  const paths = {
    config: join(dir, 'config.yaml'),
    userData: join(dir, 'user-data'),
    extensions: join(dir, 'extensions'),
    xdg: join(dir, 'xdg'),
  };
  mkdirSync(join(paths.userData, 'User'), { recursive: true });
  mkdirSync(paths.extensions, { recursive: true });
  mkdirSync(paths.xdg, { recursive: true });
  // An empty config: without --config, code-server writes one (with a password) into ~/.config.
  writeFileSync(paths.config, '');
  writeFileSync(join(paths.userData, 'User', 'settings.json'), `${JSON.stringify(USER_SETTINGS, null, 2)}\n`);
  return paths;
}

function baseArgs(paths) {
  return ['--config', paths.config, '--user-data-dir', paths.userData, '--extensions-dir', paths.extensions];
}

function environment(paths) {
  return {
    ...process.env,
    EXTENSIONS_GALLERY: NO_GALLERY,
    XDG_CONFIG_HOME: join(paths.xdg, 'config'),
    XDG_DATA_HOME: join(paths.xdg, 'data'),
    XDG_CACHE_HOME: join(paths.xdg, 'cache'),
  };
}

/** Installs a .vsix into the profile's extensions folder (code-server --install-extension). */
export function installExtension(entry, profileName, vsix) {
  const paths = profile(profileName);
  const result = spawnSync(process.execPath, [entry, ...baseArgs(paths), '--install-extension', vsix, '--force'], {
    encoding: 'utf8',
    env: environment(paths),
  });
  if (result.status !== 0 || !/was successfully installed/.test(result.stdout)) {
    throw new Error(`code-server --install-extension ${vsix} failed (exit ${result.status}):\n${result.stdout}\n${result.stderr}`);
  }
}

/**
 * Starts code-server on 127.0.0.1 at a free port and waits until /healthz answers.
 * Returns { url, port, stop() }; stop() ends its whole process group.
 */
export async function startCodeServer(entry, profileName, { port, logFile } = {}) {
  const paths = profile(profileName);
  const chosenPort = port ?? (await freePort());
  const child = spawnGroup(
    process.execPath,
    [
      entry,
      ...baseArgs(paths),
      '--bind-addr',
      `127.0.0.1:${chosenPort}`,
      '--auth',
      'none',
      '--disable-telemetry',
      '--disable-update-check',
      '--disable-workspace-trust',
      '--disable-getting-started-override',
    ],
    { env: environment(paths), stdio: ['ignore', 'pipe', 'pipe'] },
  );
  const output = [];
  const keep = (chunk) => {
    output.push(chunk.toString());
    if (logFile) writeFileSync(logFile, output.join(''));
  };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  const url = `http://127.0.0.1:${chosenPort}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`code-server exited with ${child.exitCode}:\n${output.join('')}`);
    try {
      const response = await fetch(`${url}/healthz`);
      if (response.ok) break;
    } catch {
      // Not listening yet.
    }
    if (Date.now() > deadline) {
      await stopGroup(child);
      throw new Error(`code-server did not answer on ${url}/healthz within 60 s:\n${output.join('')}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return { url, port: chosenPort, output, stop: () => stopGroup(child) };
}
