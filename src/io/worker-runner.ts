/**
 * The Runner that spreads kernel tasks over worker threads, one per core (src/core/parallel/
 * runner.ts says what a Runner promises). Each worker receives a computation's shared input
 * and its task list once, and then claims tasks one at a time from a shared counter, so a slow
 * task does not hold the others back and the workers never wait for this thread, which may be
 * computing a metric of its own meanwhile. Results are put back in task order, so the caller
 * adds them up exactly as the in-process runner would. Small computations stay in this thread: starting workers costs more than they
 * save below a few tens of millions of tie visits.
 *
 * Several computations may run at once (the E-I test beside the key-player searches): a worker
 * takes their messages in turn. An idle worker must not keep the process alive, and a busy one
 * must, so each worker counts the computations it holds and is let go (`unref`) only when the
 * last of them ends — not when the first does, which let Node exit with a computation still
 * running and nothing written.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { inProcessRunner } from '../core/metrics/kernels.js';
import type { KernelName, Runner } from '../core/parallel/runner.js';
import { workerScript } from './worker-script.js';

/** Below this many tie visits a computation runs in this thread. */
export const PARALLEL_MIN_WORK = 2e7;

export interface WorkerRunnerOptions {
  threads?: number;
  /** Called when a computation starts (done 0) and after each task, for a progress bar. */
  onProgress?: ((kernel: KernelName, done: number, total: number, work: number) => void) | undefined;
}

export interface ClosableRunner extends Runner {
  close(): Promise<void>;
}

export function createWorkerRunner(options: WorkerRunnerOptions = {}): ClosableRunner {
  const threads = Math.max(1, options.threads ?? availableParallelism());
  const workers: PooledWorker[] = [];
  let runs = 0;

  function pool(): PooledWorker[] {
    while (workers.length < threads) {
      const worker = new Worker(workerScript('kernel-worker.js'));
      worker.unref();
      workers.push({ worker, running: 0 });
    }
    return workers;
  }

  async function run<S, T, R>(kernel: KernelName, shared: S, tasks: T[], work = Infinity): Promise<R[]> {
    const progress = options.onProgress ? (done: number) => options.onProgress!(kernel, done, tasks.length, work) : undefined;
    progress?.(0);
    if (threads === 1 || tasks.length < 2 || work < PARALLEL_MIN_WORK) {
      const results: R[] = [];
      for (const task of tasks) {
        results.push(...(await inProcessRunner.run<S, T, R>(kernel, shared, [task])));
        progress?.(results.length);
      }
      return results;
    }
    return spread(pool().slice(0, Math.min(threads, tasks.length)), ++runs, kernel, shared, tasks, progress);
  }

  return {
    parallelism: threads,
    run,
    async close() {
      await Promise.all(workers.splice(0).map((w) => w.worker.terminate()));
    },
  };
}

/** A worker of the pool, and how many computations are running on it now. */
interface PooledWorker {
  worker: Worker;
  running: number;
}

/** The process waits for a worker while it holds a computation, and no longer. */
function hold(pooled: PooledWorker): () => void {
  if (pooled.running++ === 0) pooled.worker.ref();
  return () => {
    if (--pooled.running === 0) pooled.worker.unref();
  };
}

function spread<S, T, R>(
  workers: PooledWorker[],
  run: number,
  kernel: KernelName,
  shared: S,
  tasks: T[],
  onProgress: ((done: number) => void) | undefined,
): Promise<R[]> {
  return new Promise((resolve, reject) => {
    const results = new Array<R>(tasks.length);
    // The workers take their next task from this counter themselves, so they keep working while
    // this thread is busy with a metric of its own and could not hand tasks out.
    const claim = new Int32Array(new SharedArrayBuffer(4));
    let done = 0;
    let failed = false;
    const cleanups: (() => void)[] = [];
    const finish = (error?: Error) => {
      // Each worker's count of computations drops once, however the computation ended.
      for (const cleanup of cleanups.splice(0)) cleanup();
      if (error) reject(error);
      else resolve(results);
    };
    const fail = (error: Error) => {
      if (failed) return;
      failed = true;
      Atomics.store(claim, 0, tasks.length); // the other workers start no further task
      finish(error);
    };
    for (const pooled of workers) {
      const { worker } = pooled;
      const onMessage = (message: { run: number; task: number; result?: R; error?: string }) => {
        if (message.run !== run || failed) return;
        if (message.error !== undefined) {
          fail(new Error(`kernel ${kernel} failed in a worker: ${message.error}`));
          return;
        }
        results[message.task] = message.result!;
        done++;
        onProgress?.(done);
        if (done === tasks.length) finish();
      };
      const release = hold(pooled);
      worker.on('message', onMessage);
      worker.on('error', fail);
      cleanups.push(() => {
        worker.off('message', onMessage);
        worker.off('error', fail);
        release();
      });
      worker.postMessage({ run, kernel, shared, tasks, claim });
    }
  });
}
