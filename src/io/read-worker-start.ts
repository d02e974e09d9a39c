/**
 * The reading worker (read-worker.ts) started as early as the command line knows it will be
 * wanted: a worker thread takes Node about 100 ms to start, and a pipelined read used to wait
 * for it after the command's own modules had loaded. The hint is cheap (an argument naming a file
 * of PIPELINE_MIN_BYTES or more); when it is wrong, the worker started is ended unused.
 * Kept apart from pipelined-read.ts so that the entry of the command line loads nothing else.
 */
import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { Worker } from 'node:worker_threads';
import { workerScript } from './worker-script.js';

/** Files from this size on are read on two threads. */
export const PIPELINE_MIN_BYTES = 16 << 20;

let started: Worker | null = null;

/** Starts the worker now when one of `args` names a file that will be read on two threads. */
export function startReadWorkerFor(args: readonly string[], cwd: string): void {
  if (started !== null || !args.some((arg) => isLargeFile(resolve(cwd, arg)))) return;
  const worker = new Worker(workerScript('read-worker.js'));
  // Until a read takes it, it keeps nothing alive, and an error of its own is no one's business.
  worker.unref();
  worker.on('error', () => undefined);
  started = worker;
}

/** The worker started early, or a new one. */
export function takeReadWorker(): Worker {
  const worker = started ?? new Worker(workerScript('read-worker.js'));
  started = null;
  worker.ref();
  return worker;
}

/** Ends a worker started early for a read that did not happen. */
export function endUnusedReadWorker(): void {
  void started?.terminate();
  started = null;
}

function isLargeFile(path: string): boolean {
  try {
    const stat = statSync(path, { throwIfNoEntry: false });
    return stat !== undefined && stat.isFile() && stat.size >= PIPELINE_MIN_BYTES;
  } catch {
    return false;
  }
}
