// Worker thread entry (bundled to dist/cli-worker.js): checks or fixes the drafts the main thread sends, one
// at a time, with the default rule set. Jobs and outcomes are plain data.
import { parentPort } from 'node:worker_threads';
import { defaultRules } from '../rules';
import { processFile } from './process-file';
import { installSpelling, spellingResources } from '../spelling/resources';
import { ensureSpellingInstalled } from '../spelling/node-loader';
import type { FileJob, FileOutcome } from './report';

export interface WorkerRequest {
  job: FileJob;
}

export type WorkerResponse = { index: number; outcome: FileOutcome } | { index: number; crash: string };

if (parentPort) {
  const port = parentPort;
  port.on('message', (request: WorkerRequest) => {
    let response: WorkerResponse;
    try {
      if (process.env.REDAKSI_DICTIONARY !== 'off') ensureSpellingInstalled(installSpelling, () => !!spellingResources());
      response = { index: request.job.index, outcome: processFile(request.job, defaultRules) };
    } catch (error) {
      response = { index: request.job.index, crash: error instanceof Error ? error.message : String(error) };
    }
    port.postMessage(response);
  });
}
