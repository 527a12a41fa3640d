import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { applyFixResults } from '../../src/cli/fix-output';
import type { FileOutcome } from '../../src/cli/report';
import { listFiles, makeTempDir } from './helpers';

function outcome(absPath: string, original: string, fixed: string, over: Partial<FileOutcome> = {}): FileOutcome {
  return { index: 0, displayPath: path.basename(absPath), absPath, read: true, complete: true, empty: false, findings: [], errors: [], notices: [], original, fixed, applied: 1, ...over };
}

describe('cli/fix-output', () => {
  let dir: string;
  let out: string;
  const stdout = { write: (c: string | Uint8Array) => (out += String(c)) };
  beforeEach(() => {
    dir = makeTempDir();
    out = '';
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('writes changed files and counts fixes', () => {
    const a = path.join(dir, 'a.txt');
    fs.writeFileSync(a, 'lama\nBaca juga: X\n');
    const r = applyFixResults([outcome(a, 'lama\nBaca juga: X\n', 'lama\n', { applied: 1 })], stdout, 'write');
    assert.deepEqual(r, { fixes: 1, files: 1 });
    assert.equal(fs.readFileSync(a, 'utf8'), 'lama\n');
    assert.equal(out, '');
  });

  it('refuses a file that changed since it was checked', () => {
    const a = path.join(dir, 'a.txt');
    fs.writeFileSync(a, 'disunting redaktur lain\n');
    const o = outcome(a, 'lama\nBaca juga: X\n', 'lama\n');
    const r = applyFixResults([o], stdout, 'write');
    assert.deepEqual(r, { fixes: 0, files: 0 });
    assert.deepEqual(o.errors, [{ id: 'fileChanged', data: { path: 'a.txt' } }]);
    assert.equal(fs.readFileSync(a, 'utf8'), 'disunting redaktur lain\n');
    assert.deepEqual(listFiles(dir), ['a.txt']);
  });

  it('reports a file that vanished as a write error', () => {
    const o = outcome(path.join(dir, 'hilang.txt'), 'a', 'b');
    applyFixResults([o], stdout, 'write');
    assert.equal(o.errors[0].id, 'writeError');
    assert.equal(o.errors[0].data?.code, 'ENOENT');
  });

  it('never writes a file that was not fully checked', () => {
    const a = path.join(dir, 'a.txt');
    fs.writeFileSync(a, 'asli');
    const o = outcome(a, 'asli', 'diubah', { complete: false });
    applyFixResults([o], stdout, 'write');
    assert.equal(fs.readFileSync(a, 'utf8'), 'asli');
    assert.deepEqual(o.errors, [{ id: 'notFixedRuleCrash', data: { path: 'a.txt' } }]);
  });

  it('prints diffs or text instead of writing', () => {
    const a = path.join(dir, 'a.txt');
    fs.writeFileSync(a, 'x\ny\n');
    applyFixResults([outcome(a, 'x\ny\n', 'x\n')], stdout, 'diff');
    assert.equal(out, '--- a/a.txt\n+++ b/a.txt\n@@ -1,2 +1 @@\n x\n-y\n');
    out = '';
    applyFixResults([outcome(a, 'x\ny\n', 'x\n')], stdout, 'stdout');
    assert.equal(out, 'x\n');
    assert.equal(fs.readFileSync(a, 'utf8'), 'x\ny\n');
  });
});
