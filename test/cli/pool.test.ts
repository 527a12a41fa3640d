import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { findWorkerScript, runInWorkers } from '../../src/cli/pool';
import type { FileJob } from '../../src/cli/report';
import { runCli } from '../../src/cli/run';

const ROOT = path.resolve(__dirname, '../..');

function jobs(n: number): FileJob[] {
  return Array.from({ length: n }, (_, index) => ({
    index, absPath: null, displayPath: `d${index}.txt`, format: 'text' as const, config: {}, only: {}, locale: 'id' as const, mode: 'check' as const,
    // Uneven sizes so workers finish out of order.
    bytes: Buffer.from('Isi berita. '.repeat(index % 3 === 0 ? 20_000 : 1)),
  }));
}

async function capture(argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, {
    cwd: ROOT,
    env: {},
    stdout: { write: (c) => (stdout += String(c)) },
    stderr: { write: (c) => (stderr += String(c)) },
    readStdin: async () => new Uint8Array(),
  });
  return { code, stdout, stderr };
}

describe('cli/pool (worker threads)', function () {
  this.timeout(60_000);

  it('finds the worker next to the sources under tsx', () => {
    const script = findWorkerScript(path.join(ROOT, 'src', 'cli'));
    assert.ok(script?.code?.includes('worker.ts'));
    assert.equal(findWorkerScript(path.join(ROOT, 'docs')), null);
  });

  it('returns outcomes in job order whatever order workers finish in', async () => {
    const script = findWorkerScript(path.join(ROOT, 'src', 'cli'))!;
    let ticks = 0;
    const outcomes = await runInWorkers(jobs(10), 2, script, () => ticks++);
    assert.equal(ticks, 10);
    assert.deepEqual(outcomes.map((o) => o.displayPath), jobs(10).map((j) => j.displayPath));
    assert.ok(outcomes.every((o) => o.read && o.complete));
  });

  it('a dying worker fails its job with an internal error instead of hanging', async () => {
    const outcomes = await runInWorkers(jobs(3), 2, { code: "throw new Error('pekerja rusak')" }, () => undefined);
    assert.equal(outcomes.length, 3);
    for (const o of outcomes) {
      assert.equal(o.read, false);
      assert.equal(o.errors[0].id, 'internalError');
      assert.match(String(o.errors[0].data?.reason), /pekerja rusak|exited/);
    }
  });

  it('the CLI gives the same report serially and in parallel', async () => {
    const args = ['check', 'examples', 'test/fixtures/cli/drafts', '-f', 'json'];
    const serial = await capture([...args, '--jobs', '1']);
    const parallel = await capture([...args, '--jobs', '2']);
    assert.equal(parallel.code, serial.code);
    assert.equal(parallel.stdout, serial.stdout);
    assert.equal(parallel.stderr, serial.stderr);
    const drafts = fs.readdirSync(path.join(ROOT, 'examples')).filter((n) => /\.(txt|md)$/.test(n)).length + 3;
    assert.equal(JSON.parse(serial.stdout).files.length, drafts);
  });
});
