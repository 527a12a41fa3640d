// dist/cli.js and dist/server.js run their bundles with a V8 code cache beside them (src/node/code-cache.ts).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { readCache, writeCache } from '../../src/node/code-cache';

const ROOT = path.resolve(__dirname, '../..');
const LAUNCH = path.join(ROOT, 'src', 'node', 'code-cache.ts');

/** Runs `bundle` through runBundle in a fresh Node process: what the bundle printed, and the cache status. */
function launch(bundle: string, cacheFile: string | null): { status: string; out: unknown } {
  const code = `const r = require(${JSON.stringify(LAUNCH)}).runBundle(${JSON.stringify(bundle)}, ${JSON.stringify(cacheFile)}); process.stdout.write(r);`;
  const r = spawnSync(process.execPath, ['--require', 'tsx/cjs', '-e', code], { cwd: ROOT, encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  const lines = r.stdout.split('\n');
  return { out: JSON.parse(lines[0]), status: lines[1] };
}

describe('node/code-cache (the launchers of dist/cli.js and dist/server.js)', function () {
  this.timeout(30_000);
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'redaksi-launch-'));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('reads back what it wrote, and nothing made for another bundle or Node', () => {
    const file = path.join(dir, 'x.cache');
    const header = { bundle: '10:1', node: 'v20.0.0:x64' };
    writeCache(file, header, Buffer.from([1, 2, 3]));
    assert.deepEqual([...readCache(file, header)!], [1, 2, 3]);
    assert.equal(readCache(file, { ...header, bundle: '10:2' }), undefined);
    assert.equal(readCache(file, { ...header, node: 'v22.0.0:x64' }), undefined);
    assert.equal(readCache(path.join(dir, 'none.cache'), header), undefined);
    fs.writeFileSync(file, 'damaged');
    assert.equal(readCache(file, header), undefined);
    assert.deepEqual(fs.readdirSync(dir), ['x.cache'], 'no temporary file left behind');
  });

  it('runs a bundle as a CommonJS module, writes the cache once and uses it, and rewrites it when the bundle changes', () => {
    const bundle = path.join(dir, 'main.js');
    const cache = `${bundle}.cache`;
    const source = (n: number) =>
      `#!/usr/bin/env node\nconst p = require('node:path');\nfunction f(x) { return x * ${n}; }\n` +
      `process.stdout.write(JSON.stringify({ file: __filename, dir: __dirname, own: module.filename, base: p.basename(__filename), value: f(2), resolved: require.resolve('node:fs') }) + '\\n');\n`;
    fs.writeFileSync(bundle, source(3));
    const first = launch(bundle, cache);
    assert.deepEqual(first.out, { file: bundle, dir, own: bundle, base: 'main.js', value: 6, resolved: 'node:fs' });
    assert.equal(first.status, 'written at exit');
    assert.ok(fs.existsSync(cache));
    const second = launch(bundle, cache);
    assert.equal(second.status, 'used');
    assert.deepEqual(second.out, first.out);
    // Same length, other code: the header (size and modification time) rules the old cache out.
    fs.writeFileSync(bundle, source(4));
    const later = new Date(Date.now() + 5000);
    fs.utimesSync(bundle, later, later);
    const third = launch(bundle, cache);
    assert.equal(third.status, 'written at exit');
    assert.equal((third.out as { value: number }).value, 8);
    assert.equal(launch(bundle, cache).status, 'used');
    assert.equal(launch(bundle, null).status, 'off');
  });
});
