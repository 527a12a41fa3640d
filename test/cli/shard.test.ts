// --shard i/n: a deterministic, balanced split where every file lands in exactly one part.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import fc from 'fast-check';
import { parseArgs } from '../../src/cli/args';
import { pathHash, selectShard, shardKey } from '../../src/cli/shard';
import { CLEAN_DRAFT, makeTempDir, runInProcess, writeFiles } from './helpers';

describe('cli/shard', () => {
  describe('selectShard', () => {
    const names = Array.from({ length: 103 }, (_, i) => `arsip/2025/${String(i).padStart(3, '0')}.txt`);

    it('covers every file exactly once, in parts whose sizes differ by at most one', () => {
      for (const n of [1, 2, 3, 7, 103, 150]) {
        const parts = Array.from({ length: n }, (_, i) => selectShard(names, i + 1, n, (s) => s));
        const all = parts.flat();
        assert.equal(all.length, names.length, `n=${n}`);
        assert.deepEqual([...all].sort(), [...names].sort(), `n=${n}`);
        const sizes = parts.map((p) => p.length);
        assert.ok(Math.max(...sizes) - Math.min(...sizes) <= 1, `n=${n}: ${sizes.join(',')}`);
      }
    });

    it('keeps the original order inside a part', () => {
      const part = selectShard(names, 2, 4, (s) => s);
      assert.deepEqual(part, [...part].sort((a, b) => names.indexOf(a) - names.indexOf(b)));
    });

    it('does not depend on the order the files were listed in', () => {
      const reversed = [...names].reverse();
      for (let i = 1; i <= 4; i++) {
        assert.deepEqual(new Set(selectShard(reversed, i, 4, (s) => s)), new Set(selectShard(names, i, 4, (s) => s)));
      }
    });

    it('is the same on every run and platform (pinned hash values)', () => {
      // FNV-1a 32-bit reference values: a change here would reshuffle every CI matrix.
      assert.equal(pathHash(''), 0x811c9dc5);
      assert.equal(pathHash('a'), 0xe40c292c);
      assert.equal(pathHash('foobar'), 0xbf9cf968);
      assert.equal(shardKey('arsip\\2025\\a.txt'), 'arsip/2025/a.txt');
    });

    it('spreads a folder of similar names over the parts', () => {
      const parts = [1, 2, 3, 4].map((i) => selectShard(names, i, 4, (s) => s));
      // Not contiguous runs of the sorted list: each part has files from both halves.
      for (const p of parts) assert.ok(p.some((s) => names.indexOf(s) < 51) && p.some((s) => names.indexOf(s) >= 51), p.join(' '));
    });

    it('property: a partition for any list and any n', () => {
      fc.assert(
        fc.property(fc.uniqueArray(fc.string(), { maxLength: 60 }), fc.integer({ min: 1, max: 12 }), (items, n) => {
          const all = Array.from({ length: n }, (_, i) => selectShard(items, i + 1, n, (s) => s)).flat();
          assert.deepEqual([...all].sort(), [...items].sort());
        }),
        { seed: 11, numRuns: 200 },
      );
    });

    it('rejects an impossible part', () => {
      assert.throws(() => selectShard(names, 0, 2, (s) => s), RangeError);
      assert.throws(() => selectShard(names, 3, 2, (s) => s), RangeError);
    });
  });

  describe('--shard argument', () => {
    it('parses i/n', () => {
      const r = parseArgs(['check', '--shard', '2/5', 'a.txt']);
      assert.ok(r.ok);
      assert.deepEqual(r.options.shard, { index: 2, count: 5 });
      const inline = parseArgs(['fix', '--shard=1/1', 'a.txt']);
      assert.ok(inline.ok);
      assert.deepEqual(inline.options.shard, { index: 1, count: 1 });
    });

    for (const bad of ['0/3', '4/3', '1/0', '2', 'a/b', '1/2/3', '-1/2', '1.5/2', '']) {
      it(`rejects --shard '${bad}'`, () => {
        const r = parseArgs(['check', '--shard', bad, 'a.txt']);
        assert.ok(!r.ok);
        assert.equal(r.error.id, 'invalidShard');
      });
    }

    it('rejects --shard with --stdin', () => {
      const r = parseArgs(['check', '--stdin', '--shard', '1/2']);
      assert.ok(!r.ok);
      assert.equal(r.error.id, 'shardWithStdin');
    });
  });

  describe('redaksi check --shard', () => {
    let dir: string;
    beforeEach(() => (dir = makeTempDir()));
    afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

    it('the parts of a CI matrix check every file exactly once', async () => {
      const files: Record<string, string> = {};
      for (let i = 0; i < 25; i++) files[`arsip/berita-${i}.txt`] = CLEAN_DRAFT;
      writeFiles(dir, files);
      const seen: string[] = [];
      for (let i = 1; i <= 3; i++) {
        const r = await runInProcess(['check', '--shard', `${i}/3`, '--format', 'json', 'arsip'], { cwd: dir });
        assert.equal(r.code, 0, r.stderr);
        const report = JSON.parse(r.stdout) as { files: { path: string }[] } | { path: string }[];
        const list = Array.isArray(report) ? report : report.files;
        seen.push(...list.map((f) => f.path));
      }
      assert.deepEqual([...seen].sort(), Object.keys(files).sort());
    });

    it('an empty part (more parts than files) checks nothing and succeeds', async () => {
      writeFiles(dir, { 'a.txt': CLEAN_DRAFT });
      const outcomes = await Promise.all([1, 2, 3].map((i) => runInProcess(['check', '--shard', `${i}/3`, 'a.txt'], { cwd: dir, env: { LANG: 'en_US.UTF-8' } })));
      for (const r of outcomes) assert.equal(r.code, 0, r.stderr);
      const checked = outcomes.filter((r) => /1 file checked/.test(r.stdout + r.stderr));
      assert.equal(checked.length, 1);
      assert.equal(outcomes.filter((r) => /0 files checked/.test(r.stdout + r.stderr)).length, 2);
    });
  });
});
