import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { findWorkerScript, runInWorkers } from '../../src/cli/pool';
import type { FileJob } from '../../src/cli/report';
import { processFile } from '../../src/cli/process-file';
import { runCli } from '../../src/cli/run';
import { defaultRules } from '../../src/rules';

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

  it('this thread checks drafts too when given a local runner, outcomes still in job order', async () => {
    const script = findWorkerScript(path.join(ROOT, 'src', 'cli'))!;
    const local: number[] = [];
    const outcomes = await runInWorkers(jobs(12), 1, script, () => undefined, (job) => {
      local.push(job.index);
      return processFile(job, defaultRules);
    });
    assert.deepEqual(outcomes.map((o) => o.displayPath), jobs(12).map((j) => j.displayPath));
    assert.ok(outcomes.every((o) => o.read && o.complete));
    // The worker takes the first window of jobs as it starts; this thread takes the rest as they come.
    assert.ok(local.length > 0 && local.length < 12, `local share ${local.length}`);
    assert.ok(!local.includes(0));
  });

  it('when a worker dies, this thread takes over the jobs the worker had not reached', async () => {
    const outcomes = await runInWorkers(jobs(12), 1, { code: "throw new Error('pekerja rusak')" }, () => undefined, (job) => processFile(job, defaultRules));
    assert.equal(outcomes.length, 12);
    // Only the job the worker was on fails; no worker is restarted while this thread can do the rest.
    assert.equal(outcomes[0].errors[0].id, 'internalError');
    assert.ok(outcomes.slice(1).every((o) => o.read && o.complete && o.errors.length === 0));
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
