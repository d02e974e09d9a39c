/**
 * How the heavy per-source kernels (breadth-first searches for betweenness, closeness and
 * distance fragmentation) are run: split into tasks over ranges of source people, each task a
 * pure function of a shared input (typed arrays) and its own parameters, results merged by the
 * caller in task order — so the sum is the same whether the tasks ran here, one after another,
 * or in worker threads on every core. The core only sees this interface; the worker-thread
 * runner lives with the other runtime code (src/io/worker-runner.ts), and tests run the
 * kernels in-process.
 */
import { KERNELS, type KernelName } from './kernels.js';

export { TASKS, taskRanges, type SourceRange } from './tasks.js';

type Kernel<K extends KernelName> = (typeof KERNELS)[K];
export type KernelShared<K extends KernelName> = Parameters<Kernel<K>>[0];
export type KernelTask<K extends KernelName> = Parameters<Kernel<K>>[1];
export type KernelResult<K extends KernelName> = ReturnType<Kernel<K>>;

export interface Runner {
  /** How many tasks can run at once; callers split their work into at least this many tasks. */
  readonly parallelism: number;
  /** `work` estimates the tie visits of all tasks together: a small computation is not worth a thread. */
  run<K extends KernelName>(kernel: K, shared: KernelShared<K>, tasks: KernelTask<K>[], work?: number): Promise<KernelResult<K>[]>;
}

/** Runs every task here, in order: the reference the parallel runner must agree with. */
export const inProcessRunner: Runner = {
  parallelism: 1,
  async run<K extends KernelName>(kernel: K, shared: KernelShared<K>, tasks: KernelTask<K>[]): Promise<KernelResult<K>[]> {
    const fn = KERNELS[kernel] as (shared: KernelShared<K>, task: KernelTask<K>) => KernelResult<K>;
    return tasks.map((task) => fn(shared, task));
  },
};
