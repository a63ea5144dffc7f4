// Worker-thread entry of the batch pool (pool.ts): analyses the articles it is sent and posts
// back each outcome with its sequence number. Started from dist/batch/worker.js, or from
// src/batch/worker.ts under tsx (vitest, `npm run dev`).
import { parentPort } from 'node:worker_threads';
import { analyzeSource } from './analyze-one.js';
import type { Source } from '../pipeline.js';

export interface Job {
  seq: number;
  source: Source;
}

const port = parentPort;
if (!port) throw new Error('batch/worker.ts is a worker thread entry, not a module to import');
port.on('message', (job: Job) => {
  port.postMessage({ seq: job.seq, outcome: analyzeSource(job.source) });
});
