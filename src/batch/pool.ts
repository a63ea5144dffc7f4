// Analyses a stream of inputs, in process (--jobs 1) or on a pool of worker threads (--jobs N),
// and yields the outcomes in input order, each as soon as it and everything before it is done.
//
// Memory stays flat however long the batch: inputs are pulled from the (lazy) input stream only
// while fewer than `window` articles are in flight or waiting to be emitted, so the reorder
// buffer never holds more than `window` results however slow one article is.
//
// The worker entry is worker.js next to this module in dist/, or worker.ts under tsx/vitest
// (this module is then a .ts file too); a .ts worker registers tsx (resolved from this package,
// so it works from any working directory) before it loads worker.ts: see workerEntry().
import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { InputItem } from '../input/read.js';
import type { Outcome } from './analyze-one.js';
import type { Job } from './worker.js';

export type { Outcome } from './analyze-one.js';

export interface PoolOptions {
  /** worker threads; 1 analyses in this thread (default: the number of cores) */
  jobs?: number;
  /** most articles in flight or waiting for an earlier one (default: 4 per job) */
  window?: number;
}

export const defaultJobs = (): number => Math.max(1, availableParallelism());

/**
 * How the worker entry next to this module is started: dist/batch/worker.js as it is; under
 * tsx (this module is a .ts file) a small bootstrap registers tsx's loader in the new thread
 * first, since loader hooks of the main thread do not reach worker threads on Node 20.
 */
export function workerEntry(moduleUrl: string = import.meta.url): { script: string; eval: boolean } {
  if (moduleUrl.endsWith('.ts')) {
    const tsx = pathToFileURL(tsxEsmApi(moduleUrl)).href;
    const worker = new URL('./worker.ts', moduleUrl).href;
    // a CommonJS script (eval workers are not modules) that loads the ESM worker through tsx
    const script = `import(${JSON.stringify(tsx)}).then((api) => { api.register(); return import(${JSON.stringify(worker)}); })`;
    return { script, eval: true };
  }
  return { script: fileURLToPath(new URL('./worker.js', moduleUrl)), eval: false };
}

/** The ESM build of `tsx/esm/api` (require.resolve would give the CommonJS one), from tsx's exports. */
function tsxEsmApi(moduleUrl: string): string {
  const pkgFile = createRequire(moduleUrl).resolve('tsx/package.json');
  const pkg = JSON.parse(readFileSync(pkgFile, 'utf8')) as { exports: Record<string, { import?: { default?: string } }> };
  const rel = pkg.exports['./esm/api']?.import?.default;
  if (!rel) throw new Error('cannot find tsx/esm/api: is tsx installed?');
  return join(dirname(pkgFile), rel);
}

export async function* analyzeStream(inputs: AsyncIterable<InputItem>, opts: PoolOptions = {}): AsyncGenerator<Outcome> {
  const jobs = Math.max(1, Math.floor(opts.jobs ?? defaultJobs()));
  if (jobs === 1) {
    const { analyzeSource } = await import('./analyze-one.js');
    for await (const item of inputs) yield 'source' in item ? analyzeSource(item.source) : item;
    return;
  }
  yield* pooled(inputs, jobs, Math.max(jobs, opts.window ?? jobs * 4));
}

interface Slot {
  worker: Worker;
  /** jobs sent and not answered */
  busy: number;
}

async function* pooled(inputs: AsyncIterable<InputItem>, jobs: number, window: number): AsyncGenerator<Outcome> {
  const entry = workerEntry();
  const it = inputs[Symbol.asyncIterator]();
  const slots: Slot[] = [];
  const done = new Map<number, Outcome>();
  let fatal: Error | null = null;
  let wake: (() => void) | null = null;
  const signal = () => {
    const w = wake;
    wake = null;
    w?.();
  };
  let next = 0; // sequence number of the next input
  let emit = 0; // sequence number of the next outcome to yield
  let exhausted = false;
  // each worker gets up to two articles, so it never waits for the main thread between them
  const perWorker = 2;

  const spawn = (): Slot => {
    const worker = new Worker(entry.script, { eval: entry.eval });
    const slot: Slot = { worker, busy: 0 };
    worker.on('message', (m: { seq: number; outcome: Outcome }) => {
      slot.busy--;
      done.set(m.seq, m.outcome);
      signal();
    });
    worker.on('error', (err) => {
      fatal ??= err;
      signal();
    });
    worker.on('exit', (code) => {
      if (slot.busy > 0) fatal ??= new Error(`worker thread stopped (exit code ${code}) with ${slot.busy} article(s) unfinished`);
      signal();
    });
    slots.push(slot);
    return slot;
  };

  try {
    for (;;) {
      if (fatal) throw fatal;
      // fill: pull inputs while the window allows and a worker can take them
      while (!exhausted && next - emit < window) {
        let slot = slots.reduce<Slot | undefined>((best, s) => (s.busy < perWorker && (!best || s.busy < best.busy) ? s : best), undefined);
        if (slot && slot.busy > 0 && slots.length < jobs) slot = spawn();
        if (!slot && slots.length < jobs) slot = spawn();
        if (!slot) break;
        const r = await it.next();
        if (r.done) {
          exhausted = true;
          break;
        }
        const seq = next++;
        if ('source' in r.value) {
          slot.busy++;
          slot.worker.postMessage({ seq, source: r.value.source } satisfies Job);
        } else done.set(seq, r.value);
      }
      if (fatal) throw fatal;
      // drain: everything ready in order
      if (done.has(emit)) {
        const outcome = done.get(emit)!;
        done.delete(emit);
        emit++;
        yield outcome;
        continue;
      }
      if (exhausted && emit === next) return;
      await new Promise<void>((resolve) => {
        wake = resolve;
      });
    }
  } finally {
    await Promise.all(slots.map((s) => s.worker.terminate()));
  }
}
