// When the language server process dies, the VS Code client starts it again and tells the user once; after
// five stops in three minutes it gives up and says where to look. The policy is tested alone, then as the
// client wires it (the client run under stand-ins for VS Code, its LanguageClient's error handler called).
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as path from 'path';
import { ROOT } from '../helpers/analysis';
import { runClient } from '../helpers/vscodeStub';

/** client/src/restartPolicy.ts, as the compiled client exports it (the test project does not compile the client). */
interface PolicyModule {
  restartPolicy(options?: { limit?: number; windowMs?: number; now?: () => number }): {
    closed(): { restart: boolean; message?: { level: 'information' | 'error'; text: string } };
    reset(): void;
  };
}
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { restartPolicy } = require(path.join(ROOT, 'client', 'out', 'restartPolicy')) as PolicyModule;

test('the first unexpected stop restarts the server and says so; later ones restart quietly', () => {
  let now = 0;
  const policy = restartPolicy({ now: () => now });
  const first = policy.closed();
  assert.equal(first.restart, true);
  assert.equal(first.message?.level, 'information');
  for (let i = 0; i < 3; i++) {
    now += 10_000;
    assert.deepEqual(policy.closed(), { restart: true });
  }
});

test('five stops within three minutes: no restart, and an error that says where to look; stops spread out never give up', () => {
  let now = 0;
  const policy = restartPolicy({ now: () => now });
  for (let i = 0; i < 4; i++) {
    assert.equal(policy.closed().restart, true);
    now += 20_000;
  }
  const fifth = policy.closed();
  assert.equal(fifth.restart, false);
  assert.equal(fifth.message?.level, 'error');
  assert.match(fifth.message!.text, /Restart Server/);
  policy.reset();
  assert.equal(policy.closed().restart, true, 'a manual restart starts the count again');
  const spread = restartPolicy({ now: () => now });
  for (let i = 0; i < 20; i++) {
    now += 60_000;
    assert.equal(spread.closed().restart, true);
  }
});

test('the client hands its LanguageClient that policy: restart on close, one message for several crashes', async () => {
  const run = await runClient(path.join(ROOT, 'client', 'out', 'extension.js'), ROOT, path.join(ROOT, 'seeds'));
  assert.ok(run.languageClients.length >= 1, 'the extension created a language client');
  const options = run.languageClients[run.languageClients.length - 1][3] as { errorHandler?: { closed(): Promise<{ action: number; handled?: boolean }> | { action: number; handled?: boolean } } };
  assert.ok(options.errorHandler, 'an error handler is given');
  const RESTART = 2;
  const DO_NOT_RESTART = 1;
  const before = run.messages.length;
  for (let i = 0; i < 3; i++) assert.deepEqual(await options.errorHandler.closed(), { action: RESTART, handled: true });
  const told = run.messages.slice(before);
  assert.equal(told.length, 1, JSON.stringify(told));
  assert.match(told[0], /^information: .*restarted/);
  await options.errorHandler.closed();
  const fifth = await options.errorHandler.closed();
  assert.equal(fifth.action, DO_NOT_RESTART);
  assert.match(run.messages[run.messages.length - 1], /^error: .*not restarted/);
});
