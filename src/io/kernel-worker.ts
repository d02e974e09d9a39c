/**
 * A worker thread of the kernel pool (worker-runner.ts): receives a computation's shared input
 * and task list, then claims tasks from the shared counter one at a time and runs each with the
 * pure kernels of src/core/metrics/kernels.ts, sending each result back as soon as it is done,
 * with its typed arrays transferred, not copied.
 */
import { parentPort } from 'node:worker_threads';
import { KERNELS } from '../core/metrics/kernels.js';
import type { KernelName } from '../core/parallel/runner.js';

interface Computation {
  run: number;
  kernel: KernelName;
  shared: unknown;
  tasks: unknown[];
  /** The next unclaimed task, shared by every worker of the computation. */
  claim: Int32Array;
}

parentPort?.on('message', ({ run, kernel: name, shared, tasks, claim }: Computation) => {
  const kernel = KERNELS[name] as (shared: unknown, task: unknown) => unknown;
  for (let task = Atomics.add(claim, 0, 1); task < tasks.length; task = Atomics.add(claim, 0, 1)) {
    try {
      const result = kernel(shared, tasks[task]);
      parentPort?.postMessage({ run, task, result }, transferables(result));
    } catch (error) {
      parentPort?.postMessage({ run, task, error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
      return;
    }
  }
});

/** The buffers of a result's typed arrays, handed over instead of copied (shared memory is neither). */
function transferables(result: unknown): ArrayBuffer[] {
  if (result === null || typeof result !== 'object') return [];
  const buffers = new Set<ArrayBuffer>();
  for (const value of Object.values(result)) {
    if (ArrayBuffer.isView(value) && value.buffer instanceof ArrayBuffer) buffers.add(value.buffer);
  }
  return [...buffers];
}
