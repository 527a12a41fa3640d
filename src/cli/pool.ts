// Checking many drafts on all cores: a small pool of worker threads, one job at a time per worker.
// Outcomes are stored by job index, so the report order never depends on which worker finished first.
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Worker } from 'node:worker_threads';
import type { FileJob, FileOutcome } from './report';
import type { WorkerResponse } from './worker';

export interface WorkerScript {
  /** A file to run, or code to evaluate (used when running from TypeScript sources under tsx). */
  file?: string;
  code?: string;
}

/** Where the worker lives: dist/cli-worker.js beside the bundled CLI, or worker.ts under tsx (tests). */
export function findWorkerScript(dir: string = __dirname): WorkerScript | null {
  const bundled = path.join(dir, 'cli-worker.js');
  if (fs.existsSync(bundled)) return { file: bundled };
  const source = path.join(dir, 'worker.ts');
  if (fs.existsSync(source)) return { code: `require('tsx/cjs'); require(${JSON.stringify(source)});` };
  return null;
}

function crashOutcome(job: FileJob, reason: string): FileOutcome {
  return {
    index: job.index,
    displayPath: job.displayPath,
    absPath: job.absPath,
    read: false,
    complete: false,
    empty: false,
    findings: [],
    errors: [{ id: 'internalError', data: { path: job.displayPath, reason } }],
    notices: [],
    applied: 0,
  };
}

/**
 * Jobs in flight per worker. One at a time made every file wait for a round trip through both threads' event
 * loops; on a busy 2-core machine that wait cost more than the parallelism won (issue 11: two workers were
 * slower than one thread). A small window keeps each worker busy while its results travel back.
 */
export const WORKER_WINDOW = 4;

export function runInWorkers(
  jobs: readonly FileJob[],
  workerCount: number,
  script: WorkerScript,
  onOutcome: (outcome: FileOutcome) => void,
): Promise<FileOutcome[]> {
  const outcomes: FileOutcome[] = new Array(jobs.length);
  let next = 0;
  let finished = 0;
  /** Jobs handed back by a worker that died before reaching them. */
  const retry: FileJob[] = [];
  return new Promise((resolve) => {
    const workers = new Set<Worker>();
    const finish = (job: FileJob, outcome: FileOutcome) => {
      outcomes[job.index] = outcome;
      finished++;
      onOutcome(outcome);
    };
    const done = () => {
      for (const w of workers) void w.terminate();
      workers.clear();
      resolve(outcomes);
    };
    const take = (): FileJob | undefined => retry.shift() ?? (next < jobs.length ? jobs[next++] : undefined);
    // Required when a pool starts, so a serial run (one file) never loads node:worker_threads.
    const { Worker: WorkerThread } = require('node:worker_threads') as typeof import('node:worker_threads');
    const start = () => {
      const worker = script.file ? new WorkerThread(script.file) : new WorkerThread(script.code!, { eval: true });
      workers.add(worker);
      /** Sent to this worker and not answered yet, in the order sent (the worker answers in that order). */
      const inFlight: FileJob[] = [];
      const feed = () => {
        while (inFlight.length < WORKER_WINDOW) {
          const job = take();
          if (!job) break;
          inFlight.push(job);
          worker.postMessage({ job });
        }
        if (inFlight.length === 0) {
          workers.delete(worker);
          void worker.terminate();
          if (finished === jobs.length) done();
        }
      };
      worker.on('message', (response: WorkerResponse) => {
        const job = inFlight.shift()!;
        finish(job, 'outcome' in response ? response.outcome : crashOutcome(job, response.crash));
        feed();
      });
      const died = (reason: string) => {
        // The worker died (not a rule error: those are caught inside). Fail the job it was on, give the others
        // back, and carry on with a new worker.
        if (!workers.has(worker)) return;
        workers.delete(worker);
        const current = inFlight.shift();
        if (current) finish(current, crashOutcome(current, reason));
        retry.unshift(...inFlight.splice(0));
        if (finished === jobs.length) done();
        else if (retry.length > 0 || next < jobs.length) start();
      };
      worker.on('error', (error) => died(error.message));
      worker.on('exit', (code) => died(`worker exited with code ${code}`));
      feed();
    };
    if (jobs.length === 0) {
      resolve(outcomes);
      return;
    }
    for (let i = 0; i < Math.min(workerCount, jobs.length); i++) start();
  });
}
