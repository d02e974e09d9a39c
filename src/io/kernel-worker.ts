/**
 * A worker thread of the kernel pool (worker-runner.ts): receives a computation's shared input
 * once, then runs its tasks one at a time with the pure kernels of src/core/parallel/kernels.ts,
 * sending each result back with its typed arrays transferred, not copied.
 */
import { parentPort } from 'node:worker_threads';
import { KERNELS, type KernelName } from '../core/parallel/kernels.js';

type Message =
  | { type: 'shared'; run: number; kernel: KernelName; shared: unknown }
  | { type: 'task'; run: number; task: number; input: unknown };

let current: { run: number; kernel: KernelName; shared: unknown } | null = null;

parentPort?.on('message', (message: Message) => {
  if (message.type === 'shared') {
    current = { run: message.run, kernel: message.kernel, shared: message.shared };
    return;
  }
  try {
    if (!current || current.run !== message.run) throw new Error(`task of run ${message.run} before its shared input`);
    const kernel = KERNELS[current.kernel] as (shared: unknown, task: unknown) => unknown;
    const result = kernel(current.shared, message.input);
    parentPort?.postMessage({ run: message.run, task: message.task, result }, transferables(result));
  } catch (error) {
    parentPort?.postMessage({ run: message.run, task: message.task, error: error instanceof Error ? error.stack ?? error.message : String(error) });
  }
});

/** The buffers of a result's typed arrays, handed over instead of copied. */
function transferables(result: unknown): ArrayBuffer[] {
  if (result === null || typeof result !== 'object') return [];
  const buffers = new Set<ArrayBuffer>();
  for (const value of Object.values(result)) {
    if (ArrayBuffer.isView(value) && value.buffer instanceof ArrayBuffer) buffers.add(value.buffer);
  }
  return [...buffers];
}
