// dist/server.js is a launcher: it runs the server's bundle (dist/server-main.js) with a V8 code cache beside
// it (src/server/launch.ts, src/node/code-cache.ts). The first session writes the cache when the server exits;
// the next start uses it (a used cache is not written again).
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { buildOnce, ROOT, startServer } from './harness';

const MAIN = path.join(ROOT, 'dist', 'server-main.js');
const CACHE = `${MAIN}.cache`;

describe('server launcher (dist/server.js)', function () {
  this.timeout(60_000);
  before(() => buildOnce());

  it('is small and runs dist/server-main.js, which holds the server', () => {
    const launcher = fs.readFileSync(path.join(ROOT, 'dist', 'server.js'), 'utf8');
    assert.ok(launcher.length < 20_000, `launcher is ${launcher.length} characters`);
    assert.ok(launcher.includes('server-main.js'));
    assert.ok(!launcher.includes('node_modules/vscode-languageserver'), 'the launcher does not bundle the server');
    assert.ok(fs.readFileSync(MAIN, 'utf8').includes('node_modules/vscode-languageserver'));
  });

  it('writes the code cache when a session ends and starts from it the next time', async () => {
    fs.rmSync(CACHE, { force: true });
    const first = await startServer();
    assert.equal(await first.stop(), 0);
    assert.ok(fs.existsSync(CACHE), 'the cache is written at exit');
    const written = fs.statSync(CACHE).mtimeMs;
    const second = await startServer();
    assert.equal(await second.stop(), 0);
    assert.equal(fs.statSync(CACHE).mtimeMs, written, 'a cache that was used is not written again');
  });

  it('runs without a cache when REDAKSI_COMPILE_CACHE=off', async () => {
    fs.rmSync(CACHE, { force: true });
    const client = await startServer({ env: { REDAKSI_COMPILE_CACHE: 'off' } });
    assert.equal(await client.stop(), 0);
    assert.equal(fs.existsSync(CACHE), false);
  });
});
