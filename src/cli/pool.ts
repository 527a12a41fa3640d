// Checking many drafts on all cores: a small pool of worker threads (and optionally this thread), a few jobs in flight per worker.
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
 * loops; a window keeps each worker busy while its results travel back and while this thread is inside a draft
 * of its own (a long draft takes over 10 ms, short ones under 1 ms).
 */
export const WORKER_WINDOW = 8;

/**
 * Runs the jobs on `workerCount` worker threads. With `local`, this thread checks drafts too, between handling
 * the workers' messages: on 2 cores one worker plus this thread use both cores, where a thread that only waits
 * left one core idle (issue 11) and two workers had three threads competing for two cores.
 */
export function runInWorkers(
  jobs: readonly FileJob[],
  workerCount: number,
  script: WorkerScript,
  onOutcome: (outcome: FileOutcome) => void,
  local?: (job: FileJob) => FileOutcome,
): Promise<FileOutcome[]> {
  const outcomes: FileOutcome[] = new Array(jobs.length);
  let next = 0;
  let finished = 0;
  /** Jobs handed back by a worker that died before reaching them. */
  const retry: FileJob[] = [];
  return new Promise((resolve) => {
    const workers = new Set<Worker>();
    let resolved = false;
    const finish = (job: FileJob, outcome: FileOutcome) => {
      outcomes[job.index] = outcome;
      finished++;
      onOutcome(outcome);
      if (finished === jobs.length) done();
    };
    const done = () => {
      if (resolved) return;
      resolved = true;
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
        }
      };
      worker.on('message', (response: WorkerResponse) => {
        const job = inFlight.shift()!;
        finish(job, 'outcome' in response ? response.outcome : crashOutcome(job, response.crash));
        if (!resolved) feed();
      });
      const died = (reason: string) => {
        // The worker died (not a rule error: those are caught inside). Fail the job it was on, give the others
        // back, and carry on with a new worker (or this thread, when it checks drafts too).
        if (!workers.has(worker)) return;
        workers.delete(worker);
        const current = inFlight.shift();
        retry.unshift(...inFlight.splice(0));
        if (current) finish(current, crashOutcome(current, reason));
        if (!resolved && !local && (retry.length > 0 || next < jobs.length)) start();
        else if (!resolved && local && localIdle) runLocal();
      };
      worker.on('error', (error) => died(error.message));
      worker.on('exit', (code) => died(`worker exited with code ${code}`));
      feed();
    };
    /** This thread's share: one draft per turn of the event loop, so the workers' results and requests for more work are handled in between. */
    let localIdle = true;
    const runLocal = () => {
      localIdle = false;
      const step = () => {
        if (resolved) return;
        const job = take();
        if (!job) {
          localIdle = true;
          return;
        }
        finish(job, local!(job));
        setImmediate(step);
      };
      step();
    };
    if (jobs.length === 0) {
      resolve(outcomes);
      return;
    }
    for (let i = 0; i < Math.min(workerCount, jobs.length); i++) start();
    if (local) runLocal();
  });
}
