import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { FileChangedError, writeFileAtomic } from '../../src/cli/atomic-write';
import { listFiles, makeTempDir } from './helpers';

describe('cli/atomic-write', () => {
  let dir: string;
  beforeEach(() => (dir = makeTempDir()));
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('replaces the file, keeps its mode and leaves no temporary file', () => {
    const file = path.join(dir, 'a.txt');
    fs.writeFileSync(file, 'lama');
    fs.chmodSync(file, 0o640);
    writeFileAtomic(file, Buffer.from('baru'));
    assert.equal(fs.readFileSync(file, 'utf8'), 'baru');
    assert.equal(fs.statSync(file).mode & 0o777, 0o640);
    assert.deepEqual(listFiles(dir), ['a.txt']);
  });

  it('writes through a symlink, keeping the link', () => {
    const real = path.join(dir, 'asli.txt');
    const link = path.join(dir, 'tautan.txt');
    fs.writeFileSync(real, 'lama');
    fs.symlinkSync(real, link);
    writeFileAtomic(link, Buffer.from('baru'));
    assert.equal(fs.lstatSync(link).isSymbolicLink(), true);
    assert.equal(fs.readFileSync(real, 'utf8'), 'baru');
  });

  it('refuses to write when the file changed since it was read', () => {
    const file = path.join(dir, 'a.txt');
    fs.writeFileSync(file, 'diubah orang lain');
    assert.throws(() => writeFileAtomic(file, Buffer.from('baru'), { expected: Buffer.from('lama') }), FileChangedError);
    assert.equal(fs.readFileSync(file, 'utf8'), 'diubah orang lain');
    assert.deepEqual(listFiles(dir), ['a.txt']);
  });

  it('creates a missing file (reports) with the default mode', () => {
    const file = path.join(dir, 'laporan.json');
    writeFileAtomic(file, Buffer.from('{}'));
    assert.equal(fs.readFileSync(file, 'utf8'), '{}');
  });

  it('fails cleanly in a read-only folder, leaving the original and no temporary file', function () {
    if (process.getuid && process.getuid() === 0) {
      // root ignores folder permissions; simulate the failure with a missing folder instead
      assert.throws(() => writeFileAtomic(path.join(dir, 'tidak-ada', 'a.txt'), Buffer.from('x')));
      assert.deepEqual(listFiles(dir), []);
      return;
    }
    const file = path.join(dir, 'a.txt');
    fs.writeFileSync(file, 'lama');
    fs.chmodSync(dir, 0o555);
    try {
      assert.throws(() => writeFileAtomic(file, Buffer.from('baru')));
    } finally {
      fs.chmodSync(dir, 0o755);
    }
    assert.equal(fs.readFileSync(file, 'utf8'), 'lama');
    assert.deepEqual(listFiles(dir), ['a.txt']);
  });
});
