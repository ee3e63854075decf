// Preloaded with `node --require test/out/helpers/noNetwork.js` into the CLI and the language server in the
// privacy tests: every way for Node to reach the network or start another program (sockets, DNS, HTTP(S),
// TLS, fetch, UDP, child processes) is replaced by one that reports the attempt on stderr with the marker
// below and throws. The LSP channel is stdio or the parent's IPC pipe, which open no socket; a server started
// with --socket=<port> may connect to that port on the loopback address and nowhere else.
// `import x = require()`: the modules themselves are patched, not the copies an `import * as` makes.
import childProcess = require('child_process');
import dgram = require('dgram');
import dns = require('dns');
import http = require('http');
import https = require('https');
import net = require('net');
import tls = require('tls');

import { MARKER } from './guardMarker';

const lspPort = (() => {
  const arg = process.argv.find((a) => a.startsWith('--socket='));
  return arg ? Number(arg.slice('--socket='.length)) : undefined;
})();

function refuse(what: string): never {
  const stack = new Error().stack?.split('\n').slice(3, 8).join('\n') ?? '';
  process.stderr.write(`${MARKER}: ${what}\n${stack}\n`);
  throw new Error(`${MARKER}: ${what} refused: Crosscheck opens no socket but its LSP channel`);
}

function patch<T extends object>(target: T, name: keyof T & string, what: string, allow?: (...args: unknown[]) => boolean): void {
  const original = target[name] as unknown as (...args: unknown[]) => unknown;
  if (typeof original !== 'function') return;
  (target as Record<string, unknown>)[name] = function (this: unknown, ...args: unknown[]) {
    if (allow?.(...args)) return original.apply(this, args);
    refuse(`${what}(${describe(args[0])})`);
  };
}

function describe(arg: unknown): string {
  if (typeof arg === 'string' || typeof arg === 'number') return String(arg);
  if (arg && typeof arg === 'object') {
    const { host, hostname, port, path, href } = arg as Record<string, unknown>;
    return JSON.stringify({ host, hostname, port, path, href });
  }
  return '';
}

/** The one connection allowed: the LSP socket the editor asked for, on this machine. */
const isLspSocket = (...args: unknown[]) => {
  if (lspPort === undefined) return false;
  const first = args[0] as { port?: unknown; host?: unknown } | number | unknown[];
  const options = Array.isArray(first) ? (first[0] as { port?: unknown; host?: unknown }) : first;
  const port = typeof options === 'number' ? options : Number((options as { port?: unknown })?.port);
  const host = typeof options === 'object' && options && !Array.isArray(options) ? (options as { host?: unknown }).host : args[1];
  return port === lspPort && (host === undefined || host === '127.0.0.1' || host === 'localhost' || host === '::1');
};

patch(net.Socket.prototype, 'connect', 'net.Socket.connect', isLspSocket);
patch(net.Server.prototype, 'listen', 'net.Server.listen');
patch(dgram, 'createSocket', 'dgram.createSocket');
for (const name of ['lookup', 'lookupService', 'resolve', 'resolve4', 'resolve6', 'resolveAny', 'resolveCname', 'resolveMx', 'resolveNs', 'resolveTxt', 'resolveSrv', 'reverse'] as const) {
  patch(dns, name, `dns.${name}`);
  patch(dns.promises, name as keyof typeof dns.promises & string, `dns.promises.${name}`);
}
patch(http, 'request', 'http.request');
patch(http, 'get', 'http.get');
patch(https, 'request', 'https.request');
patch(https, 'get', 'https.get');
patch(tls, 'connect', 'tls.connect');
for (const name of ['spawn', 'spawnSync', 'exec', 'execSync', 'execFile', 'execFileSync', 'fork'] as const) patch(childProcess, name, `child_process.${name}`);
if (typeof globalThis.fetch === 'function') {
  globalThis.fetch = ((input: unknown) => refuse(`fetch(${describe(input)})`)) as typeof fetch;
}
